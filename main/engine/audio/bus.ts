// A stereo buffer plus the primitive sound generators everything else is made of: decaying
// sinusoidal modes, filtered noise bursts and pitch chirps. Start times are in seconds and honoured to
// the sub-sample (the first sample's phase and amplitude account for the fraction), so a sound lands
// exactly where its event is, independent of the video frame rate.
import { white, type Biquad, type Rand } from './noise';

export class StereoBus {
  readonly left: Float32Array;
  readonly right: Float32Array;
  constructor(readonly sampleRate: number, readonly length: number) {
    this.left = new Float32Array(length);
    this.right = new Float32Array(length);
  }
}

// Amplitude below which a decaying tail is cut off (-100 dBFS).
const TAIL_FLOOR = 1e-5;

// Adds amp * e^(-tau/decay) * sin(2 pi f tau) for tau >= 0 from `start` seconds, via a complex
// rotation per sample (one multiply-add pair instead of exp and sin per sample).
export function addMode(bus: StereoBus, start: number, freq: number, t60: number, amp: number, gl: number, gr: number): void {
  const sr = bus.sampleRate;
  if (!(amp > TAIL_FLOOR) || freq <= 0 || freq >= sr / 2) return;
  const n0 = Math.max(0, Math.ceil(start * sr));
  if (n0 >= bus.length) return;
  const decay = t60 / Math.log(1000);
  const dt0 = n0 / sr - start;
  const len = Math.min(bus.length - n0, Math.ceil(decay * sr * Math.log(amp / TAIL_FLOOR)));
  const w = (2 * Math.PI * freq) / sr;
  const r = Math.exp(-1 / (decay * sr));
  const cr = r * Math.cos(w), ci = r * Math.sin(w);
  const a0 = amp * Math.exp(-dt0 / decay);
  let zr = a0 * Math.cos(2 * Math.PI * freq * dt0);
  let zi = a0 * Math.sin(2 * Math.PI * freq * dt0);
  const L = bus.left, R = bus.right;
  for (let k = 0; k < len; k++) {
    const n = n0 + k;
    L[n]! += zi * gl;
    R[n]! += zi * gr;
    const nr = zr * cr - zi * ci;
    zi = zr * ci + zi * cr;
    zr = nr;
  }
}

// Filtered noise with a linear attack and an exponential decay reaching -60 dB at `duration`.
export function addNoiseBurst(
  bus: StereoBus, start: number, duration: number, attack: number, amp: number,
  filters: Biquad[], rand: Rand, gl: number, gr: number,
): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(start * sr));
  const len = Math.min(bus.length - n0, Math.ceil(duration * sr));
  if (len <= 0 || !(amp > 0)) return;
  const decay = Math.max(duration - attack, 1e-4) / Math.log(1000);
  const L = bus.left, R = bus.right;
  for (let k = 0; k < len; k++) {
    const tau = (n0 + k) / sr - start;
    const env = tau < attack ? tau / attack : Math.exp(-(tau - attack) / decay);
    let x = white(rand);
    for (const f of filters) x = f.process(x);
    const v = x * env * amp;
    L[n0 + k]! += v * gl;
    R[n0 + k]! += v * gr;
  }
}

// A sine sweeping f0 -> f1 with a soft envelope and a second harmonic: shoe squeaks, bird chirps.
export function addChirp(
  bus: StereoBus, start: number, duration: number, f0: number, f1: number, amp: number,
  harmonic: number, vibratoHz: number, vibratoDepth: number, gl: number, gr: number,
): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(start * sr));
  const len = Math.min(bus.length - n0, Math.ceil(duration * sr));
  if (len <= 0) return;
  let phase = 0;
  const L = bus.left, R = bus.right;
  for (let k = 0; k < len; k++) {
    const u = k / len;
    const env = Math.sin(Math.PI * u) ** 2;
    const f = (f0 + (f1 - f0) * u) * (1 + vibratoDepth * Math.sin(2 * Math.PI * vibratoHz * (k / sr)));
    phase += (2 * Math.PI * f) / sr;
    const v = amp * env * (Math.sin(phase) + harmonic * Math.sin(2 * phase));
    L[n0 + k]! += v * gl;
    R[n0 + k]! += v * gr;
  }
}
