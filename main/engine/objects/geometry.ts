// An object's shape from its profile: its height, the solid it fills (for its collider while whole),
// the wall's inner side (for drawing it hollow), and the profile walked by length (for cutting it
// into pieces). Frames are centred: y runs from -height/2 to +height/2 about the body's origin.
import type { BoxPart, ObjectModule, ProfilePoint } from './types';

// A thing made of boxes spans them all; its parts are already centred on its middle.
const partsSpan = (parts: readonly BoxPart[], axis: 0 | 1 | 2): number => 2 * Math.max(...parts.map((p) => Math.abs(p.center[axis]) + p.half[axis]));

export const heightOf = (o: ObjectModule): number => (o.parts ? partsSpan(o.parts, 1) : (o.profile[o.profile.length - 1] as ProfilePoint)[1]);
// The widest half-extent across (a lathe's widest radius, a box thing's larger horizontal half).
export const widestOf = (o: ObjectModule): number => (o.parts ? Math.max(partsSpan(o.parts, 0), partsSpan(o.parts, 2)) / 2 : Math.max(...o.profile.map((p) => p[0])));

// The solid volume (m^3): the profile turned about its axis, or the boxes.
export function volumeOf(o: ObjectModule): number {
  if (o.parts) return o.parts.reduce((v, p) => v + 8 * p.half[0] * p.half[1] * p.half[2], 0);
  let v = 0;
  for (let i = 1; i < o.profile.length; i++) {
    const [r0, y0] = o.profile[i - 1] as ProfilePoint;
    const [r1, y1] = o.profile[i] as ProfilePoint;
    v += (Math.PI * (y1 - y0) * (r0 * r0 + r0 * r1 + r1 * r1)) / 3;
  }
  return v;
}

// Points of the whole object (the outer profile turned about the axis, or the boxes' corners),
// centred, for a convex collider.
export function solidPoints(o: ObjectModule, segments = 12): number[] {
  if (o.parts) return o.parts.flatMap((p) => boxCorners(p));
  const half = heightOf(o) / 2;
  const out: number[] = [];
  for (const [r, y] of o.profile) {
    if (r === 0) {
      out.push(0, y - half, 0);
      continue;
    }
    for (let k = 0; k < segments; k++) {
      const a = (2 * Math.PI * k) / segments;
      out.push(r * Math.cos(a), y - half, r * Math.sin(a));
    }
  }
  return out;
}

// The inside of the wall: each outer point moved inwards (towards the axis and up from the base) by
// the wall's thickness, the base's for the first segment.
export function innerProfile(o: ObjectModule): ProfilePoint[] {
  const p = o.profile;
  const normal = (i: number): [number, number] => {
    const a = p[Math.max(0, i - 1)] as ProfilePoint;
    const b = p[Math.min(p.length - 1, i + 1)] as ProfilePoint;
    const dr = b[0] - a[0];
    const dy = b[1] - a[1];
    const l = Math.hypot(dr, dy) || 1;
    return [-dy / l, dr / l];
  };
  return p.map((q, i) => {
    const [nr, ny] = normal(i);
    const t = i <= 1 ? o.baseM : o.wallM;
    return [Math.max(0, q[0] + nr * t), Math.max(o.baseM, q[1] + ny * t)] as const;
  });
}

// The profile as a polyline with cumulative length, from the base's outer edge up to the rim.
export interface WallPath {
  points: ProfilePoint[];
  lengths: number[];
  total: number;
}

export function wallPath(o: ObjectModule): WallPath {
  const points = o.profile.slice(1) as ProfilePoint[];
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as ProfilePoint;
    const b = points[i] as ProfilePoint;
    lengths.push((lengths[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  return { points, lengths, total: lengths[lengths.length - 1] as number };
}

// The point of the path at length s.
export function pointAt(path: WallPath, s: number): ProfilePoint {
  let i = 1;
  while (i < path.points.length - 1 && (path.lengths[i] as number) < s) i++;
  const a = path.points[i - 1] as ProfilePoint;
  const b = path.points[i] as ProfilePoint;
  const l0 = path.lengths[i - 1] as number;
  const span = (path.lengths[i] as number) - l0 || 1;
  const u = Math.min(1, Math.max(0, (s - l0) / span));
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u];
}

function boxCorners(p: BoxPart): number[] {
  const out: number[] = [];
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) out.push(p.center[0] + sx * p.half[0], p.center[1] + sy * p.half[1], p.center[2] + sz * p.half[2]);
  return out;
}

// The widest radius of the profile at height y (where the profile crosses it).
// The outer radius of a lathe thing at height y above its base (m).
export function radiusAt(o: ObjectModule, y: number): number {
  let r = 0;
  for (let i = 1; i < o.profile.length; i++) {
    const [r0, y0] = o.profile[i - 1] as ProfilePoint;
    const [r1, y1] = o.profile[i] as ProfilePoint;
    if (y < Math.min(y0, y1) || y > Math.max(y0, y1)) continue;
    r = Math.max(r, y1 === y0 ? Math.max(r0, r1) : r0 + ((r1 - r0) * (y - y0)) / (y1 - y0));
  }
  return r;
}

// A lathe thing as convex bands stacked up its height, each its points (centred, as solidPoints)
// and its share of the volume. One band by default (the contact tracker hears a fallen thing's side
// landing on the surface it stands on as a hit inside the lasting contact).
export function solidBands(o: ObjectModule, segments = 12, bandCount = 1): { points: number[]; share: number }[] {
  const height = heightOf(o);
  const count = bandCount;
  const half = height / 2;
  const bands: { points: number[]; volume: number }[] = [];
  for (let b = 0; b < count; b++) {
    const y0 = (b * height) / count;
    const y1 = ((b + 1) * height) / count;
    const rings: ProfilePoint[] = [[radiusAt(o, y0), y0], ...o.profile.filter((p) => p[1] > y0 && p[1] < y1 && p[0] > 0), [radiusAt(o, y1), y1]];
    rings.sort((a, c) => a[1] - c[1]);
    // The axis points at each end: without them the hull's flat base comes out less exact, and a
    // glass standing on it never quite settles.
    const points: number[] = [0, y0 - half, 0, 0, y1 - half, 0];
    let volume = 0;
    rings.forEach(([r, y], i) => {
      for (let k = 0; k < segments; k++) points.push(r * Math.cos((2 * Math.PI * k) / segments), y - half, r * Math.sin((2 * Math.PI * k) / segments));
      const prev = rings[i - 1];
      if (prev) volume += (Math.PI * (y - prev[1]) * (prev[0] ** 2 + prev[0] * r + r * r)) / 3;
    });
    bands.push({ points, volume });
  }
  const total = bands.reduce((v, b) => v + b.volume, 0) || 1;
  return bands.map((b) => ({ points: b.points, share: b.volume / total }));
}

// Below this base radius (m) a lathe thing has no flat foot to stand on (an egg, an apple).
const MIN_FOOT_RADIUS_M = 0.01;
const FOOT_HEIGHT_M = 0.002;

// The flat foot a lathe thing stands on: the points of a thin prism under the bottom ring of its
// hull (centred, as solidPoints), or null. A hull whose flat base is a fan of triangles about the
// axis point met a table with a triangle's few contact points under Rapier 0.21, so a bottle
// standing on it rocked by several degrees and could walk itself over; on this foot it stands
// still and sleeps. (A Rapier cylinder stands as well, but meeting the floor's large box while
// tilted it reports a contact point 100 m away, which read as a violent impact.)
export function footPoints(o: ObjectModule, segments: number): number[] | null {
  if (o.parts) return null;
  const radius = radiusAt(o, 0);
  if (radius < MIN_FOOT_RADIUS_M) return null;
  const half = heightOf(o) / 2;
  const out: number[] = [];
  for (const y of [-half, -half + FOOT_HEIGHT_M]) {
    for (let k = 0; k < segments; k++) out.push(radius * Math.cos((2 * Math.PI * k) / segments), y, radius * Math.sin((2 * Math.PI * k) / segments));
  }
  return out;
}

// A lathe thing's faces are fans of triangles (its hull's top and base, and its foot's). Where two
// such faces meet, Rapier 0.21 makes the contact from one thin triangle's corners: a cup set on a
// plate tipped over within a second even with the plate fixed, and a cup on a small box stood
// tilted. Two boxes meet through a quad each, so a lathe thing also carries thin square slabs, two
// crossed at 45 degrees (an eight-pointed star inside its ring, corners at 0.96 of the ring's
// radius, inside the 12-sided hull's edges): under its foot, proud of it by a hair, to stand on,
// and over its top, to have things set on (not over an open vessel's mouth). They add no mass.
export interface Slab {
  half: [number, number, number];
  centerY: number;
  // Its turn about the thing's axis (radians).
  turn: number;
}

// Below this top radius (m) nothing is set on a lathe thing's top (a bottle's neck, an egg).
const MIN_DECK_RADIUS_M = 0.02;
const SLAB_PROUD_M = 0.0005;
const SLAB_THICK_M = 0.001;
const SLAB_REACH = 0.68;

const crossed = (radius: number, centerY: number): Slab[] =>
  [0, Math.PI / 4].map((turn) => ({ half: [SLAB_REACH * radius, SLAB_THICK_M / 2, SLAB_REACH * radius], centerY, turn }));

// The slabs a lathe thing stands on and has things set on (centred, as solidPoints). A rolling thing
// has neither: its foot would stop it rolling.
export function slabsOf(o: ObjectModule): Slab[] {
  if (o.parts || o.rolls) return [];
  const half = heightOf(o) / 2;
  const base = radiusAt(o, 0);
  const [top, topY] = o.profile[o.profile.length - 1] as ProfilePoint;
  return [
    ...(base >= MIN_FOOT_RADIUS_M ? crossed(base, -half - SLAB_PROUD_M + SLAB_THICK_M / 2) : []),
    ...(top >= MIN_DECK_RADIUS_M && !o.holds ? crossed(top, topY - half + SLAB_PROUD_M - SLAB_THICK_M / 2) : []),
  ];
}

// The boxes a box-made thing collides as: a one-box thing (a book, a domino) is two halves along the
// axis it stands up along (x for a thing lying on its widest face, which stands on its edge), so
// that, fallen over, the upper half's landing is a contact of its own (see solidBands).
export function colliderParts(o: ObjectModule): BoxPart[] {
  const parts = o.parts ?? [];
  const only = parts[0];
  if (parts.length !== 1 || !only) return [...parts];
  const [hx, hy, hz] = only.half;
  const axis = hy < Math.min(hx, hz) ? 0 : 1;
  return [-1, 1].map((side) => {
    const center = [...only.center] as [number, number, number];
    const half = [...only.half] as [number, number, number];
    half[axis] /= 2;
    center[axis] += (side * half[axis]);
    return { center, half };
  });
}
