// Builds the plan's setting through its module and sets what every setting shares: fog and background
// (the sky itself is drawn per pixel by the shading pass, shading/sky.ts).
import * as THREE from 'three';
import type { ScenePlan } from '../../../contract/scene-plan';
import { settingModule } from '../../settings';
import type { Environment } from './environment';
import type { SceneLayout } from './layout';

export interface BuiltSetting {
  group: THREE.Group;
  update(t: number): void;
}

export function buildSetting(plan: ScenePlan, layout: SceneLayout, env: Environment, seed: number): BuiltSetting {
  const group = new THREE.Group();
  group.name = 'setting';
  const view = settingModule(plan.setting.kind).build(layout, env, { seed, durationSec: plan.format.durationSec });
  group.add(view.group);
  return { group, update: view.update ?? (() => {}) };
}

export function applyAtmosphere(scene: THREE.Scene, env: Environment): void {
  scene.background = env.indoor ? env.fog?.color.clone() ?? new THREE.Color(0x202020) : env.skyHorizon.clone();
  scene.fog = env.fog ? new THREE.Fog(env.fog.color.clone(), env.fog.near, env.fog.far) : null;
}
