// Marching cubes over only the part of a grid the particles reached. three.js's MarchingCubes wipes
// and walks its whole grid (52^3 cells) for every surface every frame, though a stream's or a
// spill's grid holds liquid in a thin column of it: most of a pour's frame went to walking empty
// cells. Here the grid keeps the box of cells the splat touched; only that box is wiped next time
// and only the cubes reaching into it are walked. The cubes are visited in three's order and built
// with its arithmetic (its edge and triangle tables, its float32 buffers), so the surface is the
// same, triangle for triangle: a cube wholly outside the box has every corner empty and draws nothing.
import { edgeTable, triTable, type MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
import type { NativeRender } from '../frames/native-render';

// A box of cells, bounds inclusive (empty while x0 > x1).
export interface CellBox { x0: number; y0: number; z0: number; x1: number; y1: number; z1: number }

export const emptyBox = (): CellBox => ({ x0: 1, y0: 1, z0: 1, x1: 0, y1: 0, z1: 0 });

export function growBox(box: CellBox, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): void {
  if (x0 > x1 || y0 > y1 || z0 > z1) return;
  if (box.x0 > box.x1) { Object.assign(box, { x0, y0, z0, x1, y1, z1 }); return; }
  box.x0 = Math.min(box.x0, x0); box.y0 = Math.min(box.y0, y0); box.z0 = Math.min(box.z0, z0);
  box.x1 = Math.max(box.x1, x1); box.y1 = Math.max(box.y1, y1); box.z1 = Math.max(box.z1, z1);
}

// Three's grid fields this reads and writes (MarchingCubes declares them loosely).
interface Grid { size: number; size2: number; halfsize: number; delta: number; field: Float32Array; palette: Float32Array; normal_cache: Float32Array; positionArray: Float32Array; normalArray: Float32Array; colorArray: Float32Array; isolation: number; count: number }

// What a surface's grid last held: the cells its field, palette and normal cache may be non-zero in.
const dirty = new WeakMap<MarchingCubes, CellBox>();

// Wipes what the last mesh wrote (three's reset(), over the written box only).
export function clearGrid(surface: MarchingCubes): void {
  const g = surface as unknown as Grid;
  const box = dirty.get(surface);
  dirty.set(surface, emptyBox());
  if (!box || box.x0 > box.x1) return;
  const { size, size2, field, palette, normal_cache: nc } = g;
  for (let z = box.z0; z <= box.z1; z++) {
    for (let y = box.y0; y <= box.y1; y++) {
      const row = z * size2 + y * size;
      field.fill(0, row + box.x0, row + box.x1 + 1);
      palette.fill(0, 3 * (row + box.x0), 3 * (row + box.x1 + 1));
      for (let x = box.x0; x <= box.x1; x++) nc[3 * (row + x)] = 0;
    }
  }
}

// The corners of a cube as offsets (in cells along x, y, z), in three's corner order, and its twelve
// edges: the corners each joins and the axis along it, in three's edge order.
const CORNERS = [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1]] as const;
// Which bit of the cube's index each corner sets when below the level (three's: corners 2 and 3, 6 and 7 swap).
const CORNER_BIT = [1, 2, 8, 4, 16, 32, 128, 64] as const;
const EDGES: readonly (readonly [number, number, 0 | 1 | 2])[] = [
  [0, 1, 0], [1, 3, 1], [2, 3, 0], [0, 2, 1], [4, 5, 0], [5, 7, 1], [6, 7, 0], [4, 6, 1], [0, 4, 2], [1, 5, 2], [3, 7, 2], [2, 6, 2],
];

// Meshes the level `isolation` of the field in the cubes reaching into `box` (the cells holding
// anything), as three's update() does for the whole grid (with the native twin when given one);
// the box becomes what clearGrid wipes.
export function meshGrid(surface: MarchingCubes, box: CellBox, native: NativeRender | null = null): void {
  const g = surface as unknown as Grid;
  const { size } = g;
  // The written cells: the box, and the normal cache one cell about it.
  const wrote: CellBox = { x0: Math.max(0, box.x0 - 1), y0: Math.max(0, box.y0 - 1), z0: Math.max(0, box.z0 - 1), x1: Math.min(size - 1, box.x1 + 1), y1: Math.min(size - 1, box.y1 + 1), z1: Math.min(size - 1, box.z1 + 1) };
  dirty.set(surface, box.x0 > box.x1 ? emptyBox() : wrote);
  const count = native
    ? native.meshCubes(g.field, g.palette, g.normal_cache, size, Float64Array.of(box.x0, box.y0, box.z0, box.x1, box.y1, box.z1), g.isolation, edgeTable, triTable, g.positionArray, g.normalArray, g.colorArray)
    : polygonize(g, box);
  g.count = count;
  const geometry = surface.geometry;
  geometry.setDrawRange(0, count);
  for (const name of ['position', 'normal', 'color']) geometry.getAttribute(name).needsUpdate = true;
}

// The JavaScript marching cubes (the reference of native/render/src/cubes.cc); returns the vertex count.
function polygonize(g: Grid, box: CellBox): number {
  const { size, size2, halfsize, delta: d, field, palette, normal_cache: nc, positionArray: pos, normalArray: nor, colorArray: col } = g;
  const isol = g.isolation;
  const last = size - 3;
  const corner = CORNERS.map(([x, y, z]) => x + y * size + z * size2);
  const vlist = new Float32Array(36), nlist = new Float32Array(36), clist = new Float32Array(36);
  const normalAt = (q: number): void => {
    if (nc[3 * q] !== 0) return;
    nc[3 * q] = field[q - 1]! - field[q + 1]!;
    nc[3 * q + 1] = field[q - size]! - field[q + size]!;
    nc[3 * q + 2] = field[q - size2]! - field[q + size2]!;
  };
  let count = 0;
  const cap = pos.length;
  for (let z = Math.max(1, box.z0 - 1); z <= Math.min(last, box.z1); z++) {
    const fz = (z - halfsize) / halfsize;
    for (let y = Math.max(1, box.y0 - 1); y <= Math.min(last, box.y1); y++) {
      const fy = (y - halfsize) / halfsize;
      for (let x = Math.max(1, box.x0 - 1); x <= Math.min(last, box.x1); x++) {
        const q = x + y * size + z * size2;
        let index = 0;
        for (let c = 0; c < 8; c++) if (field[q + corner[c]!]! < isol) index |= CORNER_BIT[c]!;
        const bits = edgeTable[index]!;
        if (bits === 0) continue;
        const fx = (x - halfsize) / halfsize;
        for (let e = 0; e < 12; e++) {
          if (!(bits & (1 << e))) continue;
          const [a, b, axis] = EDGES[e]!;
          const qa = q + corner[a]!, qb = q + corner[b]!;
          normalAt(qa);
          normalAt(qb);
          const va = field[qa]!, mu = (isol - va) / (field[qb]! - va);
          // (the corner's place and the step along the edge summed before rounding to float32, as three does)
          const o = 3 * e, ca = CORNERS[a]!;
          const px = ca[0] ? fx + d : fx, py = ca[1] ? fy + d : fy, pz = ca[2] ? fz + d : fz;
          vlist[o] = axis === 0 ? px + mu * d : px;
          vlist[o + 1] = axis === 1 ? py + mu * d : py;
          vlist[o + 2] = axis === 2 ? pz + mu * d : pz;
          for (let k = 0; k < 3; k++) {
            nlist[o + k] = nc[3 * qa + k]! + (nc[3 * qb + k]! - nc[3 * qa + k]!) * mu;
            clist[o + k] = palette[3 * qa + k]! + (palette[3 * qb + k]! - palette[3 * qa + k]!) * mu;
          }
        }
        for (let i = index << 4; triTable[i] !== -1; i++) {
          const v = 3 * triTable[i]!, c = count * 3;
          // (past the buffers' end three counts on and writes nothing, and so does this)
          if (c < cap) {
            pos[c] = vlist[v]!; pos[c + 1] = vlist[v + 1]!; pos[c + 2] = vlist[v + 2]!;
            nor[c] = nlist[v]!; nor[c + 1] = nlist[v + 1]!; nor[c + 2] = nlist[v + 2]!;
            col[c] = clist[v]!; col[c + 1] = clist[v + 1]!; col[c + 2] = clist[v + 2]!;
          }
          count++;
        }
      }
    }
  }
  return count;
}
