// A wooden block reads as wood: its end faces show growth rings round a pith, its side faces long
// streaks along the grain that wander (not the even straight bands of a crate's planks and slats,
// which read as a book's page edges).
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildBox } from '../../main/engine/frames/scene/props';
import { growthRingsSurface } from '../../main/engine/frames/shading/surfaces/growth-rings';
import type { SurfaceSample } from '../../main/engine/frames/shading/surfaces/types';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';

const H = 0.05;
const N = 96;
const pattern = growthRingsSurface(0, 0.6, 7);

// The albedo's brightness the pattern gives at object-space point (x, y, z), as a pixel 0.3 mm wide.
function tone(x: number, y: number, z: number): number {
  const s: SurfaceSample = { x, y, z, lx: x, ly: y, lz: z, nx: 0, ny: 1, nz: 0, footprint: 0.0003, t: 0, r: 1, g: 1, b: 1, roughness: 0.6, metalness: 0, cavity: 1 };
  pattern.apply(s);
  return s.r;
}

// Mean step between neighbouring samples of a face grid along each of its two directions.
function steps(at: (i: number, j: number) => number): { i: number; j: number } {
  let di = 0, dj = 0;
  for (let j = 0; j < N; j++) for (let i = 0; i < N; i++) {
    if (i + 1 < N) di += Math.abs(at(i + 1, j) - at(i, j));
    if (j + 1 < N) dj += Math.abs(at(i, j + 1) - at(i, j));
  }
  return { i: di, j: dj };
}
const c = (k: number): number => -H + (2 * H * k) / (N - 1);

describe('a wooden block', () => {
  it('is one piece of solid wood: the growth rings pattern, no crate slats round it', () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water');
    const block = plan.entities.find((e) => e.kind === 'box')!;
    const mesh = buildBox(block);
    expect((mesh.material as THREE.Material).userData.pattern?.name).toBe('growth-rings');
    // One box: 24 corners (a crate adds two slat boxes).
    expect(mesh.geometry.getAttribute('position').count).toBeLessThanOrEqual(36);
  });

  it('side faces streak along the grain, and the streaks wander along it', () => {
    // The face y = H: i runs along the grain (x), j across it (z).
    const at = (i: number, j: number): number => tone(c(i), H, c(j));
    const { i: along, j: across } = steps(at);
    expect(across).toBeGreaterThan(3 * along);
    // Not even bands: the profile across the grain at one end differs from the other end's.
    const profile = (i: number): number[] => Array.from({ length: N }, (_, j) => at(i, j));
    const a = profile(0), b = profile(N - 1);
    const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
    const ma = mean(a), mb = mean(b);
    let cov = 0, va = 0, vb = 0;
    for (let k = 0; k < N; k++) { cov += (a[k]! - ma) * (b[k]! - mb); va += (a[k]! - ma) ** 2; vb += (b[k]! - mb) ** 2; }
    expect(cov / Math.sqrt(va * vb)).toBeLessThan(0.8);
  });

  it('end faces show rings: dark and light bands cross any line through the face, several times', () => {
    // The face x = H: both directions cut across the rings.
    const at = (i: number, j: number): number => tone(H, c(i), c(j));
    const { i, j } = steps(at);
    expect(Math.min(i, j) / Math.max(i, j)).toBeGreaterThan(0.3);
    // Along the middle row, the bands: how many times it crosses its own mean.
    for (const row of [N / 4, N / 2, (3 * N) / 4]) {
      const line = Array.from({ length: N }, (_, k) => at(k, row));
      const m = line.reduce((s, x) => s + x, 0) / N;
      let crossings = 0;
      for (let k = 1; k < N; k++) if ((line[k]! - m) * (line[k - 1]! - m) < 0) crossings++;
      expect(crossings).toBeGreaterThanOrEqual(6);
    }
  });
});
