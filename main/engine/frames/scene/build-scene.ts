// Builds the three.js scene for a plan + trace: setting, lights, fog, every entity (each casting sun
// shadows), and an update(frame) that poses everything at that frame. Pure three.js (no renderer), so the live
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
import { computeLayout, type SceneLayout } from './layout';
import { buildLights } from './lights';
import { buildPerson } from './person';
import { buildBox, buildRamp, buildStairs, buildTable } from './props';
import { settingModule } from '../../settings';
import { applyAtmosphere, buildSetting } from './setting';

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
}

export function buildScene(plan: ScenePlan, trace: WorldTrace, options: BuildSceneOptions = {}): BuiltScene {
  const poseFn = options.poseFn ?? personPose;
  const sampler = createTraceSampler(plan, trace);
  const place = settingModule(plan.setting.kind);
  const layout = computeLayout(plan, place, trace);
  const env = environmentFor(plan, place, layout);
  const scene = new THREE.Scene();
  scene.name = 'kinora-scene';
  applyAtmosphere(scene, env);
  const center = new THREE.Vector3(...layout.center);
  const setting = buildSetting(plan, layout, env);
  scene.add(setting.group);
  scene.add(buildLights(env, center));

  const updaters: ((frame: number, t: number) => void)[] = [(_frame, t) => setting.update(t)];
  const tmpP = new THREE.Vector3();
  const tmpQ = new THREE.Quaternion();

  for (const e of plan.entities) {
    switch (e.kind) {
      case 'ball':
      case 'box': {
        const obj = e.kind === 'ball' ? buildBall(e) : buildBox(e);
        obj.position.set(...e.position);
        scene.add(castShadows(obj, false));
        updaters.push((frame) => {
          if (sampler.position(e.id, frame, tmpP)) obj.position.copy(tmpP);
          if (sampler.quaternion(e.id, frame, tmpQ)) obj.quaternion.copy(tmpQ);
        });
        break;
      }
      case 'person': {
        const view = buildPerson(e, sampler.actorTrack(e), poseFn, trace.seed);
        scene.add(castShadows(view.group, false));
        updaters.push((_frame, t) => view.update(t));
        break;
      }
      case 'hoop': {
        const g = layout.hoops.find((h) => h.id === e.id)!.geometry;
        const view = buildHoop(g, e.id, trace.events);
        scene.add(castShadows(view.group, true));
        updaters.push((_frame, t) => view.update(t));
        break;
      }
      case 'ramp':
        scene.add(castShadows(buildRamp(e), true));
        break;
      case 'table':
        scene.add(castShadows(buildTable(e), true));
        break;
      case 'stairs':
        scene.add(castShadows(buildStairs(e), true));
        break;
    }
  }

  // The setting stands still apart from what it animates itself (marked dynamic, like a net).
  setting.group.traverse((o) => {
    if (o instanceof THREE.Mesh && o.userData.dynamic !== true) o.userData.static = true;
  });
  const update = (frameIndex: number): void => {
    const t = sampler.timeOf(frameIndex);
    for (const u of updaters) u(frameIndex, t);
  };
  update(0);
  return { scene, layout, env, sampler, poseFn, update };
}

// Every mesh under obj casts sun shadows; static ones are drawn into the shadow map once per clip.
// Meshes that animate themselves (a net) are marked `userData.dynamic` and never count as static.
function castShadows<T extends THREE.Object3D>(obj: T, isStatic: boolean): T {
  obj.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    o.castShadow = true;
    o.userData.static = isStatic && o.userData.dynamic !== true;
  });
  return obj;
}
