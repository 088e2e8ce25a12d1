// An object's shape from its profile: its height, the solid it fills (for its collider while whole),
// the wall's inner side (for drawing it hollow), and the profile walked by length (for cutting it
// into pieces). Frames are centred: y runs from -height/2 to +height/2 about the body's origin.
import type { ObjectModule, ProfilePoint } from './types';

export const heightOf = (o: ObjectModule): number => (o.profile[o.profile.length - 1] as ProfilePoint)[1];
export const widestOf = (o: ObjectModule): number => Math.max(...o.profile.map((p) => p[0]));

// Points of the whole object (the outer profile turned about the axis), centred, for a convex collider.
export function solidPoints(o: ObjectModule, segments = 12): number[] {
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
