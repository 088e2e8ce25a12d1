// DFSPH (dfsph.ts) against the solids, after each substep's pressure solves: Coulomb friction for a
// film of liquid on a solid (wallFriction, and keepOut for what a solid moved), and what the liquid
// did to each box and sphere, taken back off it (addReactions: the two-way coupling). The native
// twin is native/liquid/src/dfsph.cc.
import type { FluidCollider } from './fluid-solids';
import { carried, moves, type Swept } from './motion';
import type { ParticleFluid } from './pbf';
import type { Solid } from './solids';

// Friction against a solid stands in for the film that clings under a spill (catalog.ts): it is
// taken where the liquid over the particle is no deeper than this (m) (filmDepths), against the
// solid's push as far as that holds the film up (its upward share), or as far as the film climbs
// the solid (its slide's upward share: liquid running up a wall). Deeper (a cup's floor) the
// liquid slides over the layer at the wall; along a wall a push sideways is the liquid's pressure,
// along which it slides freely. Taken everywhere, it stopped a stirred coffee within a quarter of a
// second of the spoon leaving (scripts/liquid-swirl.ts); without the climb, a still jug's settling
// ran two particles up its wall onto the rim.
const FILM_M = 0.02;

// Each particle's depth under the top of the liquid in its column (cells a kernel radius square).
export function filmDepths(f: ParticleFluid, depth: Float64Array): void {
  const { x } = f;
  const inv = 1 / f.h;
  const top = new Map<number, number>();
  const key = (i: number): number => (Math.floor(x[3 * i]! * inv) + 50000) * 100000 + (Math.floor(x[3 * i + 2]! * inv) + 50000);
  for (let i = 0; i < f.n; i++) {
    const k = key(i), y = x[3 * i + 1]!;
    const was = top.get(k);
    if (was === undefined || y > was) top.set(k, y);
  }
  for (let i = 0; i < f.n; i++) depth[i] = top.get(key(i))! - x[3 * i + 1]!;
}

// Coulomb friction against the walls that hold a particle up by pressure (a spill on a table rests
// on the table's wall share, not on its collisions): its slide along them loses at most friction x
// the speed the walls' push gave it this substep (both solves' kappas, over the walls' gradient).
export function wallFriction(f: ParticleFluid, warm: Float64Array, depth: Float64Array): void {
  const { v, wallGrad } = f;
  const n = f.n;
  for (let i = 0; i < n; i++) {
    if (depth[i]! > FILM_M) continue;
    const gx = wallGrad[3 * i]!, gy = wallGrad[3 * i + 1]!, gz = wallGrad[3 * i + 2]!;
    const g2 = gx * gx + gy * gy + gz * gz;
    if (g2 === 0) continue;
    const g = Math.sqrt(g2);
    const push = -(warm[i]! + warm[n + i]!) * g;
    if (push <= 0) continue;
    const nx = gx / g, ny = gy / g, nz = gz / g;
    const vn = v[3 * i]! * nx + v[3 * i + 1]! * ny + v[3 * i + 2]! * nz;
    const tx = v[3 * i]! - vn * nx, ty = v[3 * i + 1]! - vn * ny, tz = v[3 * i + 2]! - vn * nz;
    const t2 = tx * tx + ty * ty + tz * tz;
    if (t2 === 0) continue;
    // (wallGrad points into the walls: its downward share is the walls' upward push.)
    const cut = Math.min(1, (f.friction * push * Math.max(-ny, Math.max(0, ty) / Math.sqrt(t2))) / Math.sqrt(t2));
    v[3 * i]! -= cut * tx; v[3 * i + 1]! -= cut * ty; v[3 * i + 2]! -= cut * tz;
  }
}

// A particle a solid moved (collide) keeps its velocity but for what it had into the solid: its
// speed along the push is raised to the wall's, and friction takes off its slide (off its move
// this substep too). Its velocity is
// never the push over the substep: a solid placed a millimetre into the liquid then threw it off
// at metres a second within a short substep, which asked for shorter substeps, which threw it
// faster (a floating block's bowl burst so).
export function keepOut(f: ParticleFluid, kept: Float64Array, dt: number, depth: Float64Array): void {
  const { p, v, before, wallGrad, wallGradV } = f;
  kept.fill(0);
  for (let i = 0; i < f.n; i++) {
    const cx = p[3 * i]! - before[3 * i]!, cy = p[3 * i + 1]! - before[3 * i + 1]!, cz = p[3 * i + 2]! - before[3 * i + 2]!;
    const push2 = cx * cx + cy * cy + cz * cz;
    if (push2 === 0) continue;
    const push = Math.sqrt(push2);
    const nx = cx / push, ny = cy / push, nz = cz / push;
    const gx = wallGrad[3 * i]!, gy = wallGrad[3 * i + 1]!, gz = wallGrad[3 * i + 2]!;
    const along = gx * nx + gy * ny + gz * nz;
    const g2 = gx * gx + gy * gy + gz * gz;
    // The walls' speed along the push (for one wall, wallGradV / (wallGrad . n) is its own).
    const wall = along * along > 0.25 * g2 && along !== 0 ? wallGradV[i]! / along : 0;
    const vn = v[3 * i]! * nx + v[3 * i + 1]! * ny + v[3 * i + 2]! * nz;
    if (vn >= wall) continue;
    const dv = wall - vn;
    // Coulomb friction: the slide along the solid loses at most friction x the speed it took off.
    const tx = v[3 * i]! - vn * nx, ty = v[3 * i + 1]! - vn * ny, tz = v[3 * i + 2]! - vn * nz;
    const t2 = tx * tx + ty * ty + tz * tz;
    const cut = t2 > 0 && depth[i]! <= FILM_M ? Math.min(1, (f.friction * dv * Math.max(ny, Math.max(0, ty) / Math.sqrt(t2))) / Math.sqrt(t2)) : 0;
    kept[3 * i] = dv * nx - cut * tx; kept[3 * i + 1] = dv * ny - cut * ty; kept[3 * i + 2] = dv * nz - cut * tz;
    for (let a = 0; a < 3; a++) v[3 * i + a]! += kept[3 * i + a]!;
    // Its slide this substep is at the speed friction leaves it (collide leaves friction to this).
    p[3 * i]! -= dt * cut * tx; p[3 * i + 1]! -= dt * cut * ty; p[3 * i + 2]! -= dt * cut * tz;
  }
}

// Two-way coupling: what the substep's pressure (both solves' kappas over the body's share of the
// walls' gradient) and keepOut gave each particle against a box or sphere is taken back off that
// solid, per unit particle mass, as an impulse and its moment about the solid's pose (the caller
// scales by the particle's mass and applies it to the body: floating.ts). So a thing in the liquid
// is held up by the pressure under it (Archimedes, with no level to measure) and slowed by the
// liquid it moves, as the liquid it moves is pushed.
export function addReactions(f: ParticleFluid, warm: Float64Array, kept: Float64Array, out: Float64Array): void {
  const { x, wallBody, wallBodyGrad, movedBy, colliders } = f;
  const n = f.n;
  for (let i = 0; i < n; i++) {
    const kappa = warm[i]! + warm[n + i]!;
    const body = wallBody[i]!;
    if (body >= 0) react(colliders[body]!, x, i, -kappa * wallBodyGrad[3 * i]!, -kappa * wallBodyGrad[3 * i + 1]!, -kappa * wallBodyGrad[3 * i + 2]!, out.subarray(REACTION_STRIDE * body));
    const by = movedBy[i]!;
    if (by >= 0 && colliders[by]!.dfsphWalls) react(colliders[by]!, x, i, -kept[3 * i]!, -kept[3 * i + 1]!, -kept[3 * i + 2]!, out.subarray(REACTION_STRIDE * by));
  }
}

// Adds impulse j at particle i to a solid's reaction: j, then its moment about the solid's pose.
function react(c: FluidCollider, x: Float64Array, i: number, jx: number, jy: number, jz: number, out: Float64Array): void {
  // Only boxes and spheres read DFSPH walls (dfsphWalls).
  const t = (c as Solid).pose.position;
  const rx = x[3 * i]! - t.x, ry = x[3 * i + 1]! - t.y, rz = x[3 * i + 2]! - t.z;
  out[0]! += jx; out[1]! += jy; out[2]! += jz;
  out[3]! += ry * jz - rz * jy; out[4]! += rz * jx - rx * jz; out[5]! += rx * jy - ry * jx;
}

// The moving solids as the step found them (null for the rest), for carrySolids.
export function foundSolids(f: ParticleFluid): (Swept | null)[] {
  return f.colliders.map((c) => {
    const s = c.swept?.();
    return s && moves(s.motion) ? s : null;
  });
}

// Each moving solid where its motion (as braked: BrakedSolids) takes it t seconds into the step
// (a container's side of the wall judged where it was at the last substep), or back where the step
// found it (`back`: the caller's solids are left as they were, as the native twin leaves them).
// Left where the step found them, the walls stood still through its substeps while their speeds
// pushed the liquid away, then jumped the whole step's move at the next: an egg entering a glass
// at 0.75 m/s jumped 1.4 spacings into the water, whose density solve threw what it caught out at
// 2 m/s.
export function carrySolids(f: ParticleFluid, solids: BrakedSolids, t: number, back = false): void {
  f.colliders.forEach((c, k) => {
    const from = solids.start[k];
    if (!from) return;
    if (back) c.sweepTo!(from);
    else c.sweepTo!({ ...solids.at(k, t), before: c.swept!().pose });
  });
}

// Per solid in the reactions: the impulse, its moment about the solid's pose, and how far the
// liquid's braking (BrakedSolids) moved the solid from where its body's step put it (m).
export const REACTION_STRIDE = 9;

// The two-way coupling within a liquid step, for a solid with a mass (FluidCollider's
// massInParticles): each substep's push of the liquid on it (what addReactions added since the
// last substep) brakes its motion into the liquid, at most to a stop along the push, never
// reversing it; its lift and the rest are left for its body after the step (scene-solids.ts's
// push, which also moves the body by the braking's shift). Carried as a wall of infinite mass
// through the step, a stone dropped 25 cm into a bowl (2.2 m/s) drove the last layer of water
// under it into the bowl's floor at 1.4 m/s and squeezed it out at up to 26 m/s: 42% of the
// water left the bowl; braked, 8% (5.7% with the stone also kept on the floor before the liquid
// steps: floating.ts's keepFloatersInside).
export class BrakedSolids {
  // Each solid's motion since `since` seconds into the step, from where it was then.
  private readonly found: (Swept | null)[];
  private readonly since: number[];
  // The reactions' impulses at the last substep (3 per solid).
  private readonly last: Float64Array;

  constructor(readonly start: readonly (Swept | null)[]) {
    this.found = [...start];
    this.since = start.map(() => 0);
    this.last = new Float64Array(3 * start.length);
  }

  // Where moving solid k is t seconds into the step.
  at(k: number, t: number): Swept {
    const from = this.found[k]!;
    return carried(from.pose, from.motion, t - this.since[k]!);
  }

  // After the substep ending t seconds into a step of dt.
  brake(f: ParticleFluid, reactions: Float64Array, t: number, dt: number): void {
    f.colliders.forEach((c, k) => {
      const from = this.found[k];
      const mass = c.massInParticles ?? 0;
      if (!from || !(mass > 0)) return;
      const o = REACTION_STRIDE * k, l = 3 * k;
      const jx = (reactions[o]! - this.last[l]!) / mass, jy = (reactions[o + 1]! - this.last[l + 1]!) / mass, jz = (reactions[o + 2]! - this.last[l + 2]!) / mass;
      this.last[l] = reactions[o]!; this.last[l + 1] = reactions[o + 1]!; this.last[l + 2] = reactions[o + 2]!;
      const size = Math.sqrt(jx * jx + jy * jy + jz * jz);
      const v = from.motion.v;
      const against = size > 0 ? -(v[0] * jx + v[1] * jy + v[2] * jz) / size : 0;
      if (against <= 0) return;
      const cut = Math.min(size, against) / size;
      const dx = cut * jx, dy = cut * jy, dz = cut * jz;
      const now = carried(from.pose, from.motion, t - this.since[k]!);
      this.found[k] = { pose: now.pose, motion: { v: [v[0] + dx, v[1] + dy, v[2] + dz], w: now.motion.w, com: now.motion.com } };
      this.since[k] = t;
      reactions[o + 6]! += dx * (dt - t); reactions[o + 7]! += dy * (dt - t); reactions[o + 8]! += dz * (dt - t);
    });
  }
}

// How fast the fastest moving solid's centre goes, its turn counted at its pose's offset from its
// centre of mass (a box's or sphere's own size is not: their turns are slow against their falls).
export function solidSpeed(found: readonly (Swept | null)[]): number {
  let fastest = 0;
  for (const s of found) {
    if (!s) continue;
    const { v, w, com } = s.motion, p = s.pose.position;
    const rx = p.x - com[0], ry = p.y - com[1], rz = p.z - com[2];
    fastest = Math.max(fastest, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) + Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]) * Math.sqrt(rx * rx + ry * ry + rz * rz));
  }
  return fastest;
}
