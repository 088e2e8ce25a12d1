// The shape of an outfit module: what a person wears when the prompt names it ("in a suit", "in a
// hoodie", "in a yellow raincoat"), one module per outfit in one table (index.ts).
import type * as THREE from 'three';
import type { OutfitKind } from '../../../../contract/scene-plan';
import type { SurfaceSample } from '../../shading/surfaces';
import type { NumberFrame } from '../jersey-number';
import type { PersonLook, Pick } from '../types';

export interface OutfitInput {
  pick: Pick;
  rand: () => number;
  // The colour the prompt gave it ("a yellow raincoat"), or none.
  color: THREE.Color | null;
}

// Where a sample is on the front of the body, in the wearer's frame from the collar ring's centre
// (metres: + right, + up, + forward), the waist's height in the same frame, the wearer's height and
// the wearer's frame itself (its right and up tilt a button's dome).
export interface FrontPoint { across: number; up: number; forward: number; waistUp: number; H: number; frame: NumberFrame }

// How the outfit is cut, read by the body's lofts (body-mesh.ts).
export interface OutfitCut {
  // Whether it covers the waist (a jacket's, hoodie's or coat's hem hangs over the belt).
  coversWaist: boolean;
  // A hood lying down on the back (hood.ts).
  hood: boolean;
  // Hangs on past the hips to the knees as a coat's skirt (skirt.ts).
  toKnees: boolean;
  // The cloth's roughness: a suit's wool has a low sheen, a raincoat's coated cloth is glossy.
  roughness: number;
  // A long sleeve's cuff: a shirt's cuff showing past a jacket's sleeve, or a ribbed band gathered
  // round the wrist.
  cuff: 'shirt' | 'rib' | 'hem';
}

export interface OutfitModule {
  kind: OutfitKind;
  // The nouns that name it, as the prompt's words come out.
  nouns: readonly string[];
  cut: OutfitCut;
  // Dresses a role's look (roles.ts) in it; the rest of the look stays as the seed chose it.
  dress(look: PersonLook, i: OutfitInput): void;
  // What the outfit draws over the front of its cloth at one sample (lapels and a tie, a pocket and
  // drawstrings, a placket and buttons); the sample is the cloth's, shaded.
  front(s: SurfaceSample, at: FrontPoint, look: PersonLook): void;
  // The numbers front's C++ twin (native/render/src/surfaces/outfit-<kind>.cc) reads for this look:
  // its colours, then its shape's constants, in the order the twin lists them.
  nativeParams(look: PersonLook): number[];
}
