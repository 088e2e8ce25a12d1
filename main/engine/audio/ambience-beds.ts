// The layers ambience beds are made of: filtered noise at a set level with a slow envelope, mains
// hum, birdsong and crickets. Settings compose their ambience from these.
import { addChirp, type StereoBus } from './bus';
import { equalPower, seededRandom, subSeed, white, type Biquad, type Rand } from './noise';

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
export function noiseBed(
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

export function hum(bus: StereoBus, freq: number, level: number): void {
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

export function birds(bus: StereoBus, rand: Rand, duration: number): void {
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

export function crickets(bus: StereoBus, rand: Rand, duration: number): void {
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

