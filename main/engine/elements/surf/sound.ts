// How the surf sounds, from its events: a breaking wave is a low crash (the lip hitting the water)
// that turns into the bore's roar as it runs in; the swash is a hiss that swells as the sheet of
// water spreads up the sand and fades as it stops; the backwash a fizz of draining water and
// tumbling sand grains. A splash is a slap of the surface plus the bubbles it drags under. Louder
// waves are taller ones (their energy goes as the height squared).
import type { TraceEvent } from '../../../contract/world-trace-types';
import { noiseBed } from '../../audio/ambience-beds';
import { addChirp, addNoiseBurst, type StereoBus } from '../../audio/bus';
import { Biquad, white, type Rand } from '../../audio/noise';
import type { Placement } from '../../audio/spatial';
import { deriveSeed } from '../../seeded-random';

type WaveEvent = Extract<TraceEvent, { kind: 'wave' }>;
type Splash = Extract<TraceEvent, { kind: 'splash' }>;

// Filtered noise under an envelope env(u), u from 0 to 1 over durationSec.
function shapedNoise(bus: StereoBus, start: number, durationSec: number, amp: number, env: (u: number) => number, filters: Biquad[], rand: Rand, at: Placement): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(start * sr));
  const len = Math.min(bus.length - n0, Math.ceil(durationSec * sr));
  for (let k = 0; k < len; k++) {
    let x = white(rand);
    for (const f of filters) x = f.process(x);
    const v = x * amp * env(((n0 + k) / sr - start) / durationSec);
    bus.left[n0 + k]! += v * at.gl;
    bus.right[n0 + k]! += v * at.gr;
  }
}

export function addWave(bus: StereoBus, ev: WaveEvent, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const loud = Math.min(1.5, (ev.heightM / 0.7) ** 2);
  if (ev.phase === 'break') {
    addNoiseBurst(bus, ev.t, 1.6, 0.06, 1.2 * loud, [Biquad.lowpass(sr, 700), Biquad.highpass(sr, 40)], rand, at.gl, at.gr);
    addNoiseBurst(bus, ev.t, 0.9, 0.03, 0.6 * loud, [Biquad.bandpass(sr, 1800, 0.7)], rand, at.gl, at.gr);
    // The bore's roar as it runs in, fading as it shrinks.
    shapedNoise(bus, ev.t + 0.2, ev.durationSec, 0.3 * loud, (u) => Math.min(1, u * 6) * (1 - u) ** 1.5, [Biquad.bandpass(sr, 1100, 0.4)], rand, at);
  } else if (ev.phase === 'wash') {
    shapedNoise(bus, ev.t, ev.durationSec, 0.4 * loud, (u) => Math.sin(Math.PI * Math.min(1, u * 1.4)) ** 2 * (1 - 0.5 * u), [Biquad.highpass(sr, 1500), Biquad.lowpass(sr, 8000)], rand, at);
  } else {
    // Backwash: a fizz with the crackle of sand grains (sparse clicks) as the water drains.
    shapedNoise(bus, ev.t, ev.durationSec, 0.16 * loud, (u) => (1 - u) ** 2 * Math.min(1, u * 8), [Biquad.highpass(sr, 3500)], rand, at);
    const clicks = Math.round(60 * ev.durationSec * loud);
    for (let i = 0; i < clicks; i++) {
      const t = ev.t + ev.durationSec * rand() ** 1.5;
      addNoiseBurst(bus, t, 0.004, 0.0003, 0.06 * loud * rand(), [Biquad.bandpass(sr, 4000 + 3000 * rand(), 2)], rand, at.gl, at.gr);
    }
  }
}

export function addSplash(bus: StereoBus, ev: Splash, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const loud = Math.min(1.5, Math.sqrt(0.5 * ev.massKg * ev.speed ** 2) / 3);
  addNoiseBurst(bus, ev.t, 0.25, 0.004, 0.35 * loud, [Biquad.bandpass(sr, 1400, 0.6)], rand, at.gl, at.gr);
  addNoiseBurst(bus, ev.t + 0.05, 0.5, 0.05, 0.12 * loud, [Biquad.highpass(sr, 2500)], rand, at.gl, at.gr);
  // Bubbles ringing up in pitch as they close (Minnaert), bigger ones lower.
  for (let i = 0; i < 6; i++) {
    const f0 = 500 + 1500 * rand();
    addChirp(bus, ev.t + 0.02 + 0.15 * rand(), 0.04, f0, f0 * 1.6, 0.08 * loud, 0, 0, 0, at.gl, at.gr);
  }
}

// The sea farther along the coast: a soft steady wash under the waves in front.
export function distantSurf(bus: StereoBus, seed: number): void {
  const sr = bus.sampleRate;
  noiseBed(bus, deriveSeed(seed, 'far-surf'), 0.006, () => [Biquad.lowpass(sr, 900), Biquad.highpass(sr, 60)], (t) => 1 + 0.2 * Math.sin(t * 0.5));
}
