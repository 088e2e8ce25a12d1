// Raindrops: a drop of radius r falls under gravity against quadratic air drag,
//   m dv/dt = m g - 1/2 rho_air Cd (pi r^2) v^2,
// so it stops accelerating at the terminal velocity v_t = sqrt(8 r rho_w g / (3 rho_air Cd)). Drops
// seen near the ground have fallen hundreds of metres and move at v_t. How many fall follows from the
// rain rate: a rate R (m of water per second) over drops of volume V is R / V drops per m^2 per second.
import { AIR_DENSITY, GRAVITY, WATER_DENSITY } from '../../physics/constants';

// A 2 mm drop (moderate rain's typical size) and its drag coefficient: with Cd 0.5 it falls close to the
// 6.5 m/s Gunn and Kinzer measured for that size.
export const DROP_RADIUS_M = 0.001;
const DRAG_COEFFICIENT = 0.5;
// Moderate rain, 4 mm an hour.
export const RAIN_RATE_MPS = 0.004 / 3600;

export function terminalVelocity(radiusM = DROP_RADIUS_M): number {
  return Math.sqrt((8 * radiusM * WATER_DENSITY * GRAVITY) / (3 * AIR_DENSITY * DRAG_COEFFICIENT));
}

// Drops landing on each square metre every second.
export function dropFlux(rateMps = RAIN_RATE_MPS, radiusM = DROP_RADIUS_M): number {
  return rateMps / ((4 / 3) * Math.PI * radiusM ** 3);
}

// A drop let go at rest, integrated (semi-implicit Euler at 1 ms) for `seconds`: its speed then.
export function dropSpeedAfter(seconds: number, radiusM = DROP_RADIUS_M): number {
  const k = (3 * AIR_DENSITY * DRAG_COEFFICIENT) / (8 * radiusM * WATER_DENSITY);
  const h = 0.001;
  let v = 0;
  for (let t = 0; t < seconds; t += h) v += (GRAVITY - k * v * v) * h;
  return v;
}
