// The vocabulary of a person's look, shared by the role table (roles.ts) and the body builders.
import * as THREE from 'three';
import type { HairShade, HairStyle, OutfitKind } from '../../../contract/scene-plan';
import type { BodyKind } from '../../body/body-kinds';

export type { HairStyle };
// Which of long hair's front locks lie over the shoulders in front (the rest fall down the back).
export type FrontLocks = 'both' | 'left' | 'right' | 'none';
export type Headwear = 'none' | 'helmet' | 'space-helmet' | 'chef-hat' | 'cap';
export type TopKind = 'tshirt' | 'jersey' | 'longsleeve' | 'tank' | 'armor' | 'suit' | 'coat' | 'jacket' | 'hoodie' | 'raincoat';
// A face's build: a man's squarer jaw, heavier brow and bigger nose; a woman's narrower jaw and
// fuller lips; a child's small nose and round cheeks (skull.ts).
// The same three kinds set the body's frame (body/body-kinds.ts).
export type FaceKind = BodyKind;
// The shirt's cut at the neck (neckline.ts); armour and suits have none. 'tied': a shirt's collar
// buttoned up under a tie.
export type Neckline = 'crew' | 'v' | 'scoop' | 'collar' | 'tied' | 'none';
export type BottomKind = 'shorts' | 'trousers' | 'skirt' | 'armor' | 'suit';

export interface Build {
  // Multipliers on limb and trunk girth, shoulder and hip width, belly; head size relative to height.
  girth: number;
  shoulders: number;
  hips: number;
  belly: number;
  head: number;
  // A bust on the chest (0 none .. 1).
  bust: number;
  // Forward stoop of the upper back (elderly), radians.
  stoop: number;
}

// The body's frame this frame: the wearer's right, up and forward.
export interface BodyFrame { right: THREE.Vector3; up: THREE.Vector3; fwd: THREE.Vector3 }

export interface PersonLook {
  role: string;
  build: Build;
  face: FaceKind;
  skin: THREE.Color;
  // parting: where the hair parts across the crown (unit skull radii, + the person's left; 0 the
  // middle), by seed (appearance.ts); absent, a little to the left. cut: the draw (0..1) that cuts
  // long hair's fall into locks (long-hair.ts); front: which sides' locks fall over the shoulders in
  // front (hair-locks.ts; absent, both); fringe: hair cut across the forehead (fringe.ts).
  hair: { style: HairStyle; color: THREE.Color; beard: boolean; parting?: number; cut?: number; front?: FrontLocks; fringe?: boolean };
  // number: printed on the shirt's front and back (jersey-number.ts), or none.
  top: { kind: TopKind; color: THREE.Color; number: number | null; neck: Neckline };
  bottom: { kind: BottomKind; color: THREE.Color };
  shoes: THREE.Color;
  headwear: Headwear;
  // Armour and space suits are hard: metal or a stiff coated fabric.
  suit: 'cloth' | 'metal' | 'coated';
  // An outfit the prompt named (outfits/): its kind, the shirt under it, its tie (none: no tie), and
  // its trim (buttons, drawstrings).
  outfit?: { kind: OutfitKind; shirt: THREE.Color; tie: THREE.Color | null; trim: THREE.Color };
}

// A knight's armour: brushed steel. Polished (roughness ~0.3) it read as chrome, a mirror of the sky.
export const ARMOUR_STEEL = { color: 0xc4c8cc, roughness: 0.45, metalness: 1 } as const;

// Skin tones from light to deep, roughly even steps of melanin, at the lightness they had, with hue and
// chroma where measured skin sits in CIELAB (hue angle about 40-70 degrees, chroma below about 30:
// Weatherall & Coombs 1992, J Invest Dermatol 99:468; Xiao et al. 2017, Skin Res Technol 23:21). The
// mid and deep tones here were chroma 30-36 at hues of 53-59 degrees, and under the sun and the
// filmic curve (which saturates a dark colour's strongest channel) mid-brown read orange and the
// deepest red-brown (people-skin-tones.test.ts measures them lit).
export const SKIN_TONES = [0xf3d2b8, 0xe2ba9c, 0xc8a286, 0xa48065, 0x7f6047, 0x60462f, 0x43301c].map((h) => new THREE.Color(h));
export const HAIR_COLORS: Record<HairShade, number> = { black: 0x17120e, brown: 0x3b2618, chestnut: 0x5a3520, blonde: 0xb8935a, red: 0x7a3a1c, grey: 0x9a9590, white: 0xd8d4cc };

export type Pick = <T>(items: readonly T[]) => T;

