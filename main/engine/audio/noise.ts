// Deterministic randomness and the few filters the synthesizer needs. Everything audible that is
// "random" (attack noise, ambience, bird timing) comes from here, seeded from the trace's seed, so a
// take always sounds the same.

import { mulberry32 } from '../seeded-random';

export type Rand = () => number;

// Uniform [0, 1) stream for a seed, from the engine's shared PRNG.
export function seededRandom(seed: number): Rand {
  return mulberry32(seed).next;
}

// Mixes a base seed with a label so independent sound sources get independent streams.
export function subSeed(seed: number, label: string | number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  const s = String(label);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

// White noise in [-1, 1).
export function white(rand: Rand): number {
  return rand() * 2 - 1;
}

// RBJ-cookbook biquad, direct form I, processing one sample at a time.
export class Biquad {
  private b0 = 1; private b1 = 0; private b2 = 0; private a1 = 0; private a2 = 0;
  private x1 = 0; private x2 = 0; private y1 = 0; private y2 = 0;

  static lowpass(sr: number, f: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().set('lp', sr, f, q);
  }
  static highpass(sr: number, f: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().set('hp', sr, f, q);
  }
  static bandpass(sr: number, f: number, q = 1): Biquad {
    return new Biquad().set('bp', sr, f, q);
  }

  set(kind: 'lp' | 'hp' | 'bp', sr: number, f: number, q: number): this {
    const w = (2 * Math.PI * Math.min(f, sr * 0.45)) / sr;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number, b1: number, b2: number;
    if (kind === 'lp') { b0 = (1 - cos) / 2; b1 = 1 - cos; b2 = (1 - cos) / 2; }
    else if (kind === 'hp') { b0 = (1 + cos) / 2; b1 = -(1 + cos); b2 = (1 + cos) / 2; }
    else { b0 = alpha; b1 = 0; b2 = -alpha; }
    this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0; this.a2 = (1 - alpha) / a0;
    return this;
  }

  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1; this.x1 = x;
    this.y2 = this.y1; this.y1 = y;
    return y;
  }
}

// Equal-power stereo gains for a pan position in [-1 (left), 1 (right)].
export function equalPower(pan: number): [number, number] {
  const p = Math.min(1, Math.max(-1, pan));
  const a = ((p + 1) * Math.PI) / 4;
  return [Math.cos(a), Math.sin(a)];
}
