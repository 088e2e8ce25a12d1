// A small Schroeder/Freeverb-style reverb (parallel damped combs into series all-passes, slightly
// different delays per ear) so impacts sound like they happen in the setting: a long bright tail in a
// gym, a short one in a room, a hint of reflections between street buildings, nearly dry outdoors.
import type { RoomAcoustics } from './reverb-types';
import type { StereoBus } from './bus';

export type { RoomAcoustics } from './reverb-types';

const COMBS = [1116, 1188, 1277, 1356];
const ALLPASS = [556, 441];
const SPREAD = 23;

function process(input: Float32Array, out: Float32Array, sr: number, a: RoomAcoustics, spread: number): void {
  const k = (sr / 44100) * a.size;
  const n = input.length;
  const combs = COMBS.map((d) => ({ buf: new Float32Array(Math.max(1, Math.round((d + spread) * k))), i: 0, lp: 0 }));
  const aps = ALLPASS.map((d) => ({ buf: new Float32Array(Math.max(1, Math.round((d + spread) * (sr / 44100)))), i: 0 }));
  const fb = a.feedback, d1 = a.damping, d2 = 1 - a.damping;
  const gain = 0.015 * 8; // Freeverb's fixed input gain, scaled for 4 combs instead of 8.
  for (let s = 0; s < n; s++) {
    const x = input[s]! * gain;
    let acc = 0;
    for (const c of combs) {
      const y = c.buf[c.i]!;
      c.lp = y * d2 + c.lp * d1;
      c.buf[c.i] = x + c.lp * fb;
      if (++c.i >= c.buf.length) c.i = 0;
      acc += y;
    }
    for (const ap of aps) {
      const b = ap.buf[ap.i]!;
      ap.buf[ap.i] = acc + b * 0.5;
      if (++ap.i >= ap.buf.length) ap.i = 0;
      acc = b - acc;
    }
    out[s]! += acc * a.wet;
  }
}

// Adds the reverb of `dry` (mono sum feeds both ears, as Freeverb does) into `out`.
export function addReverb(dry: StereoBus, out: StereoBus, a: RoomAcoustics): void {
  const mono = new Float32Array(dry.length);
  for (let i = 0; i < dry.length; i++) mono[i] = 0.5 * (dry.left[i]! + dry.right[i]!);
  process(mono, out.left, dry.sampleRate, a, 0);
  process(mono, out.right, dry.sampleRate, a, SPREAD);
}
