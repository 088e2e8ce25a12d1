// How a breakable object comes apart: its wall cut into bands up its profile and sectors around it
// (the cuts jittered per seed, as no two glasses break alike), and its base into wedges. Each piece
// is a convex shard (its corners on the wall's outer and inner side) with the mass of the glass or
// ceramic it holds, so the pieces together weigh exactly what the whole did. A handle breaks off too.
import { mulberry32, deriveSeed } from '../seeded-random';
import { heightOf, pointAt, wallPath, type WallPath } from './geometry';
import { handlePath } from './handle';
import type { FractureSpec, ObjectModule, ProfilePoint } from './types';

type V = [number, number, number];

export interface Piece {
  // Where the piece's own origin sits in the whole object's (centred) frame.
  offset: V;
  // The piece's corners around its origin.
  points: V[];
  massKg: number;
}

// Soft ground (grass, sand, leaf litter) spreads an impact out: it takes this much more to break.
export const SOFT_GROUND_FACTOR = 2.2;

function cuts(count: number, from: number, to: number, jitter: number, rand: () => number): number[] {
  const step = (to - from) / count;
  return Array.from({ length: count + 1 }, (_, i) => (i === 0 || i === count ? from + i * step : from + (i + (rand() - 0.5) * jitter) * step));
}

function corner(r: number, a: number, y: number, half: number): V {
  return [r * Math.cos(a), y - half, r * Math.sin(a)];
}

// A piece of wall between lengths s0..s1 of the profile and angles a0..a1, and its volume.
function wallPiece(o: ObjectModule, path: WallPath, s: [number, number], a: [number, number]): { points: V[]; volume: number } {
  const half = heightOf(o) / 2;
  const along: ProfilePoint[] = [pointAt(path, s[0]), ...path.points.filter((_, i) => (path.lengths[i] as number) > s[0] && (path.lengths[i] as number) < s[1]), pointAt(path, s[1])];
  const points: V[] = [];
  let area = 0;
  along.forEach(([r, y], i) => {
    for (const ang of [a[0], (a[0] + a[1]) / 2, a[1]]) {
      points.push(corner(r, ang, y, half), corner(Math.max(0, r - o.wallM), ang, y + (r < o.wallM ? o.wallM : 0), half));
    }
    const prev = along[i - 1];
    if (prev) area += ((prev[0] + r) / 2) * Math.hypot(r - prev[0], y - prev[1]) * (a[1] - a[0]);
  });
  return { points, volume: area * o.wallM };
}

// A wedge of the base between angles a0..a1.
function baseWedge(o: ObjectModule, a: [number, number]): { points: V[]; volume: number } {
  const half = heightOf(o) / 2;
  const rb = (o.profile[1] as ProfilePoint)[0];
  const points: V[] = [corner(0, 0, 0, half), corner(0, 0, o.baseM, half)];
  for (const ang of [a[0], (a[0] + a[1]) / 2, a[1]]) points.push(corner(rb, ang, 0, half), corner(rb, ang, o.baseM, half));
  return { points, volume: ((a[1] - a[0]) / 2) * rb * rb * o.baseM };
}

// A handle breaks off in two: its lower and upper halves, each the hull of its stretch of the tube
// (objects/handle.ts), with the tube's volume.
function handlePieces(o: ObjectModule): { points: V[]; volume: number }[] {
  const path = handlePath(o);
  const t = (o.handle?.thickM ?? 0) / 2;
  if (path.length < 4) return [];
  const mid = Math.floor(path.length / 2);
  return [path.slice(0, mid + 1), path.slice(mid)].map((part) => {
    let length = 0;
    part.forEach(([x, y], i) => { if (i > 0) length += Math.hypot(x - part[i - 1]![0], y - part[i - 1]![1]); });
    const points = part.flatMap(([x, y]): V[] => [[x - t, y, -t], [x - t, y, t], [x + t, y, -t], [x + t, y, t]]);
    return { points, volume: length * Math.PI * t * t };
  });
}

function centred(raw: { points: V[]; volume: number }): { offset: V; points: V[]; volume: number } {
  const c: V = [0, 0, 0];
  for (const p of raw.points) for (let k = 0; k < 3; k++) c[k] = (c[k] as number) + (p[k] as number) / raw.points.length;
  return { offset: c, points: raw.points.map((p) => [p[0] - c[0], p[1] - c[1], p[2] - c[2]] as V), volume: raw.volume };
}

export function fracturePieces(o: ObjectModule, spec: FractureSpec, seed: number, id: string): Piece[] {
  const rand = mulberry32(deriveSeed(seed, `fracture:${id}`)).next;
  const path = wallPath(o);
  const turn = rand() * 2 * Math.PI;
  const angles = cuts(spec.sectors, turn, turn + 2 * Math.PI, 0.5, rand);
  const bands = cuts(spec.bands, 0, path.total, 0.6, rand);
  const raw: { offset: V; points: V[]; volume: number }[] = [];
  for (let b = 0; b < spec.bands; b++) {
    for (let k = 0; k < spec.sectors; k++) raw.push(centred(wallPiece(o, path, [bands[b] as number, bands[b + 1] as number], [angles[k] as number, angles[k + 1] as number])));
  }
  const wedges = Math.max(2, Math.round(spec.sectors / 2));
  const baseAngles = cuts(wedges, turn, turn + 2 * Math.PI, 0.4, rand);
  for (let k = 0; k < wedges; k++) raw.push(centred(baseWedge(o, [baseAngles[k] as number, baseAngles[k + 1] as number])));
  raw.push(...handlePieces(o).map(centred));
  const total = raw.reduce((s, p) => s + p.volume, 0);
  return raw.map((p) => ({ offset: p.offset, points: p.points, massKg: (o.massKg * p.volume) / total }));
}
