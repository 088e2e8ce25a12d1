// Small 3-vector helpers for the body code (kept local and allocation-light: poses are evaluated at
// every physics step).
export type V = [number, number, number];
export const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V, s: number): V => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const len = (a: V): number => Math.hypot(a[0], a[1], a[2]);
export const mid = (a: V, b: V): V => scale(add(a, b), 0.5);
// From a (u = 0) to b (u = 1).
export const lerp = (a: number, b: number, u: number): number => a + (b - a) * u;
export const lerpV = (a: readonly number[], b: readonly number[], u: number): V => [lerp(a[0]!, b[0]!, u), lerp(a[1]!, b[1]!, u), lerp(a[2]!, b[2]!, u)];
export function normalize(a: V, fallback: V): V {
  const l = len(a);
  return l > 1e-9 ? scale(a, 1 / l) : fallback;
}
export const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
