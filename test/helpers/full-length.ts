// A person seen head to feet, for the cameo tests that need legs (a walk, a shot): a woman Kinora
// rendered itself and the matte the app's network made of her (test/fixtures/cameo/README.md says
// how both were made). The astronaut (astronaut.ts) is the waist-up case.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from './astronaut';

// Tests run from the repository's root (vitest and playwright both).
const FIXTURES = path.resolve('test/fixtures/cameo');
export const WOMAN_PNG = path.join(FIXTURES, 'woman-full-length.png');
export const WOMAN_MATTE_PNG = path.join(FIXTURES, 'woman-full-length-matte.png');
export const WOMAN_SIZE = 300;

const run = promisify(execFile);

// The matte (0..255 per pixel) scaled to a square of `size`.
export async function womanMatte(size: number): Promise<Uint8Array> {
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', WOMAN_MATTE_PNG, '-vf', `scale=${size}:${size}:flags=area`, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], { encoding: 'buffer', maxBuffer: 1 << 24 });
  return new Uint8Array(stdout);
}

// Her blue shirt: no forest, park or sky pixel is this blue. Under any light (dim, warm), a pixel
// as blue against red and green as her shirt is.
export function isShirt(r: number, g: number, b: number, light: 'as filmed' | 'any light' = 'as filmed'): boolean {
  return light === 'as filmed' ? b > 100 && r < 70 && b - g > 60 : b > 40 && r < 0.45 * b && g < 0.75 * b;
}

// A clip of her drifting sideways (a window 90% as wide as the picture slides across it, so her feet
// stay in frame), with a tone as its sound; `height` is the clip's height in pixels.
export async function makeWomanClip(out: string, options: { durationSec: number; height: number }): Promise<void> {
  const { durationSec, height } = options;
  const crop = Math.round(WOMAN_SIZE * 0.9);
  const width = Math.round((height * 0.9) / 2) * 2;
  await run(ffmpegPath(), [
    '-v', 'error', '-y', '-loop', '1', '-i', WOMAN_PNG, '-f', 'lavfi', '-i', `sine=frequency=440:duration=${durationSec}`,
    '-filter_complex', `[0:v]crop=${crop}:${WOMAN_SIZE}:'${WOMAN_SIZE - crop}*t/${durationSec}':0,scale=${width}:${height},format=yuv420p[v]`,
    '-map', '[v]', '-map', '1:a', '-t', String(durationSec), '-r', '24', '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-shortest', out,
  ]);
}
