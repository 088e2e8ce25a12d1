// What is seen where nothing was drawn: the sky outdoors (evaluated on a coarse grid, as it changes
// slowly across the frame, and interpolated, with the sun disc added at full resolution), or the
// scene's background colour indoors. native/render/src/sky.cc is its twin (the same floats; the
// clouds' noise was a sixth of a close-up's CPU in JavaScript).
import type * as THREE from 'three';
import { raysArray, type NativeRender } from '../native-render';
import type { RasterTarget } from '../rasterizer/target';
import type { SkyModel } from './sky';
import type { ViewRays } from './view-rays';

const CELL = 4;
const dir = new Float64Array(3);
let grid = new Float32Array(0);
let needed = new Uint8Array(0);

export function drawBackground(target: RasterTarget, rays: ViewRays, sky: SkyModel, background: THREE.Color | null, native: NativeRender | null = null): void {
  const { width: W, height: H, id, hdr } = target;
  if (native) {
    const colour = background ? Float64Array.of(background.r, background.g, background.b) : null;
    native.background(id, hdr, W, H, raysArray(rays), sky.params, sky.backdrop, colour);
    return;
  }
  if (sky.indoor) {
    const r = background?.r ?? 0, g = background?.g ?? 0, b = background?.b ?? 0;
    for (let i = 0; i < W * H; i++) {
      if (id[i] !== 0) continue;
      hdr[i * 3] = r; hdr[i * 3 + 1] = g; hdr[i * 3 + 2] = b;
    }
    return;
  }
  const GW = Math.ceil(W / CELL) + 1, GH = Math.ceil(H / CELL) + 1;
  if (grid.length < GW * GH * 3) {
    grid = new Float32Array(GW * GH * 3);
    needed = new Uint8Array(GW * GH);
  }
  markNeeded(target, GW, GH);
  // Unit ray through pixel (px, py), into `dir`.
  const ray = (px: number, py: number): void => {
    const ndcX = ((px + 0.5) / W) * 2 - 1, ndcY = 1 - ((py + 0.5) / H) * 2;
    const dx = rays.fx + ndcX * rays.rx + ndcY * rays.ux;
    const dy = rays.fy + ndcX * rays.ry + ndcY * rays.uy;
    const dz = rays.fz + ndcX * rays.rz + ndcY * rays.uz;
    const l = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
    dir[0] = dx * l; dir[1] = dy * l; dir[2] = dz * l;
  };
  for (let gy = 0; gy < GH; gy++) {
    for (let gx = 0; gx < GW; gx++) {
      if (!needed[gy * GW + gx]) continue;
      ray(gx * CELL, gy * CELL);
      sky.radiance(dir[0]!, dir[1]!, dir[2]!, grid, (gy * GW + gx) * 3);
    }
  }
  const [sr, sg, sb] = sky.discColor;
  for (let y = 0; y < H; y++) {
    const gy = Math.floor(y / CELL), ty = (y - gy * CELL) / CELL;
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      if (id[i] !== 0) continue;
      const gx = Math.floor(x / CELL), tx = (x - gx * CELL) / CELL;
      const g00 = (gy * GW + gx) * 3, g10 = g00 + 3, g01 = g00 + GW * 3, g11 = g01 + 3;
      const o = i * 3;
      for (let c = 0; c < 3; c++) {
        const top = grid[g00 + c]! + (grid[g10 + c]! - grid[g00 + c]!) * tx;
        const bottom = grid[g01 + c]! + (grid[g11 + c]! - grid[g01 + c]!) * tx;
        hdr[o + c] = top + (bottom - top) * ty;
      }
      if (sr > 0) {
        ray(x, y);
        // The disc hides the sky behind it: a low sun dimmed to orange by the air stays orange
        // instead of washing out to the glow's pale yellow around it.
        const k = sky.disc(dir[0]!, dir[1]!, dir[2]!);
        if (k > 0) { hdr[o] = hdr[o]! + (sr - hdr[o]!) * k; hdr[o + 1] = hdr[o + 1]! + (sg - hdr[o + 1]!) * k; hdr[o + 2] = hdr[o + 2]! + (sb - hdr[o + 2]!) * k; }
      }
    }
  }
}

// A grid point is needed when any of the four cells around it holds a background pixel.
function markNeeded(target: RasterTarget, GW: number, GH: number): void {
  const { width: W, height: H, id } = target;
  needed.fill(0, 0, GW * GH);
  for (let y = 0; y < H; y++) {
    const gy = Math.floor(y / CELL);
    for (let x = 0; x < W; x++) {
      if (id[y * W + x] !== 0) continue;
      const gx = Math.floor(x / CELL);
      const g = gy * GW + gx;
      needed[g] = 1; needed[g + 1] = 1; needed[g + GW] = 1; needed[g + GW + 1] = 1;
    }
  }
}
