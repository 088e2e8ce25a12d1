// sRGB byte value -> linear light, by table (footage colours are sRGB; light is added in linear).
const TABLE = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const c = i / 255;
  TABLE[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

export function srgbToLinear(byte: number): number {
  return TABLE[byte < 0 ? 0 : byte > 255 ? 255 : (byte + 0.5) | 0] as number;
}
