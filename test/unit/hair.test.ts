// Hair reads as hair: strands that run from the crown down (light and dark across them, steady
// along them), fading to an even tone where a pixel covers many strands.
import { describe, expect, it } from 'vitest';
import { hairSurface } from '../../main/engine/frames/shading/surfaces';
import type { SurfaceSample } from '../../main/engine/frames/shading/surfaces';

const GREY = 0.35;
function albedo(lx: number, ly: number, lz: number, footprint: number): number {
  const s: SurfaceSample = { x: 0, y: 0, z: 0, lx, ly, lz, nx: 0, ny: 1, nz: 0, footprint, t: 0, r: GREY, g: GREY, b: GREY, roughness: 0.7, metalness: 0, cavity: 1 };
  hairSurface(0.12).apply(s);
  return s.r;
}

const spread = (v: number[]): number => Math.max(...v) - Math.min(...v);

describe('hair', () => {
  it('has strands: tone changes across them (around the crown) far more than along them (down the head)', () => {
    const across = Array.from({ length: 40 }, (_, i) => albedo(Math.cos(i * 0.01), 0.3, Math.sin(i * 0.01), 0.0005));
    const along = Array.from({ length: 40 }, (_, i) => albedo(1, 0.3 + i * 0.001, 0, 0.0005));
    expect(spread(across)).toBeGreaterThan(0.2 * GREY);
    expect(spread(along)).toBeLessThan(spread(across) / 3);
  });

  it('evens out where one pixel covers many strands (no shimmer in a wide shot)', () => {
    const far = Array.from({ length: 40 }, (_, i) => albedo(Math.cos(i * 0.01), 0.3, Math.sin(i * 0.01), 0.05));
    expect(spread(far)).toBeLessThan(0.1 * GREY);
  });
});
