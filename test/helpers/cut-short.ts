// A 5 s, 24 fps MP4 with sound whose index sits at the front (as phones and web exports write it),
// so a copy cut short still has headers promising all 120 frames and 5 s of sound: the damaged file a
// user gets from an interrupted download or copy. Made with ffmpeg in the test, no binary fixture.
import { execFile } from 'node:child_process';
import { statSync, truncateSync } from 'node:fs';
import { promisify } from 'node:util';
import { findFfmpeg } from '../../main/media/ffmpeg-path';

export const CUT_SHORT_SOURCE = { durationSec: 5, fps: 24, frames: 120 } as const;

export async function makeWholeClip(out: string): Promise<void> {
  const ffmpeg = findFfmpeg();
  if (!ffmpeg) throw new Error('ffmpeg is needed for this test');
  const { durationSec, fps } = CUT_SHORT_SOURCE;
  await promisify(execFile)(ffmpeg, [
    '-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=320x240:rate=${fps}:duration=${durationSec}`,
    '-f', 'lavfi', '-i', `sine=frequency=330:duration=${durationSec}`, '-c:v', 'libx264', '-preset', 'ultrafast',
    '-c:a', 'aac', '-movflags', '+faststart', '-shortest', '-f', 'mp4', out,
  ]);
}

// Keeps the first `keepFraction` of the file's bytes.
export async function makeCutShortClip(out: string, keepFraction: number): Promise<void> {
  await makeWholeClip(out);
  truncateSync(out, Math.floor(statSync(out).size * keepFraction));
}
