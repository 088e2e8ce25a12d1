// A finished RGBA frame as planar yuv420p, the encoder's own input format (media/encode-clip.ts
// FrameSource.pixelFormat): converting here, on the thread that drew the frame, spares ffmpeg its
// colour conversion (swscale, one thread after the frames) and sends 1.5 bytes a pixel through the
// pipe instead of 4. The matrix is the one ffmpeg applied to our RGBA before (BT.601, limited range,
// see CLIP_COLOUR), so clips keep their colours, and a take continued from an older one splices
// without a shift. Integers only (16-bit fixed point), so the C++ twin (native/render/src/yuv.cc)
// gives the same bytes; chroma is the mean of each 2x2 block.
import type { NativeRender } from '../native-render';

// BT.601 (Kr 0.299, Kb 0.114) scaled to limited range (219 and 224 levels of 255), x 65536, rounded
// so that each chroma row sums to zero (grey stays exactly 128).
const RY = 16829, GY = 33039, BY = 6416;
const RU = -9714, GU = -19070, BU = 28784;
const RV = 28784, GV = -24103, BV = -4681;
const Y_OFFSET = (16 << 16) + (1 << 15);
const C_OFFSET = (128 << 18) + (1 << 17);

// Bytes of one yuv420p frame: a full-size Y plane, then U and V at ceil(W / 2) x ceil(H / 2).
export function yuv420pBytes(width: number, height: number): number {
  return width * height + 2 * Math.ceil(width / 2) * Math.ceil(height / 2);
}

// rgba (width * height * 4 bytes) -> out (yuv420pBytes), with the C++ twin when it is built.
export function toYuv420p(native: NativeRender | null, rgba: Uint8Array, width: number, height: number, out: Uint8Array): void {
  if (out.length < yuv420pBytes(width, height)) throw new Error(`A ${width}x${height} yuv420p frame needs ${yuv420pBytes(width, height)} bytes, not ${out.length}`);
  if (native) native.yuv420p(rgba, width, height, out);
  else rgbaToYuv420p(rgba, width, height, out);
}

// The JavaScript reference.
export function rgbaToYuv420p(rgba: Uint8Array, width: number, height: number, out: Uint8Array): void {
  const cw = Math.ceil(width / 2), ch = Math.ceil(height / 2);
  const uAt = width * height, vAt = uAt + cw * ch;
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    out[i] = (RY * rgba[p]! + GY * rgba[p + 1]! + BY * rgba[p + 2]! + Y_OFFSET) >> 16;
  }
  for (let cy = 0; cy < ch; cy++) {
    const y0 = cy * 2, rows = y0 + 1 < height ? 2 : 1;
    for (let cx = 0; cx < cw; cx++) {
      const x0 = cx * 2, cols = x0 + 1 < width ? 2 : 1;
      let r = 0, g = 0, b = 0;
      for (let dy = 0; dy < rows; dy++) {
        for (let dx = 0; dx < cols; dx++) {
          const p = ((y0 + dy) * width + x0 + dx) * 4;
          r += rgba[p]!;
          g += rgba[p + 1]!;
          b += rgba[p + 2]!;
        }
      }
      // A block of 1 or 2 pixels (an odd last column or row) counts as 4.
      const scale = 4 / (rows * cols);
      out[uAt + cy * cw + cx] = ((RU * r + GU * g + BU * b) * scale + C_OFFSET) >> 18;
      out[vAt + cy * cw + cx] = ((RV * r + GV * g + BV * b) * scale + C_OFFSET) >> 18;
    }
  }
}
