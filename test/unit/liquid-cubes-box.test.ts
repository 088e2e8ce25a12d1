// The liquid's surface meshed over only the cells the particles reached (liquids/cubes-box.ts) is
// three's MarchingCubes surface, triangle for triangle, frame after frame: the same vertices,
// normals and foam colours in the same order, the grid wiped between frames where it was written.
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import { clearGrid, emptyBox, growBox, meshGrid } from '../../main/engine/liquids/cubes-box';

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
  it('draws what three draws over the whole grid, frame after frame', () => {
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
      meshGrid(ours, box);
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
});
