// The other solids a liquid meets: the ground, a table's top (boxes that do not move), and the
// things that move through it (a stone, an apple: spheres; a block: a box), each at the pose its
// rigid body has now. A particle inside one is moved to the nearest point of its surface.
// For DFSPH a box or sphere also stands in for the liquid beyond its surface (walls(): the same
// half-space share a container's wall gives, at the signed distance from its surface), moving at
// its body's speed, so the liquid under a floating block is held up by pressure as a container's
// floor holds it, and a stone or spoon moving through it pushes it ahead.
import type { Pose } from './container';
import type { FluidCollider, WallSink } from './fluid-solids';
import { pushPose, SOLID_CODE } from './collider-codes';
import { normalSpeed, pushMotion, rotate, STILL, type Motion, type Swept } from './motion';

export class FloorCollider implements FluidCollider {
  constructor(private readonly y = 0) {}
  project(p: Float64Array, _x: Float64Array, n: number, rp: number): void {
    for (let i = 0; i < n; i++) if (p[3 * i + 1]! < this.y + rp) p[3 * i + 1] = this.y + rp;
  }

  walls(_x: number, y: number, _z: number, add: WallSink): boolean {
    add(y - this.y, 0, 1, 0, 0);
    return false;
  }

  encode(out: number[]): void {
    out.push(SOLID_CODE.floor, this.y);
  }
}

// A solid that moves with its rigid body: its pose now and its motion, which DFSPH carries it along
// within its step (dfsph-solids.ts's carrySolids).
abstract class MovingSolid {
  abstract pose: Pose;
  motion: Motion = STILL;
  massInParticles = 0;

  swept(): Swept {
    return { pose: this.pose, motion: this.motion };
  }

  sweepTo(s: Swept): void {
    this.pose = s.pose;
    this.motion = s.motion;
  }
}

// A box (half extents in its own frame) at a pose; `pose` is updated as its body moves.
// `immersed`: a thing in the liquid (a block, a spoon's part), whose walls count in a container's
// cavity too; a table's top is not (in a glass on it, the glass's floor is the wall).
export class BoxCollider extends MovingSolid implements FluidCollider {
  private readonly v = [0, 0, 0];
  private readonly n = [0, 0, 0];
  readonly dfsphWalls = true;
  constructor(readonly half: readonly [number, number, number], public pose: Pose, readonly immersed = false) {
    super();
  }

  encode(out: number[]): void {
    out.push(SOLID_CODE.box, ...this.half);
    pushPose(out, this.pose);
    pushMotion(out, this.motion);
    out.push(this.immersed ? 1 : 0, this.massInParticles);
  }

  // The nearest face's wall: the distance from the box's surface (negative inside, by the face
  // least deep) and the normal out of it there.
  walls(x: number, y: number, z: number, add: WallSink): boolean {
    const t = this.pose.position, q = this.pose.rotation, v = this.v, h = this.half, n = this.n;
    v[0] = x - t.x; v[1] = y - t.y; v[2] = z - t.z;
    rotate(v, q, true);
    let out2 = 0;
    for (let a = 0; a < 3; a++) {
      const d = v[a]! - Math.min(Math.max(v[a]!, -h[a]!), h[a]!);
      n[a] = d;
      out2 += d * d;
    }
    let dist: number;
    if (out2 > 1e-18) {
      dist = Math.sqrt(out2);
      for (let a = 0; a < 3; a++) n[a] = n[a]! / dist;
    } else {
      let axis = 0;
      for (let a = 1; a < 3; a++) if (h[a]! - Math.abs(v[a]!) < h[axis]! - Math.abs(v[axis]!)) axis = a;
      dist = Math.abs(v[axis]!) - h[axis]!;
      n[0] = 0; n[1] = 0; n[2] = 0;
      n[axis] = v[axis]! < 0 ? -1 : 1;
    }
    rotate(n, q, false);
    add(dist, n[0]!, n[1]!, n[2]!, normalSpeed(this.motion, x, y, z, n[0]!, n[1]!, n[2]!));
    return false;
  }

  project(p: Float64Array, _x: Float64Array, n: number, rp: number): void {
    const t = this.pose.position, q = this.pose.rotation, v = this.v, h = this.half;
    const reach = Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]) + rp;
    for (let i = 0; i < n; i++) {
      v[0] = p[3 * i]! - t.x; v[1] = p[3 * i + 1]! - t.y; v[2] = p[3 * i + 2]! - t.z;
      if (Math.abs(v[0]) > reach || Math.abs(v[1]) > reach || Math.abs(v[2]) > reach) continue;
      rotate(v, q, true);
      let axis = -1, best = Infinity;
      for (let a = 0; a < 3; a++) {
        const depth = h[a]! + rp - Math.abs(v[a]!);
        if (depth <= 0) { axis = -1; break; }
        if (depth < best) { best = depth; axis = a; }
      }
      if (axis < 0) continue;
      v[axis] = Math.sign(v[axis]! || 1) * (h[axis]! + rp);
      rotate(v, q, false);
      p[3 * i] = v[0]! + t.x; p[3 * i + 1] = v[1]! + t.y; p[3 * i + 2] = v[2]! + t.z;
    }
  }
}

export class SphereCollider extends MovingSolid implements FluidCollider {
  readonly dfsphWalls = true;
  readonly immersed = true;
  constructor(readonly radiusM: number, public pose: Pose) {
    super();
  }

  encode(out: number[]): void {
    const c = this.pose.position;
    out.push(SOLID_CODE.sphere, this.radiusM, c.x, c.y, c.z);
    pushMotion(out, this.motion);
    out.push(this.massInParticles);
  }

  walls(x: number, y: number, z: number, add: WallSink): boolean {
    const c = this.pose.position;
    const dx = x - c.x, dy = y - c.y, dz = z - c.z;
    const r = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const nx = r > 1e-9 ? dx / r : 0, ny = r > 1e-9 ? dy / r : 1, nz = r > 1e-9 ? dz / r : 0;
    add(r - this.radiusM, nx, ny, nz, normalSpeed(this.motion, x, y, z, nx, ny, nz), 1 / this.radiusM);
    return false;
  }

  project(p: Float64Array, _x: Float64Array, n: number, rp: number): void {
    const c = this.pose.position, R = this.radiusM + rp;
    for (let i = 0; i < n; i++) {
      const dx = p[3 * i]! - c.x, dy = p[3 * i + 1]! - c.y, dz = p[3 * i + 2]! - c.z;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 >= R * R) continue;
      const d = Math.sqrt(d2);
      const k = d > 1e-9 ? R / d : 1;
      p[3 * i] = c.x + (d > 1e-9 ? dx * k : 0); p[3 * i + 1] = c.y + (d > 1e-9 ? dy * k : R); p[3 * i + 2] = c.z + dz * (d > 1e-9 ? k : 0);
    }
  }
}

// The things in a liquid, as the liquid meets them (floaters.ts's solidOf).
export type Solid = SphereCollider | BoxCollider;
