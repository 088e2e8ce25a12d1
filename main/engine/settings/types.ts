// The shape of a setting module. Each setting (gym, street, park, beach, room...) is one folder
// exporting one of these, registered in settings/index.ts: its words, whether it is indoors, the
// ground's physics, how it is built and lit, how it sounds.
import type * as THREE from 'three';
import type { ScenePlan } from '../../contract/scene-plan';
import type { StereoBus } from '../audio/bus';
import type { RoomAcoustics } from '../audio/reverb-types';
import type { Environment } from '../frames/scene/environment';
import type { Obstacle, SceneLayout } from '../frames/scene/layout';
import type { SettingFacts, SettingKind } from './facts-types';
import type { SettingLight } from './setting-light';

export type { SettingKind };

export interface SettingView {
  group: THREE.Group;
  update?(t: number): void;
}

// The clip a setting is built for: what moves in it on its own (a beach's surf) is drawn from the
// take's seed over its length.
export interface SettingClip {
  seed: number;
  durationSec: number;
}

export interface AmbienceContext {
  plan: ScenePlan;
  // Seed for one named layer of the ambience.
  seedFor(label: string): number;
  rand: () => number;
  durationSec: number;
}

// A place: its facts (facts.ts in its folder: words, ground) plus how it looks, is lit and sounds.
export interface SettingModule extends SettingFacts {
  // How the frames lay it out: a court centred on the hoop, a room fitted around the action, or open.
  interior: 'court' | 'room' | null;
  light: SettingLight;
  acoustics: RoomAcoustics;
  build(layout: SceneLayout, env: Environment, clip: SettingClip): SettingView;
  // Tall scenery that build() puts up round this layout (trees): the camera keeps out of it and
  // swings round rather than look through it. Absent: nothing the camera could run into.
  obstacles?(layout: SceneLayout): Obstacle[];
  ambience(bus: StereoBus, ctx: AmbienceContext): void;
}
