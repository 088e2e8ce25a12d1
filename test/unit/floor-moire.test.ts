// Fine procedural detail on floors (board gaps, a rug's weave) is filtered by each pixel's
// footprint: seen at a slant it fades to its mean instead of beating against the pixel grid into
// concentric rings (the QA probe saw them on the gym's boards and the room's rug).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { sampleBasketballTake } from '../../main/engine/frames/sample-scene';
import { clothSurface } from '../../main/engine/frames/shading/surfaces/organic';
import type { SurfacePattern, SurfaceSample } from '../../main/engine/frames/shading/surfaces/types';
import { woodSurface } from '../../main/engine/frames/shading/surfaces/wood';
import { objectPixels } from '../helpers/frame-ids';

// Variance of the band-passed luminance (3x3 box minus 11x11 box) over the pixels whose whole
// 11x11 neighbourhood shows the mask: rings a few pixels apart show here, smooth shading does not.
function bandPassVariance(px: Uint8Array, W: number, H: number, mask: Uint8Array): { variance: number; count: number } {
  const lum = (x: number, y: number): number => {
    const i = (y * W + x) * 4;
    return 0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!;
  };
  const box = (x: number, y: number, r: number): number => {
    let s = 0;
    for (let j = -r; j <= r; j++) for (let i = -r; i <= r; i++) s += lum(x + i, y + j);
    return s / (2 * r + 1) ** 2;
  };
  const inside = (x: number, y: number): boolean => {
    for (let j = -5; j <= 5; j++) for (let i = -5; i <= 5; i++) if (!mask[(y + j) * W + x + i]) return false;
    return true;
  };
  let s = 0, s2 = 0, count = 0;
  for (let y = 5; y < H - 5; y += 2) {
    for (let x = 5; x < W - 5; x += 2) {
      if (!inside(x, y)) continue;
      const v = box(x, y, 1) - box(x, y, 5);
      s += v; s2 += v * v; count++;
    }
  }
  return { variance: s2 / count - (s / count) ** 2, count };
}

function shadeAt(p: SurfacePattern, x: number, z: number, footprint: number): number {
  const s: SurfaceSample = { x, y: 0.01, z, lx: x, ly: 0.01, lz: z, nx: 0, ny: 1, nz: 0, footprint, t: 0, r: 1, g: 1, b: 1, roughness: 1, metalness: 0, cavity: 1 };
  p.apply(s);
  return s.r;
}

// A row of pixels `footprint` apart across a pattern, each shaded once (as the shading pass does),
// against the pattern's true average over each pixel (48 samples of its unfiltered detail). Returns
// the mean error (a level shift) and the RMS of the error low-passed over 4 pixels (beats: rings).
function aliasing(p: SurfacePattern, footprint: number): { bias: number; rings: number } {
  const n = 400, err: number[] = [];
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const z = 3.1 + i * footprint, x = 0.37 + 0.013 * i;
    let truth = 0;
    for (let k = 0; k < 48; k++) truth += shadeAt(p, x, z + ((k + 0.5) / 48 - 0.5) * footprint, 1e-5) / 48;
    mean += truth / n;
    err.push(shadeAt(p, x, z, footprint) - truth);
  }
  const bias = err.reduce((a, b) => a + b) / n;
  let e = 0, c = 0;
  for (let i = 0; i + 4 <= n; i++, c++) e += ((err[i]! + err[i + 1]! + err[i + 2]! + err[i + 3]! - 4 * bias) / 4) ** 2;
  return { bias: bias / mean, rings: Math.sqrt(e / c) / mean };
}

describe('floor detail seen at a slant', () => {
  it('the gym floor shows no rings: band-passed floor pixels vary a thirtieth as much (2.0, was 60)', () => {
    const { plan, trace } = sampleBasketballTake({ camera: { shot: 'wide', angle: 'side' } });
    const r = createFrameRenderer(plan, trace, { grain: false });
    const px = r.renderFrame(48);
    const floor = objectPixels(r, 'floor');
    const { variance, count } = bandPassVariance(px, r.width, r.height, floor.mask);
    expect(count).toBeGreaterThan(2000);
    expect(variance).toBeLessThan(6);
  }, 60_000);

  it("a rug's weave fades out before it aliases: no beats at 3 mm pixels (3.3% before)", () => {
    const rug = clothSurface(0.95);
    for (const footprint of [0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.04]) {
      const { bias, rings } = aliasing(rug, footprint);
      expect(rings, `rings at a ${footprint} m footprint`).toBeLessThan(0.01);
      expect(Math.abs(bias), `level at a ${footprint} m footprint`).toBeLessThan(0.01);
    }
  });

  it('board gaps grey out to their share of the floor: far boards are as bright as near ones (10-40% darker before)', () => {
    const boards = woodSurface({ along: [1, 0], boardWidthM: 0.057, boardLengthM: 2.4, roughness: 0.32, seed: 7 });
    for (const footprint of [0.002, 0.005, 0.01, 0.02, 0.04, 0.07, 0.12]) {
      expect(Math.abs(aliasing(boards, footprint).bias), `level at a ${footprint} m footprint`).toBeLessThan(0.02);
    }
  });
});
