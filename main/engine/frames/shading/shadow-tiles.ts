// The sun's shadow map changes only where something moves: the static scenery is drawn once, and a
// frame's moving casters cover a small patch of the 2048-texel map. This module tracks that patch
// (a texel rectangle that grows as casters are drawn) and rebuilds the coarse nearest-caster tiles
// over it only, so a frame restores and rescans that patch instead of all four million texels.
// The map and tiles come out exactly as a full rebuild makes them, whatever order frames are drawn in.

// Texels per side of a tile of the coarse nearest-caster map.
export const SHADOW_TILE = 8;

// Half-open texel rectangle [x0, x1) x [y0, y1); empty when x0 >= x1.
export interface TexelRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function emptyRect(): TexelRect {
  return { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
}

export function fullRect(N: number): TexelRect {
  return { x0: 0, y0: 0, x1: N, y1: N };
}

export function isEmptyRect(r: TexelRect): boolean {
  return !(r.x0 < r.x1 && r.y0 < r.y1);
}

// Grows r to hold the texels a triangle with corners spanning [minX, maxX] x [minY, maxY] may
// touch (one texel of margin each way), clamped to the N x N map.
export function growRect(r: TexelRect, minX: number, minY: number, maxX: number, maxY: number, N: number): void {
  if (!(minX <= maxX && minY <= maxY)) return;
  r.x0 = Math.min(r.x0, Math.max(0, Math.floor(minX) - 1));
  r.y0 = Math.min(r.y0, Math.max(0, Math.floor(minY) - 1));
  r.x1 = Math.max(r.x1, Math.min(N, Math.ceil(maxX) + 2));
  r.y1 = Math.max(r.y1, Math.min(N, Math.ceil(maxY) + 2));
}

export function unionRect(a: TexelRect, b: TexelRect): TexelRect {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

// Copies the rectangle of `from` into `to` (both N x N), row by row.
export function copyRect(from: Float32Array, to: Float32Array, N: number, r: TexelRect): void {
  if (isEmptyRect(r)) return;
  for (let y = r.y0; y < r.y1; y++) to.set(from.subarray(y * N + r.x0, y * N + r.x1), y * N + r.x0);
}

// The tiles [tx0, tx1) x [ty0, ty1) a texel rectangle touches (all zero when it is empty).
export function tilesOf(r: TexelRect, TN: number): { tx0: number; ty0: number; tx1: number; ty1: number } {
  if (isEmptyRect(r)) return { tx0: 0, ty0: 0, tx1: 0, ty1: 0 };
  const clamp = (v: number): number => Math.max(0, Math.min(TN, v));
  return {
    tx0: clamp(Math.floor(r.x0 / SHADOW_TILE)), ty0: clamp(Math.floor(r.y0 / SHADOW_TILE)),
    tx1: clamp(Math.ceil(r.x1 / SHADOW_TILE)), ty1: clamp(Math.ceil(r.y1 / SHADOW_TILE)),
  };
}

// rawMin for the tiles [tx0, tx1) x [ty0, ty1): the nearest caster in each; then tileMin for those
// tiles and their neighbours: the nearest over each tile and its eight neighbours. Tiles outside
// keep their values (their texels did not change). native/render/src/shadow.cc shadowTiles mirrors it.
export function buildTiles(
  map: Float32Array, N: number, TN: number, rawMin: Float32Array, tileMin: Float32Array, empty: number,
  tiles: { tx0: number; ty0: number; tx1: number; ty1: number },
): void {
  const { tx0, ty0, tx1, ty1 } = tiles;
  if (tx0 >= tx1 || ty0 >= ty1) return;
  for (let ty = ty0; ty < ty1; ty++) {
    for (let tx = tx0; tx < tx1; tx++) {
      let m = empty;
      const xe = Math.min(N, (tx + 1) * SHADOW_TILE), ye = Math.min(N, (ty + 1) * SHADOW_TILE);
      for (let y = ty * SHADOW_TILE; y < ye; y++) {
        for (let i = y * N + tx * SHADOW_TILE, end = y * N + xe; i < end; i++) if (map[i]! < m) m = map[i]!;
      }
      rawMin[ty * TN + tx] = m;
    }
  }
  for (let ty = Math.max(0, ty0 - 1); ty < Math.min(TN, ty1 + 1); ty++) {
    for (let tx = Math.max(0, tx0 - 1); tx < Math.min(TN, tx1 + 1); tx++) {
      let m = empty;
      for (let j = Math.max(0, ty - 1); j <= Math.min(TN - 1, ty + 1); j++) {
        for (let i = Math.max(0, tx - 1); i <= Math.min(TN - 1, tx + 1); i++) m = Math.min(m, rawMin[j * TN + i]!);
      }
      tileMin[ty * TN + tx] = m;
    }
  }
}
