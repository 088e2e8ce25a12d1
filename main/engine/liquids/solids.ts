// The other solids a liquid meets: the ground, a table's top (boxes that do not move), and the
// things that move through it (a stone, an apple: spheres; a block: a box), each at the pose its
// rigid body has now. A particle inside one is moved to the nearest point of its surface.
import { rotate, type Pose } from './container';
import type { FluidCollider, WallSink } from './pbf';

export class FloorCollider implements FluidCollider {
  constructor(private readonly y = 0) {}
  project(p: Float64Array, _x: Float64Array, n: number, rp: number): void {
    for (let i = 0; i < n; i++) if (p[3 * i + 1]! < this.y + rp) p[3 * i + 1] = this.y + rp;
  }

  walls(_x: number, y: number, _z: number, add: WallSink): boolean {
    add(y - this.y, 0, 1, 0);
    return false;
  }
}

// A box (half extents in its own frame) at a pose; `pose` is updated as its body moves.
export class BoxCollider implements FluidCollider {
  private readonly v = [0, 0, 0];
  constructor(readonly half: readonly [number, number, number], public pose: Pose) {}

  project(p: Float64Array, _x: Float64Array, n: number, rp: number): void {
    const t = this.pose.position, q = this.pose.rotation, v = this.v, h = this.half;
    const reach = Math.hypot(h[0], h[1], h[2]) + rp;
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

export class SphereCollider implements FluidCollider {
  constructor(readonly radiusM: number, public pose: Pose) {}

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
