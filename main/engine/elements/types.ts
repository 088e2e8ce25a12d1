// The shape of an element module: something of the world that is not a thing in the scene but part
// of the place (rain falling on it, a beach's surf). Each is one folder (elements/<kind>/) whose
// facts.ts (words, where it can be) the parser reads without three.js, and whose index.ts says how
// it looks (a drawable on the scene) and sounds; its physics (trace events) is listed in events.ts.
import type * as THREE from 'three';
import type { ElementKind, ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import type { StereoBus } from '../audio/bus';
import type { Environment } from '../frames/scene/environment';
import type { SceneLayout } from '../frames/scene/layout';
import type { SettingKind } from '../settings/facts-types';

export type { ElementKind };

export interface ElementFacts {
  kind: ElementKind;
  // Phrases that name it ("rain", "downpour", "waves") and the verbs it does right after its name
  // ("falls", "crash"): both are what the result shows, and the verbs are no one's action.
  words: readonly string[];
  verbs: readonly string[];
  // Where it happens when the prompt names no place, and the only places it can (null: any outdoors).
  home: SettingKind;
  onlyIn: SettingKind | null;
  // The place it always comes with (a beach has its surf, named or not).
  always: SettingKind | null;
  // How the understanding says it ("in the rain"), and what it does when nothing else happens.
  describe: string;
  happens: string;
}

// What an element's physics reads: the plan, the seed, the clock and the simulated bodies.
export interface ElementRun {
  plan: ScenePlan;
  seed: number;
  fps: number;
  durationSec: number;
  bodies: WorldTrace['bodies'];
  frames: WorldTrace['frames'];
}

export interface ElementView {
  group: THREE.Object3D;
  update(t: number): void;
}

// How it looks and sounds (its physics, which the simulator runs without three.js, is in events.ts).
export interface ElementModule extends ElementFacts {
  draw(plan: ScenePlan, trace: WorldTrace, layout: SceneLayout, env: Environment): ElementView;
  // A bed under its events (the rain too far away to hear drop by drop).
  ambience?(bus: StereoBus, plan: ScenePlan, seed: number): void;
}
