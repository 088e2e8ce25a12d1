// The shape of an everyday object's module. Each form (a glass, a plate, a vase...) is one file in
// this folder exporting one of these, registered in objects/index.ts: the words that name it, its
// shape as a profile turned about its axis, its mass and material, and how it breaks.
import type { Material, ObjectForm } from '../../contract/scene-plan';

// A point of a profile: distance from the axis and height above the base (metres).
export type ProfilePoint = readonly [r: number, y: number];

// How a breakable thing fractures: the impact it takes (how fast the point that hits is moving into
// a hard surface, m/s; soft ground takes SOFT_GROUND_FACTOR times more), and how many pieces it
// breaks into around and up its wall.
export interface FractureSpec {
  breakSpeed: number;
  sectors: number;
  bands: number;
}

export interface ObjectModule {
  form: ObjectForm;
  // Noun phrases that name it ("wine glass", "glass"), longest first is not needed.
  nouns: readonly string[];
  label: string;
  material: Material;
  color: number;
  // The outer profile from the middle of the base up to the rim (r grows from 0 or starts at the
  // foot's edge); the wall is `wallM` thick inside it, the base `baseM` thick.
  profile: readonly ProfilePoint[];
  wallM: number;
  baseM: number;
  massKg: number;
  restitution: number;
  friction: number;
  breaks?: FractureSpec;
}
