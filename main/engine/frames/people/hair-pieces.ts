// The hair styles that add a piece to the cap (hair-cap.ts): a ponytail, a bun, braids. One entry per
// style, each in its own module; the head (head.ts) asks this table what to build and where the
// cap's strands run to, and never switches on a style.
import type * as THREE from 'three';
import { Braids } from './braids';
import { Bun, bunSeat } from './bun';
import { Ponytail, PONYTAIL_TIE } from './ponytail';
import type { HairStyle, PersonLook } from './types';

export interface HairPiece {
  // head: the skull's centre; left, up: the head's axes; swing: how far hair hanging free swings
  // (hair-swing.ts).
  update(head: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3, swing: THREE.Vector3): void;
}

export interface HairPieceModule {
  make(group: THREE.Group, look: PersonLook, hr: number): HairPiece;
  // Where the cap's strands are pulled to (the cap's unit skull space), if the hair is gathered there.
  gather?(look: PersonLook): { up: number; fwd: number } | undefined;
  // Hangs free and swings with the head's moves (hair-swing.ts).
  swings: boolean;
  // Where the hair parts, if the style decides it (two braids: down the middle, half to each).
  parting?: number;
}

export const HAIR_PIECES: Partial<Record<HairStyle, HairPieceModule>> = {
  ponytail: { make: (group, look, hr) => new Ponytail(group, look, hr), gather: () => PONYTAIL_TIE, swings: true },
  bun: { make: (group, look, hr) => new Bun(group, look, hr), gather: (look) => bunSeat(look.face, look.hair.cut).gather, swings: false },
  braid: { make: (group, look, hr) => new Braids(group, look, hr, 1), swings: true },
  braids: { make: (group, look, hr) => new Braids(group, look, hr, 2), swings: true, parting: 0 },
};
