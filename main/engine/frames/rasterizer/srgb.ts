// three.js keeps colours in linear space (ColorManagement converts hex sRGB on input), and so does our
// lighting; the output bytes must be sRGB like a WebGL canvas's. A lookup table turns that per-vertex
// pow() into one array read.

const LUT_SIZE = 4096;
const LUT = new Float32Array(LUT_SIZE + 1);
for (let i = 0; i <= LUT_SIZE; i++) {
  const c = i / LUT_SIZE;
  const s = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
  LUT[i] = s * 255;
}

// Linear [0, inf) -> sRGB byte value as a float in [0, 255] (clamped: no tone mapping, like three's
// default NoToneMapping).
export function linearToSrgb255(v: number): number {
  if (!(v > 0)) return 0;
  if (v >= 1) return 255;
  return LUT[(v * LUT_SIZE + 0.5) | 0] ?? 255;
}
