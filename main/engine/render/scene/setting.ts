// Picks the setting builder for a plan and adds what every setting shares: sky, fog and background.
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import { buildBeach } from './beach';
import type { Environment } from './environment';
import { buildGym } from './gym';
import type { SceneLayout } from './layout';
import { buildPark } from './park';
import { buildRoom } from './room';
import { buildSky } from './sky';
import { buildStreet } from './street';

export interface SettingView {
  group: THREE.Group;
  update(t: number): void;
}

export function buildSetting(plan: ScenePlan, layout: SceneLayout, env: Environment): SettingView {
  const group = new THREE.Group();
  group.name = 'setting';
  let update: (t: number) => void = () => {};
  switch (plan.setting.kind) {
    case 'gym':
      group.add(buildGym(layout, env));
      break;
    case 'room':
      group.add(buildRoom(layout, env));
      break;
    case 'street':
      group.add(buildStreet(layout, env));
      break;
    case 'park':
      group.add(buildPark(layout, env));
      break;
    case 'beach': {
      const beach = buildBeach(layout, env);
      group.add(beach.group);
      update = beach.update;
      break;
    }
  }
  if (!env.indoor) group.add(buildSky(env, new THREE.Vector3(...layout.center)));
  return { group, update };
}

export function applyAtmosphere(scene: THREE.Scene, env: Environment): void {
  scene.background = env.indoor ? env.fog?.color.clone() ?? new THREE.Color(0x202020) : env.skyHorizon.clone();
  scene.fog = env.fog ? new THREE.Fog(env.fog.color.clone(), env.fog.near, env.fog.far) : null;
}
