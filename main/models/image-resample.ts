// Bilinear resampling between a frame's size and a network's fixed square input, in plain typed
// arrays (the worker runs this per frame; 1024x1024 costs a few tens of milliseconds).

// Sample positions: pixel centres mapped between the two grids, clamped at the borders.
function axis(outSize: number, inSize: number): { i0: Int32Array; i1: Int32Array; t: Float32Array } {
  const i0 = new Int32Array(outSize);
  const i1 = new Int32Array(outSize);
  const t = new Float32Array(outSize);
  const scale = inSize / outSize;
  for (let o = 0; o < outSize; o++) {
    const x = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), inSize - 1);
    const lo = Math.floor(x);
    i0[o] = lo;
    i1[o] = Math.min(lo + 1, inSize - 1);
    t[o] = x - lo;
  }
  return { i0, i1, t };
}

// Interleaved RGB bytes (w x h) -> planar float CHW (size x size), each value v/255 + offset.
export function rgbToPlanar(rgb: Uint8Array, width: number, height: number, size: number, offset: number): Float32Array {
  const out = new Float32Array(3 * size * size);
  const xs = axis(size, width);
  const ys = axis(size, height);
  const plane = size * size;
  for (let y = 0; y < size; y++) {
    const r0 = ys.i0[y]! * width;
    const r1 = ys.i1[y]! * width;
    const ty = ys.t[y]!;
    for (let x = 0; x < size; x++) {
      const a = xs.i0[x]!;
      const b = xs.i1[x]!;
      const tx = xs.t[x]!;
      for (let c = 0; c < 3; c++) {
        const top = rgb[(r0 + a) * 3 + c]! * (1 - tx) + rgb[(r0 + b) * 3 + c]! * tx;
        const bottom = rgb[(r1 + a) * 3 + c]! * (1 - tx) + rgb[(r1 + b) * 3 + c]! * tx;
        out[c * plane + y * size + x] = (top * (1 - ty) + bottom * ty) / 255 + offset;
      }
    }
  }
  return out;
}

// One float plane (size x size, values 0..1) -> bytes (w x h, 0..255).
export function planeToBytes(plane: Float32Array, size: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const xs = axis(width, size);
  const ys = axis(height, size);
  for (let y = 0; y < height; y++) {
    const r0 = ys.i0[y]! * size;
    const r1 = ys.i1[y]! * size;
    const ty = ys.t[y]!;
    for (let x = 0; x < width; x++) {
      const a = xs.i0[x]!;
      const b = xs.i1[x]!;
      const tx = xs.t[x]!;
      const top = plane[r0 + a]! * (1 - tx) + plane[r0 + b]! * tx;
      const bottom = plane[r1 + a]! * (1 - tx) + plane[r1 + b]! * tx;
      const v = (top * (1 - ty) + bottom * ty) * 255;
      out[y * width + x] = v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
    }
  }
  return out;
}
