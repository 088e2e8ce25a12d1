// One footage frame as a texture the card samples: premultiplied RGBA (so filtering never bleeds the
// dark background of a matted-out pixel into the person's edge) with a box-filtered mip chain, built
// when the frame is first drawn. A card far from the camera reads a smaller level instead of
// shimmering.
export interface MipLevel {
  width: number;
  height: number;
  // Premultiplied RGBA, 0..255 per channel.
  data: Float32Array;
}

export class CardTexture {
  private readonly levels: MipLevel[] = [];

  constructor(rgba: Uint8Array, width: number, height: number) {
    const data = new Float32Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const a = (rgba[4 * i + 3] as number) / 255;
      data[4 * i] = (rgba[4 * i] as number) * a;
      data[4 * i + 1] = (rgba[4 * i + 1] as number) * a;
      data[4 * i + 2] = (rgba[4 * i + 2] as number) * a;
      data[4 * i + 3] = (rgba[4 * i + 3] as number);
    }
    this.levels.push({ width, height, data });
  }

  get height(): number {
    return (this.levels[0] as MipLevel).height;
  }

  // Level n (0 is the full frame), halving each time down to a few pixels.
  level(n: number): MipLevel {
    while (this.levels.length <= n) {
      const top = this.levels[this.levels.length - 1] as MipLevel;
      if (top.width <= 2 || top.height <= 2) break;
      this.levels.push(halve(top));
    }
    return this.levels[Math.min(n, this.levels.length - 1)] as MipLevel;
  }
}

function halve(src: MipLevel): MipLevel {
  const width = src.width >> 1, height = src.height >> 1;
  const data = new Float32Array(width * height * 4);
  const s = src.data, sw = src.width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = ((2 * y) * sw + 2 * x) * 4, b = a + 4, c = a + sw * 4, d = c + 4;
      const o = (y * width + x) * 4;
      for (let k = 0; k < 4; k++) data[o + k] = ((s[a + k] as number) + (s[b + k] as number) + (s[c + k] as number) + (s[d + k] as number)) * 0.25;
    }
  }
  return { width, height, data };
}

// Bilinear sample at (u, v) in [0, 1] of a level, premultiplied RGBA into out; edges clamp.
export function sampleBilinear(level: MipLevel, u: number, v: number, out: Float32Array): void {
  const { width, height, data } = level;
  let x = u * width - 0.5, y = v * height - 0.5;
  x = x < 0 ? 0 : x > width - 1 ? width - 1 : x;
  y = y < 0 ? 0 : y > height - 1 ? height - 1 : y;
  const x0 = x | 0, y0 = y | 0;
  const x1 = x0 + 1 < width ? x0 + 1 : x0, y1 = y0 + 1 < height ? y0 + 1 : y0;
  const fx = x - x0, fy = y - y0;
  const a = (y0 * width + x0) * 4, b = (y0 * width + x1) * 4, c = (y1 * width + x0) * 4, d = (y1 * width + x1) * 4;
  for (let k = 0; k < 4; k++) {
    const top = (data[a + k] as number) + ((data[b + k] as number) - (data[a + k] as number)) * fx;
    const bottom = (data[c + k] as number) + ((data[d + k] as number) - (data[c + k] as number)) * fx;
    out[k] = top + (bottom - top) * fy;
  }
}
