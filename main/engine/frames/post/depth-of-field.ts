// Depth of field for close-ups, as a long lens at a wide aperture gives it: the subject's distance is
// sharp and the background melts into soft discs. Each pixel's circle of confusion grows with how far
// its depth is from the focus distance; a half-resolution copy of the image is blurred with a disc
// of samples sized by it (samples from sharper, nearer pixels are not smeared over the background),
// and each full-resolution pixel blends towards the blurred copy by its own circle. The C++ twin
// (native/render/src/depth-of-field.cc) gives the same floats; this is its reference.
import type { NativeRender } from '../native-render';
import type { RasterTarget } from '../rasterizer/target';

// Vogel disc of samples (unit radius), as both passes read it.
const TAPS = 16;
const DISC = new Float64Array(TAPS * 2);
for (let k = 0; k < TAPS; k++) {
  const r = Math.sqrt((k + 0.5) / TAPS), a = k * 2.399963;
  DISC[k * 2] = Math.cos(a) * r;
  DISC[k * 2 + 1] = Math.sin(a) * r;
}
// A circle of confusion under half a pixel is sharp; a pixel blends fully into the blurred copy once
// its circle is BLEND_RAMP pixels larger than that.
const SHARP_COC = 0.5;
const BLEND_RAMP = 1.5;

export class DepthOfField {
  private readonly hw: number;
  private readonly hh: number;
  private readonly half: Float32Array;
  private readonly halfCoc: Float32Array;
  private readonly blurred: Float32Array;

  constructor(private readonly width: number, private readonly height: number) {
    this.hw = Math.ceil(width / 2);
    this.hh = Math.ceil(height / 2);
    this.half = new Float32Array(this.hw * this.hh * 3);
    this.halfCoc = new Float32Array(this.hw * this.hh);
    this.blurred = new Float32Array(this.hw * this.hh * 3);
  }

  // Blurs target.hdr in place around `focusM` (view depth, metres); `maxCocPx` is the circle of
  // confusion of something infinitely far away, in full-resolution pixels.
  apply(target: RasterTarget, focusM: number, maxCocPx: number, native: NativeRender | null = null): void {
    if (native && this.hh >= 2 && this.hw >= 2) {
      const params = Float64Array.of(focusM, maxCocPx, SHARP_COC, BLEND_RAMP);
      native.depthOfField(target.depth, target.hdr, this.width, this.height, params, DISC, this.half, this.halfCoc, this.blurred);
      return;
    }
    const coc = (i: number): number => {
      const d = target.depth[i]!;
      // Nothing drawn (sky) is at infinity.
      const w = d > 0 ? 1 / d : Infinity;
      return Math.min(maxCocPx, maxCocPx * Math.abs(1 - focusM / w));
    };
    this.downsample(target, coc);
    this.blur();
    this.composite(target, coc);
  }

  private downsample(target: RasterTarget, coc: (i: number) => number): void {
    const { width: W, height: H, hw, hh, half, halfCoc } = this;
    for (let j = 0; j < hh; j++) {
      for (let i = 0; i < hw; i++) {
        let r = 0, g = 0, b = 0, c = 0, n = 0;
        for (let dy = 0; dy < 2; dy++) {
          for (let dx = 0; dx < 2; dx++) {
            const x = Math.min(W - 1, i * 2 + dx), y = Math.min(H - 1, j * 2 + dy);
            const p = y * W + x;
            r += target.hdr[p * 3]!; g += target.hdr[p * 3 + 1]!; b += target.hdr[p * 3 + 2]!;
            c += coc(p); n++;
          }
        }
        const h = j * hw + i;
        half[h * 3] = r / n; half[h * 3 + 1] = g / n; half[h * 3 + 2] = b / n;
        halfCoc[h] = c / n / 2;
      }
    }
  }

  private blur(): void {
    const { hw, hh, half, halfCoc, blurred } = this;
    for (let j = 0; j < hh; j++) {
      for (let i = 0; i < hw; i++) {
        const h = j * hw + i;
        const rc = halfCoc[h]!;
        if (rc < SHARP_COC) { blurred[h * 3] = half[h * 3]!; blurred[h * 3 + 1] = half[h * 3 + 1]!; blurred[h * 3 + 2] = half[h * 3 + 2]!; continue; }
        let r = half[h * 3]!, g = half[h * 3 + 1]!, b = half[h * 3 + 2]!, wsum = 1;
        for (let k = 0; k < TAPS; k++) {
          const x = Math.round(i + DISC[k * 2]! * rc), y = Math.round(j + DISC[k * 2 + 1]! * rc);
          if (x < 0 || y < 0 || x >= hw || y >= hh) continue;
          const s = y * hw + x;
          // A sharp (in-focus) neighbour does not spread onto the blurred background.
          const w = Math.min(1, halfCoc[s]! / rc);
          r += half[s * 3]! * w; g += half[s * 3 + 1]! * w; b += half[s * 3 + 2]! * w; wsum += w;
        }
        blurred[h * 3] = r / wsum; blurred[h * 3 + 1] = g / wsum; blurred[h * 3 + 2] = b / wsum;
      }
    }
  }

  private composite(target: RasterTarget, coc: (i: number) => number): void {
    const { width: W, height: H, hw, hh, blurred } = this;
    const hdr = target.hdr;
    for (let y = 0; y < H; y++) {
      const fy = Math.min(hh - 1, Math.max(0, (y - 0.5) / 2)), j = Math.min(hh - 2, Math.floor(fy)), ty = fy - j;
      for (let x = 0; x < W; x++) {
        const i = y * W + x;
        const c = coc(i);
        if (c < SHARP_COC) continue;
        const k = Math.min(1, (c - SHARP_COC) / BLEND_RAMP);
        const fx = Math.min(hw - 1, Math.max(0, (x - 0.5) / 2)), ii = Math.min(hw - 2, Math.floor(fx)), tx = fx - ii;
        const a = (j * hw + ii) * 3;
        for (let ch = 0; ch < 3; ch++) {
          const top = blurred[a + ch]! + (blurred[a + 3 + ch]! - blurred[a + ch]!) * tx;
          const bottom = blurred[a + hw * 3 + ch]! + (blurred[a + hw * 3 + 3 + ch]! - blurred[a + hw * 3 + ch]!) * tx;
          const v = top + (bottom - top) * ty;
          hdr[i * 3 + ch] = hdr[i * 3 + ch]! + (v - hdr[i * 3 + ch]!) * k;
        }
      }
    }
  }
}
