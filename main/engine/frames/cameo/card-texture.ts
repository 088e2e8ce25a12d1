// One footage frame as a texture the card samples: premultiplied RGBA (so filtering never bleeds the
// dark background of a matted-out pixel into the person's edge) in box-filtered mip levels, each made
// when first drawn. A card far from the camera reads a smaller level instead of
// shimmering.
export interface MipLevel {
  width: number;
  height: number;
  // Premultiplied RGBA, 0..255 per channel.
  data: Float32Array;
}

export class CardTexture {
  private readonly levels: (MipLevel | undefined)[] = [];
  private readonly count: number;

  constructor(
    private readonly rgba: Uint8Array,
    private readonly width: number,
    readonly height: number,
  ) {
    let n = 1;
    while (width >> n >= 2 && height >> n >= 2) n++;
    this.count = n;
  }

  // Level n (0 is the full frame), halving each time down to a few pixels. Only the levels drawn are
  // made: the one a card needs straight from the frame, softer ones from it.
  level(n: number): MipLevel {
    const at = Math.min(Math.max(0, n), this.count - 1);
    const have = this.levels[at];
    if (have) return have;
    const below = this.levels.slice(0, at).findLastIndex((l) => l !== undefined);
    const made = below >= 0 ? halveTimes(this.levels[below] as MipLevel, at - below) : boxFromFrame(this.rgba, this.width, this.height, at);
    this.levels[at] = made;
    return made;
  }
}

function halveTimes(level: MipLevel, times: number): MipLevel {
  let out = level;
  for (let i = 0; i < times; i++) out = halve(out);
  return out;
}

// Level n straight from the straight-alpha frame: each texel the premultiplied mean of a 2^n block.
function boxFromFrame(rgba: Uint8Array, width: number, height: number, n: number): MipLevel {
  const k = 1 << n;
  const w = Math.max(1, width >> n), h = Math.max(1, height >> n);
  const data = new Float32Array(w * h * 4);
  const norm = 1 / (k * k * 255);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let dy = 0; dy < k; dy++) {
        let i = ((y * k + dy) * width + x * k) * 4;
        for (let dx = 0; dx < k; dx++, i += 4) {
          const al = rgba[i + 3] as number;
          r += (rgba[i] as number) * al; g += (rgba[i + 1] as number) * al; b += (rgba[i + 2] as number) * al; a += al;
        }
      }
      const o = (y * w + x) * 4;
      data[o] = r * norm; data[o + 1] = g * norm; data[o + 2] = b * norm; data[o + 3] = a / (k * k);
    }
  }
  return { width: w, height: h, data };
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
