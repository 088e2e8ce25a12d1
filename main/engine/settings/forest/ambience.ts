// The forest's sound over time: wind in gusts (a slow, seeded swell and ebb), the leaves rustling
// with each gust, and songbirds whose singing comes and goes: two kinds, a whistler of slurred notes
// and a trilling one, each busier in some stretches of the clip than in others.
import { noiseBed } from '../../audio/ambience-beds';
import { addChirp, type StereoBus } from '../../audio/bus';
import { Biquad, equalPower, type Rand } from '../../audio/noise';
import { valueNoise } from '../../frames/scene/ground';
import type { AmbienceContext } from '../types';

// Wind strength over time, 0.15..1: gusts a few seconds long.
export function gustAt(t: number, seed: number): number {
  const slow = valueNoise(t / 3.5, 0.5, seed);
  const fast = valueNoise(t / 0.9, 7.5, seed + 1);
  return 0.15 + 0.85 * Math.min(1, Math.max(0, 0.75 * slow + 0.35 * fast - 0.05));
}

// How eager the birds are at time t (0..1): songs cluster, with lulls between.
export function birdActivityAt(t: number, seed: number): number {
  return valueNoise(t / 4, 3.5, seed + 2);
}

function whistler(bus: StereoBus, t: number, rand: Rand, gl: number, gr: number): void {
  const base = 2400 + rand() * 1600;
  const notes = 3 + Math.floor(rand() * 4);
  for (let n = 0; n < notes; n++) {
    const f0 = base * (1 + 0.25 * Math.sin(n * 1.7));
    addChirp(bus, t + n * 0.16, 0.1 + rand() * 0.05, f0, f0 * (0.75 + rand() * 0.5), 0.014, 0.1, 6, 0.01, gl, gr);
  }
}

function triller(bus: StereoBus, t: number, rand: Rand, gl: number, gr: number): void {
  const f = 4200 + rand() * 1500;
  const count = 8 + Math.floor(rand() * 10);
  for (let n = 0; n < count; n++) addChirp(bus, t + n * 0.045, 0.03, f * 1.04, f * 0.96, 0.008, 0.05, 0, 0, gl, gr);
}

function songbirds(bus: StereoBus, rand: Rand, durationSec: number, seed: number): void {
  let t = 0.1 + rand() * 0.5;
  while (t < durationSec - 0.3) {
    // More songs, closer together, while the birds are active.
    const activity = birdActivityAt(t, seed);
    if (rand() < 0.25 + 0.75 * activity) {
      const [gl, gr] = equalPower(rand() * 1.8 - 0.9);
      if (rand() < 0.6) whistler(bus, t, rand, gl, gr);
      else triller(bus, t, rand, gl, gr);
    }
    t += 0.4 + (1 - activity) * 1.6 + rand() * 0.6;
  }
}

// The gust envelope sampled at 200 Hz and read back with linear interpolation: it changes over
// seconds, so evaluating the noise at every audio sample would only cost time.
function gustTable(seed: number, durationSec: number): (t: number) => number {
  const rate = 200;
  const table = Float32Array.from({ length: Math.ceil(durationSec * rate) + 2 }, (_, i) => gustAt(i / rate, seed));
  return (t) => {
    const x = Math.min(Math.max(t * rate, 0), table.length - 1.001);
    const i = Math.floor(x);
    return (table[i] as number) + ((table[i + 1] as number) - (table[i] as number)) * (x - i);
  };
}

export function forestAmbience(bus: StereoBus, { seedFor, rand, durationSec }: AmbienceContext): void {
  const sr = bus.sampleRate;
  const seed = seedFor('gusts');
  const gust = gustTable(seed, durationSec);
  noiseBed(bus, seedFor('wind'), 0.008, () => [Biquad.lowpass(sr, 450), Biquad.highpass(sr, 50)], gust);
  // Leaves answer the wind: a bright rustle that rises steeply with each gust.
  noiseBed(bus, seedFor('leaves'), 0.006, () => [Biquad.highpass(sr, 2200), Biquad.lowpass(sr, 7000)], (t) => gust(t) ** 2);
  songbirds(bus, rand, durationSec, seed);
}
