// Bubbles a liquid traps: where a stream plunges into the liquid or a thing splashes in, air is
// pulled under in small bubbles, and each rings once as it forms, at its Minnaert frequency
// f = sqrt(3 gamma p0 / rho) / (2 pi a), about 3.3 kHz for a bubble 1 mm in radius and lower for
// bigger ones, dying away within a dozen or so cycles (a bubble's Q is about 10 to 20). That
// ringing, many bubbles a second, is the plink and gurgle of a pour and the fizz of a splash.
import type { StereoBus } from '../audio/bus';
import { addMode } from '../audio/bus';
import type { Rand } from '../audio/noise';
import type { Placement } from '../audio/spatial';
import { liquidFacts } from './catalog';

// Air's ratio of heat capacities and the air pressure at the surface (Pa); water's density is the
// liquid catalog's.
const GAMMA = 1.4;
const P0_PA = 101325;
const Q = 14;
// The bubbles' radii (m): drawn evenly on a log scale between these.
export const BUBBLE_MIN_M = 0.0006;
export const BUBBLE_MAX_M = 0.004;

const WATER_KG_M3 = liquidFacts('water').densityKgM3;

export function minnaertHz(radiusM: number): number {
  return Math.sqrt((3 * GAMMA * P0_PA) / WATER_KG_M3) / (2 * Math.PI * radiusM);
}

export interface BubbleRun {
  t: number;
  durationSec: number;
  // Bubbles a second, their level (a bubble of 1 mm), and the radii they are drawn from.
  perSec: number;
  level: number;
  minM?: number;
  maxM?: number;
}

// Bubbles at random moments (a Poisson stream) over the run, each ringing at its own size's pitch;
// a bigger bubble rings louder (its amplitude grows with its radius).
export function addBubbles(bus: StereoBus, run: BubbleRun, at: Placement, rand: Rand): void {
  // No bubbles (or a rate that is not a number) would never end the stream below.
  if (!(run.perSec > 0) || !(run.durationSec > 0)) return;
  const lo = Math.log(run.minM ?? BUBBLE_MIN_M), hi = Math.log(run.maxM ?? BUBBLE_MAX_M);
  let t = run.t;
  for (;;) {
    t += -Math.log(1 - rand()) / run.perSec;
    if (t >= run.t + run.durationSec) return;
    const a = Math.exp(lo + (hi - lo) * rand());
    const f = minnaertHz(a);
    const t60 = (Math.log(1000) * Q) / (Math.PI * f);
    addMode(bus, t, f, t60, run.level * Math.sqrt(a / 0.001) * (0.5 + rand()), at.gl, at.gr);
  }
}

// The burst of bubbles a thing coming into the liquid at `speed` (m/s) pulls under with it: more
// and louder the faster and heavier it comes, over a quarter of a second.
export function splashBubbles(t: number, speed: number, massKg: number): BubbleRun {
  return { t, durationSec: 0.25, perSec: 40 * Math.min(4, speed), level: 0.006 * Math.min(3, Math.sqrt(massKg / 0.1)) };
}
