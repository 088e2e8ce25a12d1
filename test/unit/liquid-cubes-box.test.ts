// The liquid's surface meshed over only the cells the particles reached (liquids/cubes-box.ts) is
// three's MarchingCubes surface, triangle for triangle, frame after frame: the same vertices,
// normals and foam colours in the same order, the grid wiped between frames where it was written;
// the native twins (native/render/src/cubes.cc) mesh and splat the same bytes.
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { LiquidTrace } from '../../main/contract/world-trace-types';
import { nativeRender } from '../../main/engine/frames/native-render';
import { clearGrid, emptyBox, growBox, meshGrid } from '../../main/engine/liquids/cubes-box';
import { ContainerShape } from '../../main/engine/liquids/container';
import { drawLiquid } from '../../main/engine/liquids/draw';
import type { LiquidWall } from '../../main/engine/liquids/walls';
import { objectModule } from '../../main/engine/objects';

const SIZE = 40;

// A few soft blobs (and foam in the palette's red) written into a grid; returns the cells written.
function blobs(cubes: MarchingCubes, centres: [number, number, number, number][]): ReturnType<typeof emptyBox> {
  const box = emptyBox();
  for (const [cx, cy, cz, r] of centres) {
    const lo = (c: number): number => Math.max(1, Math.ceil(c - r)), hi = (c: number): number => Math.min(SIZE - 2, Math.floor(c + r));
    growBox(box, lo(cx), lo(cy), lo(cz), hi(cx), hi(cy), hi(cz));
    for (let z = lo(cz); z <= hi(cz); z++) for (let y = lo(cy); y <= hi(cy); y++) for (let x = lo(cx); x <= hi(cx); x++) {
      const q = 1 - ((x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2) / (r * r);
      if (q <= 0) continue;
      const at = x + y * SIZE + z * SIZE * SIZE;
      cubes.field[at]! += q * q;
      cubes.palette[3 * at]! += 0.3 * q;
    }
  }
  return box;
}

const grid = (): MarchingCubes => {
  const cubes = new MarchingCubes(SIZE, new THREE.MeshBasicMaterial(), false, true, 20000);
  cubes.isolation = 0.4;
  return cubes;
};

function mesh(cubes: MarchingCubes): { count: number; pos: number[]; nor: number[]; col: number[] } {
  const n = cubes.count * 3;
  return { count: cubes.count, pos: [...cubes.positionArray.subarray(0, n)], nor: [...cubes.normalArray.subarray(0, n)], col: [...cubes.colorArray!.subarray(0, n)] };
}

describe('marching cubes over the written cells', () => {
  it.each(['js', 'native'] as const)('draws what three draws over the whole grid, frame after frame (%s)', (passes) => {
    const native = passes === 'native' ? nativeRender() : null;
    if (passes === 'native') expect(native).not.toBeNull();
    const ours = grid(), three = grid();
    // A column (a stream) then a low wide pool: the second frame's box is elsewhere, so anything left
    // of the first that the wipe missed would show.
    const frames: [number, number, number, number][][] = [
      [[10, 8, 12, 3.2], [10.5, 14, 12, 3.1], [11, 20, 12.5, 3], [11, 26, 13, 3.3]],
      [[25, 6, 25, 4.5], [30, 6, 26, 4.2], [27.5, 8, 30, 3.8]],
      [[20, 20, 20, 2.5]],
    ];
    for (const centres of frames) {
      clearGrid(ours);
      const box = blobs(ours, centres);
      meshGrid(ours, box, native);
      three.reset();
      blobs(three, centres);
      three.update();
      const a = mesh(ours), b = mesh(three);
      expect(a.count).toBeGreaterThan(300);
      expect(a).toEqual(b);
      expect(ours.geometry.drawRange.count).toBe(three.geometry.drawRange.count);
    }
  });

  it('draws nothing from an empty grid after a full one', () => {
    const cubes = grid();
    meshGrid(cubes, blobs(cubes, [[20, 20, 20, 5]]));
    expect(cubes.count).toBeGreaterThan(0);
    clearGrid(cubes);
    expect(cubes.field.every((v) => v === 0)).toBe(true);
    expect(cubes.palette.every((v) => v === 0)).toBe(true);
    meshGrid(cubes, emptyBox());
    expect(cubes.count).toBe(0);
  });

  // A glass's worth poured: a block, a falling column with foam at its foot, in three frames.
  it('splats and meshes a pour to the same bytes natively as in JavaScript', () => {
    const frames: number[][] = [];
    for (let f = 0; f < 3; f++) {
      const points: number[] = [];
      for (let i = 0; i < 10; i++) for (let j = 0; j < 8; j++) for (let k = 0; k < 10; k++) points.push(i * 4 + j % 2, 800 + j * 4, k * 4);
      for (let j = 0; j < 40; j++) points.push(60 + (j % 3), 900 + 12 * j - 30 * f * f, 20 + (j % 2));
      frames.push(points);
    }
    const liquid: LiquidTrace = { kind: 'water', spacingM: 0.004, count: frames[0]!.length / 3, frames };
    // In a tipped glass, whose wall the surface is kept inside of (draw.ts clipToCavities).
    const glass: LiquidWall = { shape: new ContainerShape(objectModule('glass')), position: [0.02, 0.85, 0.018], rotation: { x: 0, y: 0, z: Math.sin(0.1), w: Math.cos(0.1) } };
    const walls = (): LiquidWall[] => [glass];
    const js = drawLiquid(liquid, walls, 24, null), native = drawLiquid(liquid, walls, 24, nativeRender());
    expect(mesh(js.surfaces[0]!)).not.toEqual(mesh(drawLiquid(liquid, () => [], 24, null).surfaces[0]!));
    // (built at frame 0; frame 2 has the column foaming and streaking)
    for (const f of [0, 2]) {
      if (f > 0) { js.update(f); native.update(f); }
      const a = js.surfaces.map(mesh), b = native.surfaces.map(mesh);
      expect(a[0]!.count).toBeGreaterThan(300);
      expect(b).toEqual(a);
    }
    expect(js.surfaces.some((s) => s.colorArray!.subarray(0, 3 * s.count).some((c) => c > 0))).toBe(true);
  });
});
