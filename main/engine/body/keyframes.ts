// Keyframed channels that drive a body: smooth monotone curves through timed keys.
import type { V } from './vector';

export type Key = readonly [time: number, value: number];

// Monotone cubic (Fritsch-Carlson) interpolation: smooth (C1) through every key, and it never
// overshoots, so a knee that should stop at "straight" never bends backwards between keys.
export function channel(keys: readonly Key[], t: number): number {
  const n = keys.length;
  const first = keys[0];
  const last = keys[n - 1];
  if (!first || !last) return 0;
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  let i = 0;
  while (i < n - 2 && t > (keys[i + 1] as Key)[0]) i++;
  const k0 = keys[i] as Key;
  const k1 = keys[i + 1] as Key;
  // Interior tangents from the neighbouring slopes; zero at the ends and at turning points so the
  // motion eases in and out and never overshoots a key.
  const slope = (a: number): number => {
    const p = keys[a - 1];
    const c = keys[a] as Key;
    const nx = keys[a + 1];
    if (!p || !nx) return 0;
    const s0 = (c[1] - p[1]) / (c[0] - p[0]);
    const s1 = (nx[1] - c[1]) / (nx[0] - c[0]);
    if (s0 * s1 <= 0) return 0;
    return harmonic(s0, s1, c[0] - p[0], nx[0] - c[0]);
  };
  const h = k1[0] - k0[0];
  const u = (t - k0[0]) / h;
  const m0 = slope(i) * h;
  const m1 = slope(i + 1) * h;
  const u2 = u * u;
  const u3 = u2 * u;
  return (2 * u3 - 3 * u2 + 1) * k0[1] + (u3 - 2 * u2 + u) * m0 + (-2 * u3 + 3 * u2) * k1[1] + (u3 - u2) * m1;
}

// Weighted harmonic mean of neighbouring slopes (Fritsch-Butland form), which keeps the curve monotone.
function harmonic(s0: number, s1: number, h0: number, h1: number): number {
  const w1 = 2 * h1 + h0;
  const w2 = h1 + 2 * h0;
  return (w1 + w2) / (w1 / s0 + w2 / s1);
}

// A 3-vector channel: three scalar channels sharing key times, split once when the rig is built.
export type VKeys = readonly [Key[], Key[], Key[]];
export function vkeys(times: readonly number[], values: readonly V[]): VKeys {
  const pick = (c: 0 | 1 | 2): Key[] => times.map((time, i) => [time, (values[i] as V)[c]] as const);
  return [pick(0), pick(1), pick(2)];
}
export const vchannel = (k: VKeys, t: number): V => [channel(k[0], t), channel(k[1], t), channel(k[2], t)];
