// Background beds, one per setting, quiet enough to sit under the events (around -40..-30 dBFS) and
// fully deterministic from the trace seed:
//   gym: low room tone and the hum of the lights; street: traffic rumble with a car passing;
//   park: wind and birds (crickets at night); beach: waves washing in and out; room: quiet tone.
import type { ScenePlan } from '../../contract/scene-plan';
import { addChirp, addNoiseBurst, type StereoBus } from './bus';
import { Biquad, equalPower, seededRandom, subSeed, white, type Rand } from './noise';

// RMS of white noise through `filters`, measured on a short calibration run, so beds can be
// specified by the level they should have rather than by a gain that depends on the bandwidth.
function filteredRms(filters: Biquad[], seed: number, sr: number): number {
  const rand = seededRandom(seed);
  const n = Math.round(sr * 0.5);
  let e = 0;
  for (let i = 0; i < n; i++) {
    let x = white(rand);
    for (const f of filters) x = f.process(x);
    if (i > n / 5) e += x * x;
  }
  return Math.sqrt(e / (n - Math.ceil(n / 5))) || 1;
}

// Two decorrelated filtered-noise channels at RMS `level`, with a slow level wobble.
function noiseBed(
  bus: StereoBus, seed: number, level: number, filters: () => Biquad[],
  wobble: (t: number) => number,
): void {
  const sr = bus.sampleRate;
  const norm = level / filteredRms(filters(), subSeed(seed, 'calibrate'), sr);
  const randL = seededRandom(subSeed(seed, 'L'));
  const randR = seededRandom(subSeed(seed, 'R'));
  const fl = filters();
  const fr = filters();
  // Fade in/out over 150 ms so the bed never starts or stops with a click.
  const fade = Math.max(1, Math.round(0.15 * sr));
  for (let i = 0; i < bus.length; i++) {
    let l = white(randL);
    let r = white(randR);
    for (const f of fl) l = f.process(l);
    for (const f of fr) r = f.process(r);
    const edge = Math.min(1, i / fade, (bus.length - 1 - i) / fade);
    const g = norm * wobble(i / sr) * edge;
    bus.left[i]! += l * g;
    bus.right[i]! += r * g;
  }
}

function hum(bus: StereoBus, freq: number, level: number): void {
  const sr = bus.sampleRate;
  const fade = Math.max(1, Math.round(0.15 * sr));
  for (let i = 0; i < bus.length; i++) {
    const t = i / sr;
    const edge = Math.min(1, i / fade, (bus.length - 1 - i) / fade);
    const v = level * edge * (Math.sin(2 * Math.PI * freq * t) + 0.5 * Math.sin(4 * Math.PI * freq * t) + 0.2 * Math.sin(6 * Math.PI * freq * t));
    bus.left[i]! += v;
    bus.right[i]! += v;
  }
}

function birds(bus: StereoBus, rand: Rand, duration: number): void {
  let t = 0.2 + rand() * 0.8;
  while (t < duration - 0.3) {
    const [gl, gr] = equalPower(rand() * 1.6 - 0.8);
    const base = 2600 + rand() * 2200;
    const notes = 2 + Math.floor(rand() * 4);
    for (let n = 0; n < notes; n++) {
      const up = rand() < 0.5;
      addChirp(bus, t + n * 0.11, 0.06 + rand() * 0.05, base * (up ? 0.85 : 1.15), base * (up ? 1.15 : 0.85), 0.012, 0.15, 0, 0, gl, gr);
    }
    t += 0.7 + rand() * 1.8;
  }
}

function crickets(bus: StereoBus, rand: Rand, duration: number): void {
  for (let c = 0; c < 3; c++) {
    const [gl, gr] = equalPower(rand() * 1.6 - 0.8);
    const f = 4300 + rand() * 600;
    let t = rand() * 0.5;
    while (t < duration - 0.1) {
      for (let p = 0; p < 3; p++) addChirp(bus, t + p * 0.035, 0.022, f, f, 0.006, 0, 0, 0, gl, gr);
      t += 0.45 + rand() * 0.35;
    }
  }
}

export function addAmbience(bus: StereoBus, plan: ScenePlan, seed: number): void {
  const sr = bus.sampleRate;
  const duration = bus.length / sr;
  const s = (label: string): number => subSeed(seed, `ambience:${label}`);
  const rand = seededRandom(s('events'));
  switch (plan.setting.kind) {
    case 'gym':
      noiseBed(bus, s('tone'), 0.006, () => [Biquad.lowpass(sr, 220), Biquad.highpass(sr, 30)], (t) => 1 + 0.1 * Math.sin(t * 0.7));
      noiseBed(bus, s('air'), 0.0012, () => [Biquad.bandpass(sr, 1800, 0.5)], () => 1);
      hum(bus, 120, 0.0012);
      break;
    case 'room':
      noiseBed(bus, s('tone'), 0.0025, () => [Biquad.lowpass(sr, 300), Biquad.highpass(sr, 40)], () => 1);
      hum(bus, 50, 0.0005);
      break;
    case 'street': {
      noiseBed(bus, s('rumble'), 0.014, () => [Biquad.lowpass(sr, 140), Biquad.highpass(sr, 25)], (t) => 1 + 0.25 * Math.sin(t * 0.9 + 1));
      noiseBed(bus, s('city'), 0.003, () => [Biquad.bandpass(sr, 900, 0.4)], () => 1);
      // A car passing behind the action, left to right.
      const start = rand() * Math.max(0.1, duration - 3);
      const steps = 8;
      for (let i = 0; i < steps; i++) {
        const [gl, gr] = equalPower(-0.9 + (1.8 * i) / (steps - 1));
        const swell = Math.sin((Math.PI * (i + 0.5)) / steps);
        addNoiseBurst(bus, start + i * 0.3, 0.6, 0.25, 0.06 * swell, [Biquad.lowpass(sr, 600), Biquad.highpass(sr, 60)], rand, gl, gr);
      }
      break;
    }
    case 'park':
      noiseBed(bus, s('wind'), 0.007, () => [Biquad.lowpass(sr, 500), Biquad.highpass(sr, 60)], (t) => 0.7 + 0.3 * Math.sin(t * 0.5) * Math.sin(t * 1.3 + 2));
      if (plan.setting.timeOfDay === 'night') crickets(bus, rand, duration);
      else birds(bus, rand, duration);
      break;
    case 'beach':
      // Waves: a broad wash every ~7 s, with the hiss of water drawing back.
      noiseBed(bus, s('waves'), 0.022, () => [Biquad.lowpass(sr, 1200), Biquad.highpass(sr, 80)], (t) => {
        const ph = (t / 7 + 0.3) % 1;
        return 0.25 + 0.75 * Math.pow(Math.sin(Math.PI * ph), 3);
      });
      noiseBed(bus, s('hiss'), 0.004, () => [Biquad.highpass(sr, 3000)], (t) => 0.4 + 0.6 * Math.pow(Math.sin(Math.PI * ((t / 7 + 0.1) % 1)), 2));
      if (plan.setting.timeOfDay !== 'night') birds(bus, rand, duration * 0.5);
      break;
  }
}
