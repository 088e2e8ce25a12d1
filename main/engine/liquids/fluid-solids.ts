// The liquid against the solids, for both pressure solves (pbf.ts, dfsph.ts): what a solid is to
// the liquid (FluidCollider: it keeps the particles out, and its walls stand in for the liquid
// beyond it), each particle's walls this step (gatherWalls) and the particles kept out of the
// solids with friction (collide). The native twins are native/liquid/src/pbf.cc's.
import { WALL_SAMPLES } from './kernel';
import type { Swept } from './motion';
import type { ParticleFluid } from './pbf';

// Something the liquid cannot enter: moves predicted positions `p` out of it, knowing where each
// particle was (`x`) so a thin wall is never crossed in one step.
export interface FluidCollider {
  project(p: Float64Array, x: Float64Array, n: number, radiusM: number): void;
  // The walls near a point, each as its distance and the normal pointing away from it into the
  // liquid: a wall stands in for the liquid that would be beyond it, so particles by a wall are not
  // packed tighter than the rest (the liquid's volume would shrink).
  // Returns true when the point is enclosed (in a container's cavity): no wall beyond counts then.
  walls?(x: number, y: number, z: number, add: WallSink): boolean;
  // Its walls are read by DFSPH only (a box's or sphere's: PBF is tuned without them).
  readonly dfsphWalls?: boolean;
  // A thing in the liquid (a stone, a block, a spoon): its walls count in a container's cavity too.
  readonly immersed?: boolean;
  // A solid that moves: its pose and motion now, and its placing at another (DFSPH carries it
  // along its motion within its step: dfsph-solids.ts's carrySolids).
  swept?(): Swept;
  sweepTo?(s: Swept): void;
  // A moving thing's mass in the liquid's particles' masses: the liquid brakes it within its step
  // (dfsph-solids.ts's BrakedSolids). 0 or none: a solid the liquid does not move (a container,
  // a table, a hand's spoon).
  readonly massInParticles?: number;
  // Writes itself, as it is now, for the native solver (collider-codes.ts).
  encode(out: number[]): void;
}

// speedM: how fast the wall moves along that normal (m/s; DFSPH reads it, motion.ts).
// curvature: 1 / the radius of a round solid's surface (a sphere's), 0 for a flat wall.
export type WallSink = (distM: number, nx: number, ny: number, nz: number, speedM: number, curvature?: number) => void;

// The share of a flat wall's density a sphere's surface gives, less this x h / its radius: the
// table is a half-space's, and a sphere curves away from the plane it touches within the kernel.
// Summed over a lattice in the sphere (as the table over one in the half-space) at 0.25-1 spacing
// off its surface: 0.86-0.88 of the plane's at a radius of 3 kernel radii, 0.78-0.81 at 2.1, each
// within 0.01 of 1 - 0.43 h / R. Counted whole, the wall of a stone dropped into a bowl (the
// sphere of its volume, 2 kernel radii at the bowl's 5.6 mm spacing) stood for a quarter more
// liquid than a sphere holds; coming in at 2.2 m/s, the layer it met was pushed off that much
// harder, and thrown up over the rim (4.4-4.7% of the water out on seeds 1-4; 3.2-3.5% so).
const CURVED = 0.43;

// The walls' density share and its gradient at each particle's p. PBF reads the table at the
// sample below (`smooth` false); DFSPH predicts the density from its gradient, so it reads the
// table linearly interpolated, and its slope as that line's (the two then agree: with the step
// lookup a particle moving along a wall jumped by up to 7% of rest density unforeseen); it also
// reads the solids' walls, and their speeds. In a container's cavity only the things immersed
// in it add walls beyond the container's own.
export function gatherWalls(f: ParticleFluid, smooth = false): void {
  const { p, wallRho, wallGrad, wallGradV } = f;
  const { wallTable, wallSlope } = f.kernel;
  wallRho.fill(0);
  wallGrad.fill(0);
  wallGradV.fill(0);
  // One sink for every particle (it reads which particle and collider from these): a closure made
  // per particle cost more than the walls' sums (allocation, and tsx's naming of each closure).
  let i = 0, current = -1, body = -1;
  const add: WallSink = (dist, nx, ny, nz, speed, curvature = 0) => {
    if (dist >= f.h) return;
    const s = Math.max(0, dist) * (WALL_SAMPLES / f.h);
    const k = Math.floor(s);
    const share = Math.max(0, 1 - CURVED * f.h * curvature);
    let g: number;
    if (smooth) {
      const k0 = Math.min(k, WALL_SAMPLES - 1);
      const rise = wallTable[k0 + 1]! - wallTable[k0]!;
      wallRho[i]! += share * (wallTable[k0]! + (s - k0) * rise);
      g = (share * rise * (WALL_SAMPLES / f.h)) / f.rest;
    } else {
      wallRho[i]! += share * wallTable[k]!;
      g = (share * wallSlope[k]!) / f.rest;
    }
    wallGrad[3 * i]! += g * nx; wallGrad[3 * i + 1]! += g * ny; wallGrad[3 * i + 2]! += g * nz;
    wallGradV[i]! += g * speed;
    if (smooth && f.colliders[current]!.dfsphWalls && (body < 0 || body === current)) {
      body = f.wallBody[i] = current;
      f.wallBodyGrad[3 * i]! += g * nx; f.wallBodyGrad[3 * i + 1]! += g * ny; f.wallBodyGrad[3 * i + 2]! += g * nz;
    }
  };
  for (i = 0; i < f.n; i++) {
    current = -1; body = -1;
    if (smooth) { f.wallBody[i] = -1; f.wallBodyGrad.fill(0, 3 * i, 3 * i + 3); }
    let enclosed = false;
    for (const c of f.colliders) {
      current++;
      if ((c.dfsphWalls && !smooth) || (enclosed && !c.immersed)) continue;
      if (c.walls?.(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!, add)) enclosed = true;
    }
  }
}

// Keeps the particles out of the solids, with friction against them: a particle a solid pushed
// back (by `push`) has its move along the surface this step cut by up to its friction x push (the
// Coulomb bound), so a spill slows and stops on a table rather than sliding on at constant speed.
// DFSPH (`track`) notes which collider last moved each particle (movedBy), and leaves friction to
// its keepOut (dfsph.ts), which takes it off the velocity: cut here too, the slide's cut tilted
// the push keepOut reads as the solid's normal back against the slide, and a sheet sliding on a
// table slowed at 1.4-1.8 mu g.
export function collide(f: ParticleFluid, radiusM = f.radiusM, track = false): void {
  const { p, x, before } = f;
  before.set(p);
  if (track) f.movedBy.fill(-1);
  f.colliders.forEach((c, ci) => {
    const was = track ? p.slice() : null;
    c.project(p, x, f.n, radiusM);
    if (was) for (let i = 0; i < f.n; i++) if (p[3 * i] !== was[3 * i] || p[3 * i + 1] !== was[3 * i + 1] || p[3 * i + 2] !== was[3 * i + 2]) f.movedBy[i] = ci;
  });
  for (let i = 0; i < f.n; i++) {
    const cx = p[3 * i]! - before[3 * i]!, cy = p[3 * i + 1]! - before[3 * i + 1]!, cz = p[3 * i + 2]! - before[3 * i + 2]!;
    const push2 = cx * cx + cy * cy + cz * cz;
    if (push2 === 0 || track) continue;
    const push = Math.sqrt(push2);
    const nx = cx / push, ny = cy / push, nz = cz / push;
    const mx = p[3 * i]! - x[3 * i]!, my = p[3 * i + 1]! - x[3 * i + 1]!, mz = p[3 * i + 2]! - x[3 * i + 2]!;
    const along = mx * nx + my * ny + mz * nz;
    const tx = mx - along * nx, ty = my - along * ny, tz = mz - along * nz;
    const slide2 = tx * tx + ty * ty + tz * tz;
    if (slide2 === 0) continue;
    const cut = Math.min(1, (f.friction * push) / Math.sqrt(slide2));
    p[3 * i]! -= cut * tx; p[3 * i + 1]! -= cut * ty; p[3 * i + 2]! -= cut * tz;
  }
}
