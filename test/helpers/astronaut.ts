// A real photo of a person (Debian's python3-skimage ships astronaut.png, public domain, 512x512),
// a mask of her drawn by hand (polygons read off the photo, not off any model's output), and short
// clips made from the photo with ffmpeg, so no binary fixture is checked in.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findFfmpeg } from '../../main/media/ffmpeg-path';

export const ASTRONAUT_PNG = '/usr/lib/python3/dist-packages/skimage/data/astronaut.png';
export const ASTRONAUT_SIZE = 512;

type Point = [number, number];
// Hair and face; the suit with its neck ring; the helmet she holds (a held object is part of the cut-out).
const HEAD: Point[] = [[190, 30], [225, 14], [265, 20], [295, 50], [302, 95], [290, 130], [275, 160], [255, 185], [200, 185], [175, 150], [155, 110], [160, 60]];
const SUIT: Point[] = [[125, 165], [150, 150], [290, 150], [305, 200], [330, 250], [352, 290], [362, 330], [365, 420], [350, 512], [20, 512], [22, 400], [28, 320], [45, 260], [90, 215], [115, 185]];
const HELMET = { cx: 395, cy: 451, rx: 117, ry: 109 };

function inPolygon(x: number, y: number, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// The hand-made mask at any size (1 = person), sampled at pixel centres of a square image.
export function handMask(size: number): Uint8Array {
  const mask = new Uint8Array(size * size);
  const scale = ASTRONAUT_SIZE / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) * scale;
      const py = (y + 0.5) * scale;
      const helmet = ((px - HELMET.cx) / HELMET.rx) ** 2 + ((py - HELMET.cy) / HELMET.ry) ** 2 <= 1;
      mask[y * size + x] = inPolygon(px, py, HEAD) || inPolygon(px, py, SUIT) || helmet ? 1 : 0;
    }
  }
  return mask;
}

// The hand-made mask as frame `index` (at fps) of makeAstronautClip shows it: the photo scaled to
// size, a 90% crop drifting right over the clip's length, scaled back to size.
export function handMaskForClipFrame(size: number, durationSec: number, fps: number, index: number): Uint8Array {
  const full = handMask(ASTRONAUT_SIZE);
  const crop = Math.round(size * 0.9);
  const offset = ((size - crop) * (index / fps)) / durationSec;
  const mask = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ox = Math.floor((((x + 0.5) * crop) / size + offset) * (ASTRONAUT_SIZE / size));
      const oy = Math.floor((((y + 0.5) * crop) / size) * (ASTRONAUT_SIZE / size));
      mask[y * size + x] = full[Math.min(oy, ASTRONAUT_SIZE - 1) * ASTRONAUT_SIZE + Math.min(ox, ASTRONAUT_SIZE - 1)]!;
    }
  }
  return mask;
}

// Intersection over union of alpha >= 128 against a 0/1 mask.
export function iou(alpha: Uint8Array, mask: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < mask.length; i++) {
    const a = alpha[i]! >= 128;
    const m = mask[i] === 1;
    if (a && m) both++;
    if (a || m) either++;
  }
  return both / either;
}

export const ffmpegPath = (): string => {
  const found = findFfmpeg();
  if (!found) throw new Error('ffmpeg is needed for this test');
  return found;
};

const run = promisify(execFile);

// A short clip of the astronaut drifting sideways (so frames differ and propagation has work), with
// a tone as its sound. size is the clip's square side in pixels.
export async function makeAstronautClip(out: string, options: { durationSec: number; size: number }): Promise<void> {
  const { durationSec, size } = options;
  const crop = Math.round(size * 0.9);
  await run(ffmpegPath(), [
    '-v', 'error', '-y', '-loop', '1', '-i', ASTRONAUT_PNG, '-f', 'lavfi', '-i', `sine=frequency=440:duration=${durationSec}`,
    '-filter_complex', `[0:v]scale=${size}:${size},crop=${crop}:${crop}:'${size - crop}*t/${durationSec}':0,scale=${size}:${size},format=yuv420p[v]`,
    '-map', '[v]', '-map', '1:a', '-t', String(durationSec), '-r', '24', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', out,
  ]);
}

// A valid video longer than a cameo may be (tiny, so it encodes in a moment).
export async function makeLongClip(out: string, durationSec: number): Promise<void> {
  await run(ffmpegPath(), ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=64x64:rate=5:duration=${durationSec}`, '-c:v', 'libx264', '-preset', 'ultrafast', out]);
}
