// The colliders of an open vessel that things are put on or in (a plate): its base, and its wall in
// pieces around and up, so a cup set on a plate rests in the plate's well. (The solid hull a vessel
// otherwise collides as is filled to its rim: a cup on a plate floated on the rim's height.) A bowl
// is not hollow yet: its hollow body's lower centre of mass moved the floating-block measure in a
// bowl of water just past its 10% tolerance, so that waits for the new liquid solver. Each piece is one profile segment of the wall over one
// sector of the turn, with its inner face the wall's thickness in: convex, as Rapier's hulls must be.
import type { ObjectModule, ProfilePoint } from './types';
import { heightOf } from './geometry';

// Sectors around the turn: enough that the chord of each cuts only a millimetre into the vessel.
const SECTORS = 12;

export interface HollowPiece {
  // Corners in the object's frame (centred on its middle, as the solid hull's points are); or, for
  // the base, an exact disc (Rapier's cylinder: a thing set on a hull's many-sided flat top jittered
  // across it) of this radius and half height, centred at `centerY`.
  points: number[];
  disc?: { radius: number; halfHeight: number; centerY: number };
  // This piece's share of the vessel's mass.
  share: number;
}

// Points of a ring at height y (centred frame) of radius r, between two angles.
function arc(out: number[], r: number, y: number, a0: number, a1: number): void {
  for (const a of [a0, a1]) out.push(r * Math.cos(a), y, r * Math.sin(a));
}

export function hollowPieces(o: ObjectModule): HollowPiece[] {
  const half = heightOf(o) / 2;
  const profile = o.profile.filter((p) => p[0] > 0);
  const foot = profile[0] as ProfilePoint;
  const pieces: (Omit<HollowPiece, 'share'> & { volume: number })[] = [];
  // The base: a disc as wide as the foot, the base's thickness deep.
  const disc = { radius: foot[0], halfHeight: o.baseM / 2, centerY: -half + o.baseM / 2 };
  pieces.push({ points: [], disc, volume: Math.PI * foot[0] * foot[0] * o.baseM });
  for (let i = 1; i < profile.length; i++) {
    const [r0, y0] = profile[i - 1] as ProfilePoint;
    const [r1, y1] = profile[i] as ProfilePoint;
    for (let s = 0; s < SECTORS; s++) {
      const a0 = (2 * Math.PI * s) / SECTORS, a1 = (2 * Math.PI * (s + 1)) / SECTORS;
      const points: number[] = [];
      arc(points, r0, y0 - half, a0, a1);
      arc(points, r1, y1 - half, a0, a1);
      arc(points, Math.max(0, r0 - o.wallM), y0 - half, a0, a1);
      arc(points, Math.max(0, r1 - o.wallM), y1 - half, a0, a1);
      const length = Math.hypot(r1 - r0, y1 - y0);
      pieces.push({ points, volume: length * o.wallM * ((r0 + r1) / 2) * (a1 - a0) });
    }
  }
  const total = pieces.reduce((v, p) => v + p.volume, 0) || 1;
  return pieces.map(({ volume, ...p }) => ({ ...p, share: volume / total }));
}
