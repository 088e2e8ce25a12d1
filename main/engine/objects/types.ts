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

// A loop handle on the thing's +x side (a jug pours over -x, away from it): it leaves the wall at
// `lowM` and rejoins it at `highM` (heights above the base), its outer bar `reachM` out from the
// wall, round in section, `thickM` across (m).
export interface HandleSpec {
  lowM: number;
  highM: number;
  reachM: number;
  thickM: number;
}

// A box-shaped part of a thing made of boxes (a book, a domino, a chair's seat and legs): its centre
// and half extents in metres, in the object's frame (centred on its middle, y up).
export interface BoxPart {
  center: readonly [number, number, number];
  half: readonly [number, number, number];
}

export interface ObjectModule {
  form: ObjectForm;
  // Noun phrases that name it ("wine glass", "glass"), longest first is not needed.
  nouns: readonly string[];
  label: string;
  material: Material;
  color: number;
  // The outer profile from the middle of the base up to the rim (r grows from 0 or starts at the
  // foot's edge); the wall is `wallM` thick inside it, the base `baseM` thick. Empty for a thing
  // made of boxes.
  profile: readonly ProfilePoint[];
  // A thing that is not turned on a lathe is made of boxes (its colliders and its drawing).
  parts?: readonly BoxPart[];
  // Plurals that do not just add -s ("domino" -> "dominoes").
  plurals?: Readonly<Record<string, string>>;
  // How many "dominoes" means when the prompt does not count them, and how many one scene holds
  // (other things: the parser's usual 3 and 6).
  pluralCount?: number;
  maxCount?: number;
  // A round thing that rolls when laid on its side and pushed (a can, a wheel, a pencil).
  rolls?: boolean;
  // Collides as an exact cylinder (its widest radius, its height) rather than the profile's hull:
  // a straight-sided thing that rolls (a can).
  collider?: 'cylinder';
  // A vessel that holds a liquid (a glass, a bowl, a sink): liquids and things go into it, so it has
  // no deck over its mouth (geometry.ts's slabsOf). A vase is not one: things set on it rest on its rim.
  holds?: boolean;
  // How full (a share of its inside height) a vessel that holds a liquid usually stands when a
  // prompt only names it with one ("a glass of water": 0.8). Absent: it stands empty (a sink).
  usualFill?: number;
  // A fitting that stands on the floor for other things to stand on (a stove): it never goes into
  // a liquid, so the liquid does not count it among the things in it.
  standsOnFloor?: boolean;
  // A vessel one pours from when a prompt pours without saying from what it holds (a jug, a bottle,
  // a kettle), rather than one poured into.
  pouredFrom?: boolean;
  // A loop handle (a mug's, a cup's, a jug's): see handle.ts.
  handle?: HandleSpec;
  wallM: number;
  baseM: number;
  massKg: number;
  restitution: number;
  friction: number;
  breaks?: FractureSpec;
}
