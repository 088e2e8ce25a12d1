// HDR to display bytes: exposure, an ACES-like filmic curve (Narkowicz's fit of the ACES reference
// rendering transform: a soft toe, a long shoulder so suns and highlights roll off instead of
// clipping), then the sRGB transfer function, all folded into one lookup table per frame size.
// Film grain is added afterwards (see addGrain), as luminance noise strongest in the mid-tones.
import type { RasterTarget } from '../rasterizer/target';
import { hashBits } from '../shading/noise';

// Linear input range the table covers, and its resolution (fine enough that a step is well under
// one output level even near black).
const MAX_LINEAR = 16;
const LUT_SIZE = 65536;
const LUT = new Float32Array(LUT_SIZE + 1);
const STEP = LUT_SIZE / MAX_LINEAR;
for (let i = 0; i <= LUT_SIZE; i++) LUT[i] = filmicToSrgb255(i / STEP);

// The display value (0..255, fractional) of linear radiance v after exposure.
export function filmicToSrgb255(v: number): number {
  const x = v > 0 ? v : 0;
  const t = Math.min(1, (x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14));
  const s = t <= 0.0031308 ? t * 12.92 : 1.055 * Math.pow(t, 1 / 2.4) - 0.055;
  return s * 255;
}

// The table and its scale as the native passes read them.
export const TONE_TABLE = { lut: LUT, step: STEP } as const;

// Writes target.color from target.hdr scaled by `exposure`.
export function toneMap(target: RasterTarget, exposure: number): void {
  const { hdr, pixels } = target;
  const n = target.width * target.height;
  const k = exposure * STEP;
  for (let i = 0; i < n; i++) {
    const o = i * 3;
    const r = lut(hdr[o]! * k), g = lut(hdr[o + 1]! * k), b = lut(hdr[o + 2]! * k);
    pixels[i] = 0xff000000 | (((b + 0.5) | 0) << 16) | (((g + 0.5) | 0) << 8) | ((r + 0.5) | 0);
  }
}

function lut(x: number): number {
  if (!(x > 0)) return 0;
  if (x >= LUT_SIZE) return 255;
  return LUT[x | 0]!;
}

// Film grain on RGBA bytes: the same noise on all three channels (luminance grain), `amount` levels
// at mid-grey, fading towards black and white; a different pattern each frame, the same for the
// same frame every time. The noise is read from one precomputed tile of triangular noise, shifted by
// a per-frame offset, rather than hashed per pixel (a third of the cost); at a couple of levels of
// amplitude a 256-pixel repeat of white noise cannot be seen.
export function addGrain(bytes: Uint8Array, width: number, height: number, amount: number, frame: number): void {
  if (amount <= 0) return;
  const { weight, ox, oy } = grainFor(amount, frame);
  for (let y = 0; y < height; y++) {
    const row = ((y + oy) & GRAIN_MASK) << GRAIN_BITS;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const r = bytes[p]!, g = bytes[p + 1]!, b = bytes[p + 2]!;
      const n = GRAIN_TILE[row | ((x + ox) & GRAIN_MASK)]! * weight[(r * 77 + g * 150 + b * 29) >> 8]!;
      bytes[p] = clampByte(r + n);
      bytes[p + 1] = clampByte(g + n);
      bytes[p + 2] = clampByte(b + n);
    }
  }
}

// The frame's grain: the tile, its size (bits a side), the weights by luma and the frame's offset.
export function grainFor(amount: number, frame: number): { tile: Float32Array; bits: number; weight: Float32Array; ox: number; oy: number } {
  const shift = hashBits(frame, 0, 7919 * 13);
  return { tile: GRAIN_TILE, bits: GRAIN_BITS, weight: grainWeights(amount), ox: shift & GRAIN_MASK, oy: (shift >>> 16) & GRAIN_MASK };
}

// The grain tile: 256 x 256 triangular noise in (-1, 1), one 32-bit hash per texel for both halves.
const GRAIN_BITS = 8;
const GRAIN_MASK = (1 << GRAIN_BITS) - 1;
const GRAIN_TILE = new Float32Array(1 << (2 * GRAIN_BITS));
for (let i = 0; i < GRAIN_TILE.length; i++) {
  const h = hashBits(i & GRAIN_MASK, i >>> GRAIN_BITS, 13);
  GRAIN_TILE[i] = (h & 0xffff) / 65536 + (h >>> 16) / 65536 - 1;
}

// Grain amplitude by display luma (0..255): `amount` at mid-grey, none at black and white.
let weights = { amount: -1, table: new Float32Array(256) };
function grainWeights(amount: number): Float32Array {
  if (weights.amount !== amount) {
    const table = new Float32Array(256);
    for (let l = 0; l < 256; l++) table[l] = (amount * (l * (255 - l))) / 16256;
    weights = { amount, table };
  }
  return weights.table;
}

function clampByte(v: number): number {
  return v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0;
}
