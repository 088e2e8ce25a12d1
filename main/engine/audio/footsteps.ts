// Footsteps by surface: every step is a heel thump (the body's weight landing) plus the sound of
// what is underfoot, from a table: a creak on wood, a scrape on asphalt, a swish of grass, a soft
// crunch of sand, the crackle of dry leaves, the grind of gravel.
import { addChirp, addMode, addNoiseBurst, type StereoBus } from './bus';
import type { FootstepSurface } from './footstep-surface';
import { Biquad, type Rand } from './noise';
import type { Placement } from './spatial';


type Underfoot = (bus: StereoBus, t: number, level: number, at: Placement, rand: Rand) => void;

// Short grains of filtered noise scattered over `spreadSec`: crackles and grinding.
function grains(bus: StereoBus, t: number, count: number, spreadSec: number, level: number, filters: () => Biquad[], at: Placement, rand: Rand): void {
  for (let i = 0; i < count; i++) addNoiseBurst(bus, t + rand() * spreadSec, 0.006 + rand() * 0.01, 0.0005, level * (0.5 + rand()), filters(), rand, at.gl, at.gr);
}

const UNDERFOOT: Record<FootstepSurface, Underfoot> = {
  wood: (bus, t, level, at, rand) => {
    addNoiseBurst(bus, t, 0.025, 0.002, level * 0.5, [Biquad.lowpass(bus.sampleRate, 1400)], rand, at.gl, at.gr);
    if (rand() < 0.45) {
      const f0 = 1900 + rand() * 900;
      addChirp(bus, t + 0.01, 0.06 + rand() * 0.07, f0, f0 * (1.1 + rand() * 0.25), level * 0.35, 0.35, 38, 0.02, at.gl, at.gr);
    }
  },
  asphalt: (bus, t, level, at, rand) => addNoiseBurst(bus, t, 0.045, 0.003, level * 0.6, [Biquad.bandpass(bus.sampleRate, 2800, 0.8)], rand, at.gl, at.gr),
  grass: (bus, t, level, at, rand) =>
    addNoiseBurst(bus, t, 0.07, 0.006, level * 0.7, [Biquad.lowpass(bus.sampleRate, 1500), Biquad.highpass(bus.sampleRate, 200)], rand, at.gl, at.gr),
  sand: (bus, t, level, at, rand) =>
    addNoiseBurst(bus, t, 0.1, 0.012, level * 0.6, [Biquad.lowpass(bus.sampleRate, 900), Biquad.highpass(bus.sampleRate, 120)], rand, at.gl, at.gr),
  leaves: (bus, t, level, at, rand) => {
    addNoiseBurst(bus, t, 0.08, 0.005, level * 0.35, [Biquad.highpass(bus.sampleRate, 1200)], rand, at.gl, at.gr);
    grains(bus, t, 14, 0.12, level * 0.45, () => [Biquad.bandpass(bus.sampleRate, 3000 + rand() * 3000, 1.2)], at, rand);
  },
  gravel: (bus, t, level, at, rand) => grains(bus, t, 22, 0.09, level * 0.5, () => [Biquad.bandpass(bus.sampleRate, 1800 + rand() * 2500, 1.5)], at, rand),
};

export function addFootstep(bus: StereoBus, t: number, surface: FootstepSurface, at: Placement, rand: Rand): void {
  const level = 0.18 * (0.8 + 0.4 * rand());
  addMode(bus, t, 82 + rand() * 10, 0.06, level, at.gl, at.gr);
  addMode(bus, t, 165 + rand() * 20, 0.04, level * 0.5, at.gl, at.gr);
  UNDERFOOT[surface](bus, t, level, at, rand);
}
