// Builds the three.js scene for a plan + trace: setting, lights, fog, every entity, blob shadows,
// and an update(frame) that poses everything at that frame. Pure three.js (no renderer), so the live
// WebGL preview in the editor can draw exactly the same scene the encoder rasterizes on the CPU.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { PersonPoseFn } from '../../body/skeleton';
import { personPose } from '../../actions/person-pose';
import { createTraceSampler, type TraceSampler } from '../trace-sampler';
import { buildBall } from './ball';
import { environmentFor, type Environment } from './environment';
import { buildHoop } from './hoop';
import { addPieces, breakTimes, buildObject } from './objects';
import { computeLayout, type Footprint, type SceneLayout } from './layout';
import { buildLights } from './lights';
import { buildPerson } from './person';
import { buildBox, buildRamp, buildStairs, buildTable } from './props';
import { elementsOf } from '../../elements';
import { drawLiquid } from '../../liquids/draw';
import { settingModule } from '../../settings';
import { applyAtmosphere, buildSetting } from './setting';
import { createBlob, surfaceHeight } from './shadows';
import type { CameoFootage } from '../../cameo/footage';
import { addCameoPerson } from '../cameo/build-cameo';

export interface BuiltScene {
  scene: THREE.Scene;
  layout: SceneLayout;
  env: Environment;
  sampler: TraceSampler;
  poseFn: PersonPoseFn;
  // Poses every moving thing (bodies, people, net, sea) at frame `frameIndex` of the trace.
  update(frameIndex: number): void;
}

export interface BuildSceneOptions {
  // Injected for tests; defaults to the shared pose function the simulator uses.
  poseFn?: PersonPoseFn;
  // The footage of every cameo the plan uses, by cameo id (plan.cameos says who plays whom).
  cameos?: ReadonlyMap<string, CameoFootage>;
  // A continued take's room keeps its parent's size (see computeLayout).
  footprint?: Footprint;
}

// The place's elements (rain, surf), each drawn by its module and posed at every frame's time.
function addElements(scene: THREE.Scene, plan: ScenePlan, trace: WorldTrace, layout: SceneLayout, env: Environment): ((frame: number, t: number) => void)[] {
  return elementsOf(plan).map((element) => {
    const view = element.draw(plan, trace, layout, env);
    scene.add(view.group);
    return (_frame: number, t: number) => view.update(t);
  });
}

// The scene's particle liquid, drawn as its surface (liquids/draw.ts).
function addLiquid(scene: THREE.Scene, trace: WorldTrace): ((frame: number, t: number) => void)[] {
  if (!trace.liquid) return [];
  const view = drawLiquid(trace.liquid);
  scene.add(view.group);
  return [(frame) => view.update(frame)];
}

export function buildScene(plan: ScenePlan, trace: WorldTrace, options: BuildSceneOptions = {}): BuiltScene {
  const poseFn = options.poseFn ?? personPose;
  const sampler = createTraceSampler(plan, trace);
  const place = settingModule(plan.setting.kind);
  const layout = computeLayout(plan, place, trace, options.footprint);
  const env = environmentFor(plan, place, layout);
  const scene = new THREE.Scene();
  scene.name = 'kinora-scene';
  applyAtmosphere(scene, env);
  const center = new THREE.Vector3(...layout.center);
  const setting = buildSetting(plan, layout, env);
  scene.add(setting.group);
  scene.add(buildLights(env, center));

  const ground = surfaceHeight(plan);
  const shadowStrength = env.indoor ? 0.55 : env.night ? 0.45 : 0.6;
  const updaters: ((frame: number, t: number) => void)[] = [(_frame, t) => setting.update(t)];
  const tmpP = new THREE.Vector3();
  const tmpQ = new THREE.Quaternion();
  const broke = breakTimes(trace);

  for (const e of plan.entities) {
    switch (e.kind) {
      case 'ball':
      case 'box':
      case 'object': {
        const obj = e.kind === 'ball' ? buildBall(e) : e.kind === 'box' ? buildBox(e) : buildObject(e);
        const brokeAt = broke.get(e.id) ?? Infinity;
        obj.position.set(...e.position);
        scene.add(obj);
        const blob = createBlob(env.keyDir, shadowStrength, ground);
        scene.add(blob.mesh);
        const footprint = e.kind === 'ball' ? (e.size[0] ?? 0.12) : Math.max(e.size[0] ?? 0.25, e.size[2] ?? e.size[0] ?? 0.25);
        const lowest = e.kind === 'ball' ? (e.size[0] ?? 0.12) : (e.size[1] ?? e.size[0] ?? 0.25);
        updaters.push((frame, t) => {
          if (sampler.position(e.id, frame, tmpP)) obj.position.copy(tmpP);
          if (sampler.quaternion(e.id, frame, tmpQ)) obj.quaternion.copy(tmpQ);
          blob.place(tmpP.copy(obj.position).setY(obj.position.y - lowest), footprint);
          // A broken thing is its pieces from the break on.
          obj.visible = t < brokeAt;
          if (!obj.visible) blob.mesh.visible = false;
        });
        break;
      }
      case 'person': {
        const cameo = addCameoPerson(scene, plan, e, sampler.actorTrack(e), options.cameos, { poseFn, shadowStrength, groundAt: ground });
        // A cameo plays this person: their card and its shadow stand in for the drawn body.
        if (cameo) { updaters.push((_frame, t) => cameo(t)); break; }
        const view = buildPerson(e, sampler.actorTrack(e), poseFn);
        scene.add(view.group);
        const blob = createBlob(env.keyDir, shadowStrength * 0.9, ground);
        scene.add(blob.mesh);
        const H = e.size[0] ?? 1.8;
        updaters.push((_frame, t) => {
          view.update(t);
          const p = view.pose();
          const footY = Math.min(p.footL[1], p.footR[1]) - 0.045 * H;
          tmpP.set((p.footL[0] + p.footR[0] + 2 * p.pelvis[0]) / 4, footY, (p.footL[2] + p.footR[2] + 2 * p.pelvis[2]) / 4);
          blob.place(tmpP, 0.22 * H);
        });
        break;
      }
      case 'hoop': {
        const g = layout.hoops.find((h) => h.id === e.id)!.geometry;
        const view = buildHoop(g, e.id, trace.events);
        scene.add(view.group);
        updaters.push((_frame, t) => view.update(t));
        break;
      }
      case 'ramp':
        scene.add(buildRamp(e));
        break;
      case 'table':
        scene.add(buildTable(e));
        break;
      case 'stairs':
        scene.add(buildStairs(e));
        break;
    }
  }

  updaters.push(addPieces(scene, plan.entities, trace, sampler), ...addElements(scene, plan, trace, layout, env), ...addLiquid(scene, trace));

  const update = (frameIndex: number): void => {
    const t = sampler.timeOf(frameIndex);
    for (const u of updaters) u(frameIndex, t);
  };
  update(0);
  return { scene, layout, env, sampler, poseFn, update };
}
