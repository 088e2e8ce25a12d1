// Builds the three.js scene for a plan + trace: setting, lights, fog, every entity (each casting sun
// shadows), and an update(frame) that poses everything at that frame. Pure three.js (no renderer), so the live
// WebGL preview in the editor can draw exactly the same scene the encoder rasterizes on the CPU.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { PersonPoseFn } from '../../body/skeleton';
import { personPose } from '../../actions/person-pose';
import { createTraceSampler, type TraceSampler } from '../trace-sampler';
import { environmentFor, type Environment } from './environment';
import { addPieces } from './objects';
import { addEntity, castShadows, entityContext } from './entity-views';
import { computeLayout, type Footprint, type SceneLayout } from './layout';
import { pickSubject } from '../camera/focus';
import { buildLights } from './lights';
import { elementsOf } from '../../elements';
import { drawLiquid, type LiquidView } from '../../liquids/draw';
import { liquidWalls } from '../../liquids/walls';
import { settingModule } from '../../settings';
import { applyAtmosphere, buildSetting } from './setting';
import { surfaceHeight } from './surface-height';
import type { CameoFootage } from '../../cameo/footage';
import { addHands } from '../hands/free-hand';

export interface BuiltScene {
  scene: THREE.Scene;
  layout: SceneLayout;
  env: Environment;
  sampler: TraceSampler;
  poseFn: PersonPoseFn;
  // Poses every moving thing (bodies, people, net, sea) at frame `frameIndex` of the trace. With
  // `moves: 'only'`, surfaces that change shape in place without moving as a whole (the liquid) are
  // left as they are: motion blur's look at the frame before reads only where things are.
  update(frameIndex: number, options?: SceneUpdate): void;
}

export interface SceneUpdate {
  moves?: 'only';
  // The camera the frame is drawn through, already moved to it: a hand from outside the frame
  // routes its arm out of that camera's picture (hands/arm-route.ts). Without it, the planned way.
  camera?: THREE.PerspectiveCamera;
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

// The scene's particle liquid, drawn as its surface (liquids/draw.ts). Posed apart from the other
// updaters: its surface is remeshed only when a frame is drawn, not when motion blur poses the frame
// before (meshing costs more than the rest of the scene's posing).
function addLiquid(scene: THREE.Scene, plan: ScenePlan, trace: WorldTrace, sampler: TraceSampler): LiquidView | null {
  if (!trace.liquid) return null;
  const view = drawLiquid(trace.liquid, liquidWalls(plan, sampler), trace.fps);
  scene.add(castShadows(view.group, false));
  return view;
}

// The key light comes from over the camera's shoulder and ahead of the person the shot is about
// (the way they face along the action), so a walker is lit on the face whichever way they walk.
function keySideFor(plan: ScenePlan, sampler: TraceSampler, layout: SceneLayout): 1 | -1 {
  const subject = pickSubject(plan);
  if (subject?.kind !== 'person') return -1;
  const facing = sampler.actorTrack(subject).facing;
  const along = Math.cos(facing) * layout.axis[0] - Math.sin(facing) * layout.axis[2];
  return along > 0.2 ? 1 : -1;
}

export function buildScene(plan: ScenePlan, trace: WorldTrace, options: BuildSceneOptions = {}): BuiltScene {
  const poseFn = options.poseFn ?? personPose;
  const sampler = createTraceSampler(plan, trace);
  const place = settingModule(plan.setting.kind);
  const layout = computeLayout(plan, place, trace, options.footprint);
  const env = environmentFor(plan, place, layout, keySideFor(plan, sampler, layout));
  const scene = new THREE.Scene();
  scene.name = 'kinora-scene';
  applyAtmosphere(scene, env);
  const center = new THREE.Vector3(...layout.center);
  const setting = buildSetting(plan, layout, env, trace.seed);
  scene.add(setting.group);
  scene.add(buildLights(env, center));

  const updaters: ((frame: number, t: number) => void)[] = [(_frame, t) => setting.update(t)];
  const entities = entityContext(scene, plan, trace, sampler, layout, poseFn, options.cameos, surfaceHeight(plan));
  for (const e of plan.entities) {
    const updater = addEntity(e, entities);
    if (updater) updaters.push(updater);
  }

  // The setting stands still apart from what it animates itself (marked dynamic, like a net).
  setting.group.traverse((o) => {
    if (o instanceof THREE.Mesh && o.userData.dynamic !== true) o.userData.static = true;
  });
  updaters.push(addPieces(scene, plan.entities, trace, sampler), ...addElements(scene, plan, trace, layout, env));
  const hands = addHands(scene, trace, sampler, (owner) => entities.skins.get(owner) ?? null);
  const liquid = addLiquid(scene, plan, trace, sampler);
  const update = (frameIndex: number, options: SceneUpdate = {}): void => {
    const t = sampler.timeOf(frameIndex);
    for (const u of updaters) u(frameIndex, t);
    for (const h of hands) h(frameIndex, options.camera);
    liquid?.update(frameIndex, options);
  };
  update(0);
  return { scene, layout, env, sampler, poseFn, update };
}
