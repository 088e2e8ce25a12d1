// Ambient occlusion from the G-buffer (after McGuire et al., "The Alchemy Screen-Space Ambient
// Obscurance Algorithm", 2011): for each pixel, points reconstructed from nearby pixels within half a
// metre that rise above its surface hide part of its sky. Corners, creases, the floor under a ball
// and round a standing person darken; open ground stays bright. Computed on a coarse grid with a
// rotating sample spiral, blurred with depth awareness, and read back bilinearly.
import { raysArray, type NativeRender } from '../native-render';
import type { RasterTarget } from '../rasterizer/target';
import { lightsHere } from './shade-plan';
import type { ViewRays } from './view-rays';

// World radius of the occlusion neighbourhood (metres), samples per pixel.
const RADIUS_M = 0.5;
const SAMPLES = 6;
// Strength. Indoors, where the ceiling lights and windows are a broad source (area-light.ts), 2.4: at
// 1.3 the floor at a sofa's foot, after the grid's blur, kept 0.84 of its sky (a floor at the foot of
// a wall sees half of it), 0.75 at 2.4. Outdoors under a sun 1.3: at 2.4 a man's chin darkened his
// neck over a crew neckline so it read as cut straight across (people-clothes.test.ts).
export const OCCLUSION_STRENGTH = { indoor: 2.4, outdoor: 1.3 } as const;
// Ignore tiny rises (noise on flat ground), relative to distance.
const BETA = 0.002;
// The sample disc's radius in pixels is capped (near the lens), and below MIN_PX there is nothing to
// sample. SOFTEN keeps the falloff finite at zero distance.
const MAX_PX = 48;
const MIN_PX = 1.5;
const SOFTEN = 0.01;
// The blur: taps each side, and the relative depth step it does not mix across.
const BLUR_TAPS = 3;
const BLUR_EDGE = 0.1;

// Spiral offsets (unit disc) and per-pixel rotations (4x4 interleaved pattern).
const SPIRAL: number[] = [];
for (let k = 0; k < SAMPLES; k++) {
  const a = (k + 0.5) * 2.399963; // golden angle
  const r = Math.sqrt((k + 0.5) / SAMPLES);
  SPIRAL.push(Math.cos(a) * r, Math.sin(a) * r);
}
const ROT = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5].map((k) => (k / 16) * Math.PI * 2);
// The spiral and the rotations' cosines and sines, as both passes (JavaScript and native) read them.
const SPIRAL_XY = Float64Array.from(SPIRAL);
const ROT_COS = Float64Array.from(ROT, Math.cos);
const ROT_SIN = Float64Array.from(ROT, Math.sin);

export class AmbientOcclusion {
  // Occlusion is soft and wide, so it is computed on a grid of about 120 rows whatever the frame
  // size (every 4th pixel at 480p, every 6th at 720p, every 9th at 1080p) and interpolated up.
  private readonly scale: number;
  private readonly hw: number;
  private readonly hh: number;
  private readonly half: Float32Array;
  private readonly tmp: Float32Array;
  private readonly halfDepth: Float32Array;
  // Full-resolution result (1 = open).
  readonly ao: Float32Array;

  constructor(private readonly width: number, private readonly height: number, private readonly strength: number = OCCLUSION_STRENGTH.outdoor) {
    this.scale = Math.max(2, Math.floor(height / 120));
    this.hw = Math.ceil(width / this.scale);
    this.hh = Math.ceil(height / this.scale);
    this.half = new Float32Array(this.hw * this.hh);
    this.tmp = new Float32Array(this.hw * this.hh);
    this.halfDepth = new Float32Array(this.hw * this.hh);
    this.ao = new Float32Array(width * height);
  }

  // With the native pass when given one (the same sums in C++). With a shading plan (shade-plan.ts)
  // only the pixels it lights are read back; the others are left as they were (nothing reads them).
  compute(target: RasterTarget, rays: ViewRays, native: NativeRender | null = null, need: Uint8Array | null = null): Float32Array {
    if (native) {
      const params = Float64Array.of(RADIUS_M, this.strength, BETA, MAX_PX, MIN_PX, BLUR_EDGE, SOFTEN, SAMPLES, this.scale, this.hw, this.hh, BLUR_TAPS);
      native.occlusion(target.depth, target.normal, target.id, this.width, this.height, raysArray(rays), params,
        SPIRAL_XY, ROT_COS, ROT_SIN, this.half, this.tmp, this.halfDepth, this.ao, need);
      return this.ao;
    }
    this.obscurance(target, rays);
    this.blur(1, 0);
    this.blur(0, 1);
    this.upsample(target, need);
    return this.ao;
  }

  private obscurance(target: RasterTarget, rays: ViewRays): void {
    const { width: W, height: H, depth, normal, id } = target;
    const { hw, hh, half, halfDepth } = this;
    const world = (x: number, y: number, w: number, out: Float64Array): void => {
      const nx = ((x + 0.5) / W) * 2 - 1, ny = 1 - ((y + 0.5) / H) * 2;
      out[0] = rays.px + (rays.fx + nx * rays.rx + ny * rays.ux) * w;
      out[1] = rays.py + (rays.fy + nx * rays.ry + ny * rays.uy) * w;
      out[2] = rays.pz + (rays.fz + nx * rays.rz + ny * rays.uz) * w;
    };
    const c = new Float64Array(3), q = new Float64Array(3);
    for (let j = 0; j < hh; j++) {
      for (let i = 0; i < hw; i++) {
        const x = Math.min(W - 1, i * this.scale), y = Math.min(H - 1, j * this.scale);
        const p = y * W + x;
        const h = j * hw + i;
        halfDepth[h] = depth[p]!;
        if (id[p] === 0) { half[h] = 1; continue; }
        const w = 1 / depth[p]!;
        world(x, y, w, c);
        const nx = normal[p * 3]!, ny = normal[p * 3 + 1]!, nz = normal[p * 3 + 2]!;
        const rPx = Math.min(MAX_PX, RADIUS_M / (w * rays.pixelAngle));
        if (rPx < MIN_PX) { half[h] = 1; continue; }
        // Near the lens the disc is capped, and reaches less far than RADIUS_M: occluders are counted
        // only within the reach it samples all round. Beyond it, a bowl's near rim was counted only
        // where it happened to fall into the disc, at the ends of its ellipse: a dark blot on the far
        // inner wall.
        const reach = rPx * w * rays.pixelAngle, r2 = reach * reach;
        const rot = (j & 3) * 4 + (i & 3);
        const cs = ROT_COS[rot]! * rPx, sn = ROT_SIN[rot]! * rPx;
        let sum = 0;
        for (let k = 0; k < SAMPLES; k++) {
          const ox = SPIRAL[k * 2]!, oy = SPIRAL[k * 2 + 1]!;
          const sx = Math.round(x + ox * cs - oy * sn), sy = Math.round(y + ox * sn + oy * cs);
          if (sx < 0 || sy < 0 || sx >= W || sy >= H) continue;
          const s = sy * W + sx;
          if (id[s] === 0) continue;
          world(sx, sy, 1 / depth[s]!, q);
          const vx = q[0]! - c[0]!, vy = q[1]! - c[1]!, vz = q[2]! - c[2]!;
          const vv = vx * vx + vy * vy + vz * vz;
          if (vv > r2) continue;
          // Fades out towards the edge of the neighbourhood, so a sofa does not throw a dark halo on
          // a wall behind it.
          const fade = 1 - vv / r2;
          const rise = vx * nx + vy * ny + vz * nz - BETA * w;
          if (rise > 0) sum += (rise * fade * fade) / (vv + SOFTEN);
        }
        const a = 1 - (2 * this.strength * sum) / SAMPLES;
        half[h] = a < 0 ? 0 : a;
      }
    }
  }

  // One pass of a 7-tap blur that does not mix across depth edges.
  private blur(dx: number, dy: number): void {
    const { hw, hh, half, tmp, halfDepth } = this;
    for (let j = 0; j < hh; j++) {
      for (let i = 0; i < hw; i++) {
        const h = j * hw + i;
        const d0 = halfDepth[h]!;
        let sum = half[h]!, wsum = 1;
        for (let k = -BLUR_TAPS; k <= BLUR_TAPS; k++) {
          if (k === 0) continue;
          const x = i + k * dx, y = j + k * dy;
          if (x < 0 || y < 0 || x >= hw || y >= hh) continue;
          const s = y * hw + x;
          const d = halfDepth[s]!;
          // Depth is 1/w: compare relatively.
          if (Math.abs(d - d0) > BLUR_EDGE * d0) continue;
          sum += half[s]!; wsum++;
        }
        tmp[h] = sum / wsum;
      }
    }
    half.set(tmp);
  }

  // Back to full resolution, bilinearly but only from grid points on the pixel's own surface (the
  // same object, at its depth): a plain bilinear read gave the table beside a book the open sky of
  // the book's top, a bright fringe stepping every grid cell along the book's sides.
  private upsample(target: RasterTarget, need: Uint8Array | null): void {
    const { width: W, height: H, hw, hh, half, halfDepth, ao, scale } = this;
    const { depth, id } = target;
    // The full-resolution pixel each grid point was computed at.
    const at = (i: number, j: number): number => Math.min(H - 1, j * scale) * W + Math.min(W - 1, i * scale);
    for (let y = 0; y < H; y++) {
      const fy = Math.min(hh - 1, y / scale), j = Math.min(hh - 2, Math.floor(fy)), ty = Math.max(0, fy - j);
      for (let x = 0; x < W; x++) {
        const q = y * W + x;
        if (need && !lightsHere(need, q)) continue;
        const fx = Math.min(hw - 1, x / scale), i = Math.min(hw - 2, Math.floor(fx)), tx = Math.max(0, fx - i);
        const a = j * hw + i, d = depth[q]!, o = id[q]!;
        const reach = 1 / (BLUR_EDGE * d);
        const w00 = (1 - tx) * (1 - ty) * sameSurface(halfDepth[a]!, d, reach, id[at(i, j)] === o);
        const w01 = tx * (1 - ty) * sameSurface(halfDepth[a + 1]!, d, reach, id[at(i + 1, j)] === o);
        const w10 = (1 - tx) * ty * sameSurface(halfDepth[a + hw]!, d, reach, id[at(i, j + 1)] === o);
        const w11 = tx * ty * sameSurface(halfDepth[a + hw + 1]!, d, reach, id[at(i + 1, j + 1)] === o);
        ao[q] = (half[a]! * w00 + half[a + 1]! * w01 + half[a + hw]! * w10 + half[a + hw + 1]! * w11) / (w00 + w01 + w10 + w11);
      }
    }
  }
}

// How much a grid point at depth `grid` speaks for a pixel at depth `pixel` (both 1/w): fully on the
// same object at about its depth, hardly at all on another object or across a depth step (BLUR_EDGE,
// relative; `reach` is 1 / (BLUR_EDGE * pixel), worked out once per pixel). Sky pixels take any.
function sameSurface(grid: number, pixel: number, reach: number, sameObject: boolean): number {
  if (!(pixel > 0)) return 1;
  return sameObject ? Math.max(1e-3, 1 - Math.abs(grid - pixel) * reach) : 1e-3;
}
