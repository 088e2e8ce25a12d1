// The buffers one frame is drawn into. Opaque geometry is rasterized into a G-buffer (depth, normal,
// albedo and which drawable covers each pixel); the shading pass lights it into `hdr` (linear
// radiance), transparent things blend into `hdr`, post passes work on it, and tone mapping writes the
// sRGB bytes of `color`. One target is allocated per renderer and reused for every frame, so a frame
// allocates nothing per pixel.

export interface RasterTarget {
  readonly width: number;
  readonly height: number;
  // RGBA bytes, row 0 at the top: the layout ffmpeg's rawvideo rgba input and PNG both expect.
  readonly color: Uint8Array;
  // The same memory seen as one 32-bit word per pixel, so a pass writes a pixel in one store.
  readonly pixels: Uint32Array;
  // 1/w of the nearest surface per pixel (0 = nothing drawn yet). 1/w is affine in screen space, so it
  // interpolates exactly, and its precision is uniform relative to distance (unlike NDC z).
  readonly depth: Float32Array;
  // World-space unit normal per pixel (3 floats), and linear albedo (3 floats).
  readonly normal: Float32Array;
  readonly albedo: Float32Array;
  // Which drawable covers the pixel: its index in the frame's draw list + 1; 0 is the sky/background.
  // Tests read it as an object-ID buffer (what covers which pixel).
  readonly id: Uint16Array;
  // Linear radiance per pixel (3 floats), before tone mapping.
  readonly hdr: Float32Array;
}

// Packing R,G,B,A bytes into one Uint32 relies on the host byte order; every platform Node and
// Electron ship on (x64, arm64) is little-endian, so fail loudly rather than draw swapped colours.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function createRasterTarget(width: number, height: number): RasterTarget {
  if (!LITTLE_ENDIAN) throw new Error('The software rasterizer needs a little-endian host');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`Invalid raster size ${width}x${height}`);
  }
  const n = width * height;
  const buffer = new ArrayBuffer(n * 4);
  return {
    width,
    height,
    color: new Uint8Array(buffer),
    pixels: new Uint32Array(buffer),
    depth: new Float32Array(n),
    normal: new Float32Array(n * 3),
    albedo: new Float32Array(n * 3),
    id: new Uint16Array(n),
    hdr: new Float32Array(n * 3),
  };
}

export function packRgba(r: number, g: number, b: number, a = 255): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
