// What people are made of, up close: hair reads as hair (strands that run from the crown down, light
// and dark across them, steady along them, fading to an even tone where a pixel covers many), and a
// knight's armour as brushed steel (streaks down the plates), not a chrome mirror.
import { describe, expect, it } from 'vitest';
import { brushedSurface, hairSurface } from '../../main/engine/frames/shading/surfaces';
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

describe('armour', () => {
  // Albedo and roughness of steel (F0 0.6) at a point of a plate facing +z, a close-up's pixel wide.
  function steel(x: number, y: number): { k: number; roughness: number } {
    const s: SurfaceSample = { x, y, z: 0.3, lx: 0, ly: 0, lz: 0, nx: 0, ny: 0, nz: 1, footprint: 0.0004, t: 0, r: 0.6, g: 0.6, b: 0.6, roughness: 0.45, metalness: 1, cavity: 1 };
    brushedSurface(0.45).apply(s);
    return { k: s.r / 0.6, roughness: s.roughness };
  }

  it('is brushed: streaks run down the plate (tone and gloss change across, not along)', () => {
    const across = Array.from({ length: 40 }, (_, i) => steel(0.1 + i * 0.0007, 1.2));
    const along = Array.from({ length: 40 }, (_, i) => steel(0.1, 1.2 + i * 0.0007));
    expect(spread(across.map((p) => p.k))).toBeGreaterThan(0.06);
    expect(spread(across.map((p) => p.roughness))).toBeGreaterThan(0.05);
    expect(spread(along.map((p) => p.k))).toBeLessThan(spread(across.map((p) => p.k)) / 4);
  });
});
