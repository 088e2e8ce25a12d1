// The words Kinora understands and the real-world facts behind them: sizes (m), masses (kg),
// bounciness and grip, materials and colours. Tables only; the parsing lives elsewhere.
import type { Entity, Material } from '../../contract/scene-plan';
import { ICE_DENSITY } from '../physics/constants';
import type { VoiceKind } from '../speech/voices';

export type EntityKind = Entity['kind'];

export interface BallSpec {
  label: string;
  radius: number;
  mass: number;
  restitution: number;
  friction: number;
  material: Material;
  color: number;
  // Where such a ball is usually played with, used when the prompt names no place.
  home?: 'gym' | 'park' | 'beach' | 'room' | 'street';
}

// Regulation or typical values. Restitution is the bounce on a hard floor (it combines with the
// surface by minimum in the simulator, so sand or grass deaden it further).
export const BALLS = {
  basketball: { label: 'basketball', radius: 0.12, mass: 0.62, restitution: 0.83, friction: 0.6, material: 'leather', color: 0xc8641e, home: 'gym' },
  tennis: { label: 'tennis ball', radius: 0.0335, mass: 0.058, restitution: 0.75, friction: 0.6, material: 'rubber', color: 0xcfe23a, home: 'room' },
  soccer: { label: 'soccer ball', radius: 0.11, mass: 0.43, restitution: 0.78, friction: 0.5, material: 'leather', color: 0xf2f2f2, home: 'park' },
  volleyball: { label: 'volleyball', radius: 0.105, mass: 0.27, restitution: 0.78, friction: 0.5, material: 'leather', color: 0xf3e7a6, home: 'beach' },
  bowling: { label: 'bowling ball', radius: 0.109, mass: 6.4, restitution: 0.25, friction: 0.3, material: 'plastic', color: 0x1f2d6b, home: 'room' },
  golf: { label: 'golf ball', radius: 0.0214, mass: 0.046, restitution: 0.78, friction: 0.4, material: 'plastic', color: 0xf7f7f2, home: 'park' },
  baseball: { label: 'baseball', radius: 0.0366, mass: 0.145, restitution: 0.55, friction: 0.6, material: 'leather', color: 0xefeadf, home: 'park' },
  pingpong: { label: 'ping pong ball', radius: 0.02, mass: 0.0027, restitution: 0.88, friction: 0.4, material: 'plastic', color: 0xf7f7f7, home: 'room' },
  beach: { label: 'beach ball', radius: 0.25, mass: 0.12, restitution: 0.65, friction: 0.5, material: 'plastic', color: 0xe8453c, home: 'beach' },
  bouncy: { label: 'bouncy ball', radius: 0.0225, mass: 0.02, restitution: 0.9, friction: 0.7, material: 'rubber', color: 0xe84393, home: 'room' },
  marble: { label: 'marble', radius: 0.0125, mass: 0.02, restitution: 0.85, friction: 0.3, material: 'glass', color: 0x4aa3df, home: 'room' },
  medicine: { label: 'medicine ball', radius: 0.17, mass: 4, restitution: 0.2, friction: 0.8, material: 'leather', color: 0x5b3a29, home: 'gym' },
  // A plain "ball": a rubber playground ball.
  generic: { label: 'ball', radius: 0.1, mass: 0.35, restitution: 0.8, friction: 0.6, material: 'rubber', color: 0xd63031 },
} as const satisfies Record<string, BallSpec>;
export type BallKey = keyof typeof BALLS;

// A plain ball made of a named material ("a steel ball", "a wooden ball"): what such balls usually are.
export const BALL_BY_MATERIAL: Partial<Record<Material, Omit<BallSpec, 'label'>>> = {
  rubber: BALLS.generic,
  metal: { radius: 0.04, mass: 2.1, restitution: 0.6, friction: 0.3, material: 'metal', color: 0xb8bcc2 },
  wood: { radius: 0.05, mass: 0.35, restitution: 0.5, friction: 0.5, material: 'wood', color: 0xa0703c },
  glass: { radius: 0.02, mass: 0.085, restitution: 0.85, friction: 0.3, material: 'glass', color: 0x7fc8e8 },
  plastic: { radius: 0.08, mass: 0.1, restitution: 0.7, friction: 0.5, material: 'plastic', color: 0x3498db },
  leather: BALLS.soccer,
  cloth: { radius: 0.06, mass: 0.1, restitution: 0.25, friction: 0.9, material: 'cloth', color: 0xc0392b },
  concrete: { radius: 0.12, mass: 17, restitution: 0.3, friction: 0.7, material: 'concrete', color: 0x8d8d8d },
};

export interface BoxSpec {
  label: string;
  halfExtents: [number, number, number];
  // Effective density of the whole box in kg/m^3 (hollow boxes are light).
  density: number;
  restitution: number;
  friction: number;
  material: Material;
  color: number;
}

// Cardboard has no material of its own in the contract; 'wood' is the closest sound.
export const BOXES = {
  box: { label: 'box', halfExtents: [0.15, 0.15, 0.15], density: 20, restitution: 0.2, friction: 0.6, material: 'wood', color: 0xb5895a },
  crate: { label: 'crate', halfExtents: [0.25, 0.25, 0.25], density: 65, restitution: 0.3, friction: 0.6, material: 'wood', color: 0x9c6b3c },
  block: { label: 'block', halfExtents: [0.05, 0.05, 0.05], density: 600, restitution: 0.4, friction: 0.6, material: 'wood', color: 0xd9a441 },
  // An ice cube from a tray, 3 cm a side, solid ice; wet ice is slippery.
  ice: { label: 'ice cube', halfExtents: [0.015, 0.015, 0.015], density: ICE_DENSITY, restitution: 0.2, friction: 0.1, material: 'ice', color: 0xe4f1f7 },
  can: { label: 'can', halfExtents: [0.033, 0.061, 0.033], density: 60, restitution: 0.3, friction: 0.4, material: 'metal', color: 0xc0c6cc },
} as const satisfies Record<string, BoxSpec>;
export type BoxKey = keyof typeof BOXES;

// Effective density of a hollow box by what it is made of (kg/m^3), when the prompt names it.
// A block is solid (a box is hollow): the densities of the stuff itself (kg/m^3), so a wooden block
// floats and a steel one sinks.
export const SOLID_DENSITY: Partial<Record<Material, number>> = { wood: 600, metal: 7800, plastic: 950, rubber: 1100, concrete: 2400, glass: 2500, ceramic: 2300 };

export const BOX_DENSITY: Partial<Record<Material, number>> = {
  wood: 65,
  metal: 250,
  plastic: 60,
  glass: 300,
  concrete: 1900,
  cloth: 30,
  rubber: 120,
  leather: 100,
};

export interface PersonSpec {
  label: string;
  height: number;
  gender: 'male' | 'female' | 'any';
  // The person plays basketball: implies a basketball (and, when shooting, a hoop).
  baller?: boolean;
  // The voice they speak with, when not plain man, woman or child (a knight's is deep).
  voice?: VoiceKind;
  // What they wear, when it is not a plain shirt in the palette's next colour (a knight's mail).
  color?: number;
}

export const PEOPLE: Record<string, PersonSpec> = {
  person: { label: 'person', height: 1.72, gender: 'any' },
  man: { label: 'man', height: 1.78, gender: 'male' },
  guy: { label: 'guy', height: 1.78, gender: 'male' },
  woman: { label: 'woman', height: 1.65, gender: 'female' },
  lady: { label: 'woman', height: 1.65, gender: 'female' },
  boy: { label: 'boy', height: 1.4, gender: 'male' },
  girl: { label: 'girl', height: 1.38, gender: 'female' },
  kid: { label: 'kid', height: 1.3, gender: 'any' },
  child: { label: 'child', height: 1.3, gender: 'any' },
  teenager: { label: 'teenager', height: 1.68, gender: 'any' },
  businessman: { label: 'businessman', height: 1.78, gender: 'male' },
  businesswoman: { label: 'businesswoman', height: 1.66, gender: 'female' },
  player: { label: 'player', height: 1.9, gender: 'any' },
  athlete: { label: 'athlete', height: 1.85, gender: 'any' },
  shooter: { label: 'shooter', height: 1.9, gender: 'any', baller: true },
  coach: { label: 'coach', height: 1.8, gender: 'any' },
  friend: { label: 'friend', height: 1.72, gender: 'any' },
  someone: { label: 'person', height: 1.72, gender: 'any' },
  father: { label: 'father', height: 1.8, gender: 'male' },
  hiker: { label: 'hiker', height: 1.74, gender: 'any' },
  runner: { label: 'runner', height: 1.76, gender: 'any' },
  walker: { label: 'walker', height: 1.72, gender: 'any' },
  mother: { label: 'mother', height: 1.65, gender: 'female' },
  elderly: { label: 'elderly person', height: 1.68, gender: 'any' },
  astronaut: { label: 'astronaut', height: 1.8, gender: 'any' },
  chef: { label: 'chef', height: 1.76, gender: 'any' },
  baller: { label: 'basketball player', height: 1.95, gender: 'any', baller: true },
  footballer: { label: 'footballer', height: 1.8, gender: 'any' },
  knight: { label: 'knight', height: 1.8, gender: 'male', voice: 'knight', color: 0x9aa3ad },
  king: { label: 'king', height: 1.78, gender: 'male', voice: 'elder-man', color: 0x7b1f3a },
  queen: { label: 'queen', height: 1.68, gender: 'female', color: 0x5b2c83 },
  prince: { label: 'prince', height: 1.78, gender: 'male', color: 0x2e4a8b },
  princess: { label: 'princess', height: 1.65, gender: 'female', color: 0xe5a1c4 },
  soldier: { label: 'soldier', height: 1.78, gender: 'male', color: 0x4b5320 },
  wizard: { label: 'wizard', height: 1.76, gender: 'male', voice: 'elder-man', color: 0x2c3e7a },
  teacher: { label: 'teacher', height: 1.7, gender: 'any' },
  doctor: { label: 'doctor', height: 1.72, gender: 'any', color: 0xf2f2f2 },
  grandmother: { label: 'grandmother', height: 1.6, gender: 'female', voice: 'elder-woman' },
  grandfather: { label: 'grandfather', height: 1.72, gender: 'male', voice: 'elder-man' },
  son: { label: 'son', height: 1.4, gender: 'male' },
  daughter: { label: 'daughter', height: 1.38, gender: 'female' },
  grandson: { label: 'grandson', height: 1.3, gender: 'male' },
  granddaughter: { label: 'granddaughter', height: 1.3, gender: 'female' },
  'old man': { label: 'old man', height: 1.72, gender: 'male', voice: 'elder-man' },
  'old woman': { label: 'old woman', height: 1.6, gender: 'female', voice: 'elder-woman' },
  he: { label: 'man', height: 1.78, gender: 'male' },
  she: { label: 'woman', height: 1.65, gender: 'female' },
};

export interface FixtureSpec {
  label: string;
  size: [number, number, number];
  mass: number;
  restitution: number;
  friction: number;
  material: Material;
  color: number;
}

export const RAMP: FixtureSpec = { label: 'ramp', size: [1.0, 0.35, 0.35], mass: 40, restitution: 0.4, friction: 0.5, material: 'wood', color: 0xc19a6b };
export const TABLE: FixtureSpec = { label: 'table', size: [0.7, 0.375, 0.4], mass: 30, restitution: 0.5, friction: 0.5, material: 'wood', color: 0x8b5a2b };
// A flight of eight concrete steps (17 cm rise, 28 cm tread, 1.2 m wide).
export const STAIRS: FixtureSpec = { label: 'stairs', size: [1.12, 0.68, 0.6], mass: 2000, restitution: 0.6, friction: 0.7, material: 'concrete', color: 0x9b9893 };
// A freestanding masonry wall, 3 m wide, 2.5 m high and 20 cm thick, plastered and painted: hard,
// so what bounces off it rebounds by its own restitution (contacts combine by the minimum); heard as
// masonry (concrete).
export const WALL: FixtureSpec = { label: 'wall', size: [0.1, 1.25, 1.5], mass: 3000, restitution: 0.9, friction: 0.6, material: 'concrete', color: 0xe4ddd0 };
export const HOOP: FixtureSpec = { label: 'hoop', size: [0.2286, 0.2286, 0.2286], mass: 150, restitution: 0.6, friction: 0.5, material: 'metal', color: 0xe4571b };

// The voice a person with this label speaks with: their own, else a child's for the small, else by
// gender ('any' lets the casting choose).
export function voiceKindOf(label: string): VoiceKind {
  const spec = Object.values(PEOPLE).find((p) => p.label === label);
  if (!spec) return 'any';
  if (spec.voice) return spec.voice;
  if (spec.height < 1.5) return 'child';
  return spec.gender === 'female' ? 'woman' : spec.gender === 'male' ? 'man' : 'any';
}
