// The FLIP liquid's particles moved through the grid's velocity (transfer.ts) over a substep, by
// the midpoint rule (RK2: a particle turning in a swirl or falling off a lip keeps to the flow
// better than by its own velocity), then kept out of the solids by the colliders the other solves
// use (fluid-solids.ts's collide, friction included); a particle a solid pushed back loses the
// part of its velocity into it, so it slides along the wall rather than pressing on into it.
import { collide } from '../fluid-solids';
import type { ParticleFluid } from '../pbf';
import { isParked, type FlipGrid } from './grid';
import { velocityAt } from './transfer';

const mid = [0, 0, 0];
const end = [0, 0, 0];

// A film's particle (film.ts: film[i] = 1) moves on its own velocity.
export function advect(fluid: ParticleFluid, g: FlipGrid, h: number, film: Uint8Array): void {
  const { x, v, p, n } = fluid;
  // Natively (to the bit the same: flip/native-flip.ts) where the solver has its native half; then
  // the film's particles are moved again on their own velocity.
  const native = fluid.flip?.native;
  if (native) {
    native.advect(g, x, p, n, h);
    for (let i = 0; i < n; i++) {
      if (film[i] && !isParked(x, i)) { p[3 * i] = x[3 * i]! + h * v[3 * i]!; p[3 * i + 1] = x[3 * i + 1]! + h * v[3 * i + 1]!; p[3 * i + 2] = x[3 * i + 2]! + h * v[3 * i + 2]!; }
    }
  } else for (let i = 0; i < n; i++) {
    const px = x[3 * i]!, py = x[3 * i + 1]!, pz = x[3 * i + 2]!;
    if (isParked(x, i)) { p[3 * i] = px; p[3 * i + 1] = py; p[3 * i + 2] = pz; continue; }
    if (film[i]) { p[3 * i] = px + h * v[3 * i]!; p[3 * i + 1] = py + h * v[3 * i + 1]!; p[3 * i + 2] = pz + h * v[3 * i + 2]!; continue; }
    velocityAt(g, px, py, pz, mid);
    velocityAt(g, px + 0.5 * h * mid[0]!, py + 0.5 * h * mid[1]!, pz + 0.5 * h * mid[2]!, end);
    p[3 * i] = px + h * end[0]!; p[3 * i + 1] = py + h * end[1]!; p[3 * i + 2] = pz + h * end[2]!;
  }
  settle(fluid);
}

// Collides the moved positions p (from x), takes what the solids pushed into them off the
// velocities, and makes them the particles' positions (natively, to the bit the same, where the
// solver has its native half: flip-solids.cc).
export function settle(fluid: ParticleFluid): void {
  const native = fluid.flip?.native;
  if (native) return native.settle(fluid);
  const { x, v, p, before, n } = fluid;
  collide(fluid);
  for (let i = 0; i < n; i++) {
    const cx = p[3 * i]! - before[3 * i]!, cy = p[3 * i + 1]! - before[3 * i + 1]!, cz = p[3 * i + 2]! - before[3 * i + 2]!;
    const push2 = cx * cx + cy * cy + cz * cz;
    if (push2 === 0) continue;
    const push = Math.sqrt(push2);
    const nx = cx / push, ny = cy / push, nz = cz / push;
    const vn = v[3 * i]! * nx + v[3 * i + 1]! * ny + v[3 * i + 2]! * nz;
    if (vn < 0) { v[3 * i]! -= vn * nx; v[3 * i + 1]! -= vn * ny; v[3 * i + 2]! -= vn * nz; }
  }
  x.set(p);
}
