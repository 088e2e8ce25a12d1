// A container the liquid can be in (a glass, a bowl, a jug): the hollow its object's profile turns
// out, as radii by height, and the volume it holds up to any level. Its wall keeps particles on the
// side they were on (in the cavity or outside), so a thin glass wall is never crossed in one step;
// a particle leaves only over the rim, and enters only from above it.
import type { ObjectModule, ProfilePoint } from '../objects/types';
import { heightOf, innerProfile } from '../objects/geometry';
import type { FluidCollider, WallSink } from './fluid-solids';
import { pushPose, pushProfile, SOLID_CODE } from './collider-codes';
import { normalSpeed, pushMotion, rotate, STILL, type Motion, type Swept } from './motion';

export interface Pose {
  position: { x: number; y: number; z: number };
  rotation: { x: number; y: number; z: number; w: number };
}

// Radius of a profile at height y (linear between its points; beyond them, the end radius).
function radiusAt(profile: readonly ProfilePoint[], y: number): number {
  for (let i = 1; i < profile.length; i++) {
    const a = profile[i - 1]!, b = profile[i]!;
    if (y <= b[1]) return b[1] > a[1] ? a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) : Math.max(a[0], b[0]);
  }
  return profile[profile.length - 1]![0];
}

const VOLUME_SLICES = 200;
const SURFACE_PERCENTILE = 0.97;

export class ContainerShape {
  readonly heightM: number;
  readonly floorM: number;
  // The widest outside radius (m).
  readonly widestM: number;
  private readonly outer: ProfilePoint[];
  private readonly inner: ProfilePoint[];
  // The cavity's profile as rIn reads it (from its second point).
  private readonly cavity: ProfilePoint[];
  // Volume of the cavity below each of VOLUME_SLICES + 1 heights (m^3).
  private readonly cumulative: Float64Array;

  constructor(o: ObjectModule, scale = 1) {
    this.outer = o.profile.map(([r, y]) => [r * scale, y * scale] as const);
    this.inner = innerProfile(o).map(([r, y]) => [r * scale, y * scale] as const);
    this.cavity = this.inner.slice(1);
    this.heightM = heightOf(o) * scale;
    this.floorM = o.baseM * scale;
    this.widestM = Math.max(...this.outer.map(([r]) => r));
    this.cumulative = new Float64Array(VOLUME_SLICES + 1);
    const dy = (this.heightM - this.floorM) / VOLUME_SLICES;
    for (let s = 1; s <= VOLUME_SLICES; s++) {
      const r = this.rIn(this.floorM + (s - 0.5) * dy);
      this.cumulative[s] = this.cumulative[s - 1]! + Math.PI * r * r * dy;
    }
  }

  // Cavity and outside radii at height y above the container's bottom.
  rIn(y: number): number {
    return y < this.floorM ? 0 : radiusAt(this.cavity, y);
  }

  rOut(y: number): number {
    return radiusAt(this.outer, Math.min(Math.max(y, 0), this.heightM));
  }

  // The profiles rOut and rIn read (for the native twin of liquids/walls.ts inWall).
  profiles(): { outer: readonly ProfilePoint[]; cavity: readonly ProfilePoint[] } {
    return { outer: this.outer, cavity: this.cavity };
  }

  volumeBelow(levelM: number): number {
    const u = ((Math.min(Math.max(levelM, this.floorM), this.heightM) - this.floorM) / (this.heightM - this.floorM)) * VOLUME_SLICES;
    const s = Math.floor(u);
    const lo = this.cumulative[s]!;
    return s >= VOLUME_SLICES ? lo : lo + (this.cumulative[s + 1]! - lo) * (u - s);
  }

  // The level (height above the bottom) that holds `volume` m^3.
  levelFor(volume: number): number {
    let lo = this.floorM, hi = this.heightM;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (this.volumeBelow(mid) < volume) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  }

  // How fast the cavity widens with height at y (dr/dy), for its wall's normal.
  slopeAt(y: number): number {
    const e = 0.002;
    return (this.rIn(Math.min(y + e, this.heightM)) - this.rIn(Math.max(y - e, this.floorM))) / (Math.min(y + e, this.heightM) - Math.max(y - e, this.floorM));
  }

  isInside(r: number, y: number): boolean {
    return y > this.floorM * 0.5 && y <= this.heightM && r < this.rIn(y);
  }

  // Which side of the wall a particle came from, for the collision: the cavity's, if it was nearer
  // the inner face than the outer one (as a floor's half depth decides below). A particle the
  // pressure had pushed a little into the wall was taken for one outside and thrown out through it:
  // a jug starting to tip lost 4% of its water through the corner of its base onto the table.
  cameFromInside(r: number, y: number): boolean {
    return y > this.floorM * 0.5 && y <= this.heightM && r < 0.5 * (this.rIn(y) + this.rOut(y));
  }

  // Its height, floor and profiles for the native solver (collider-codes.ts).
  encode(out: number[]): void {
    out.push(this.heightM, this.floorM);
    pushProfile(out, this.outer);
    pushProfile(out, this.cavity);
  }
}

// A container in the world at the pose its rigid body has now (read before every liquid step).
export class ContainerCollider implements FluidCollider {
  pose: Pose = { position: { x: 0, y: 0, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } };
  // Where it was at the last step: which side of the wall a particle was on is judged there, so a
  // moving container carries its liquid with it.
  private before: Pose | null = null;
  private placed = false;
  // How its body moves now (DFSPH reads its walls' speeds).
  motion: Motion = STILL;
  private readonly a = [0, 0, 0];
  private readonly b = [0, 0, 0];

  constructor(readonly shape: ContainerShape) {}

  encode(out: number[]): void {
    out.push(SOLID_CODE.container);
    pushPose(out, this.pose);
    pushPose(out, this.before ?? this.pose);
    pushMotion(out, this.motion);
    this.shape.encode(out);
  }

  // The first pose is also where it was before (not the origin it was made at: a container placed
  // once and stepped would otherwise judge its particles' sides in the wrong place).
  moveTo(pose: Pose): void {
    this.before = this.placed ? this.pose : pose;
    this.pose = pose;
    this.placed = true;
  }

  // DFSPH carries it within its step (fluid-solids.ts's FluidCollider.swept).
  swept(): Swept {
    return { pose: this.pose, motion: this.motion, before: this.before ?? this.pose };
  }

  sweepTo(s: Swept): void {
    this.pose = s.pose;
    this.motion = s.motion;
    this.before = s.before ?? s.pose;
  }

  // World point -> container frame (y measured from its bottom), into `out`.
  toLocal(x: number, y: number, z: number, out: number[], pose: Pose = this.pose): void {
    const { position: t, rotation: q } = pose;
    out[0] = x - t.x; out[1] = y - t.y; out[2] = z - t.z;
    rotate(out, q, true);
    out[1]! += this.shape.heightM / 2;
  }

  private toWorld(v: number[]): void {
    const { position: t, rotation: q } = this.pose;
    v[1]! -= this.shape.heightM / 2;
    rotate(v, q, false);
    v[0]! += t.x; v[1]! += t.y; v[2]! += t.z;
  }

  // Where a particle at local (x, y, z) must go, given whether it was in the cavity; false if it may stay.
  private place(v: number[], wasInside: boolean, wasAbove: boolean, rp: number): boolean {
    const s = this.shape;
    const [x, y, z] = v as [number, number, number];
    const r = Math.sqrt(x * x + z * z);
    if (wasInside || (wasAbove && r < s.rIn(Math.min(y, s.heightM)))) {
      if (y > s.heightM) return false;
      const yMin = s.floorM + rp;
      const slope = s.slopeAt(Math.max(y, s.floorM));
      const norm = Math.sqrt(1 + slope * slope);
      // Distance inside the side wall, along its normal (a bowl's wall slopes).
      const inside = (s.rIn(Math.max(y, s.floorM)) - r) / norm;
      if (inside >= rp && y >= yMin) return false;
      let rr = r, yy = Math.max(y, yMin);
      if (inside < rp) {
        const push = rp - inside;
        rr = Math.max(0, r - push / norm);
        yy = Math.max(yy, y + (push * slope) / norm);
      }
      const k = r > 1e-9 ? rr / r : 1;
      v[0] = x * k; v[2] = z * k; v[1] = yy;
      return true;
    }
    const rOut = s.rOut(y) + rp;
    if (y > s.heightM + rp || y < -rp || r >= rOut) return false;
    if (wasAbove) {
      v[1] = s.heightM + rp;
      return true;
    }
    const k = r > 1e-9 ? rOut / r : 1;
    v[0] = r > 1e-9 ? x * k : rOut; v[2] = r > 1e-9 ? z * k : 0;
    return true;
  }

  project(p: Float64Array, x: Float64Array, n: number, rp: number): void {
    const s = this.shape;
    const reach = s.heightM + s.rOut(s.heightM) + 2 * rp;
    const t = this.pose.position;
    for (let i = 0; i < n; i++) {
      const px = p[3 * i]!, py = p[3 * i + 1]!, pz = p[3 * i + 2]!;
      if (Math.abs(px - t.x) > reach || Math.abs(py - t.y) > reach || Math.abs(pz - t.z) > reach) continue;
      this.toLocal(x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, this.a, this.before ?? this.pose);
      const wasInside = s.cameFromInside(Math.sqrt(this.a[0]! * this.a[0]! + this.a[2]! * this.a[2]!), this.a[1]!);
      const wasAbove = this.a[1]! > s.heightM;
      this.toLocal(px, py, pz, this.b);
      if (!this.place(this.b, wasInside, wasAbove, rp)) continue;
      this.toWorld(this.b);
      p[3 * i] = this.b[0]!; p[3 * i + 1] = this.b[1]!; p[3 * i + 2] = this.b[2]!;
    }
  }

  // The cavity's floor and side, for a particle in it.
  walls(x: number, y: number, z: number, add: WallSink): boolean {
    const a = this.a;
    this.toLocal(x, y, z, a);
    const r = Math.sqrt(a[0]! * a[0]! + a[2]! * a[2]!);
    if (!this.shape.isInside(r, a[1]!)) return false;
    const q = this.pose.rotation;
    const n = [0, 1, 0];
    rotate(n, q, false);
    add(a[1]! - this.shape.floorM, n[0]!, n[1]!, n[2]!, normalSpeed(this.motion, x, y, z, n[0]!, n[1]!, n[2]!));
    if (r < 1e-9) return true;
    const slope = this.shape.slopeAt(a[1]!);
    const norm = Math.sqrt(1 + slope * slope);
    n[0] = -a[0]! / r / norm; n[1] = slope / norm; n[2] = -a[2]! / r / norm;
    rotate(n, q, false);
    add((this.shape.rIn(a[1]!) - r) / norm, n[0]!, n[1]!, n[2]!, normalSpeed(this.motion, x, y, z, n[0]!, n[1]!, n[2]!));
    return true;
  }

  // The particles in the cavity now: how many, and their centroid in the body's frame (about the
  // container's middle, as its rigid body has it).
  heldLoad(x: Float64Array, n: number): { count: number; centroid: [number, number, number] } {
    let count = 0, cx = 0, cy = 0, cz = 0;
    for (let i = 0; i < n; i++) {
      this.toLocal(x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, this.a);
      if (!this.shape.isInside(Math.sqrt(this.a[0]! * this.a[0]! + this.a[2]! * this.a[2]!), this.a[1]!)) continue;
      count++; cx += this.a[0]!; cy += this.a[1]!; cz += this.a[2]!;
    }
    return count === 0 ? { count, centroid: [0, 0, 0] } : { count, centroid: [cx / count, cy / count - this.shape.heightM / 2, cz / count] };
  }

  // The heights (above its bottom) of the particles in the cavity now.
  heightsInside(x: Float64Array, n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      this.toLocal(x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, this.a);
      if (this.shape.isInside(Math.sqrt(this.a[0]! * this.a[0]! + this.a[2]! * this.a[2]!), this.a[1]!)) out.push(this.a[1]!);
    }
    return out;
  }
}

// The liquid's surface from its particles' heights: the top of the highest layer (a high
// percentile, so a drop still in the air or a splash does not count), or -Infinity when empty.
export function surfaceFrom(heights: number[], spacingM: number): number {
  if (heights.length === 0) return -Infinity;
  heights.sort((a, b) => a - b);
  return heights[Math.floor(SURFACE_PERCENTILE * (heights.length - 1))]! + spacingM / 2;
}
