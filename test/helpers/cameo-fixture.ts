// A ready cameo without running the network, stored exactly as an analysis stores it (VP9 alpha
// video with sound, frames.json, poster), and a library record with consent: by default the
// full-length woman with the matte the network made of her (test/helpers/full-length.ts), or the
// astronaut photo (filmed from the waist up) cut out with the mask drawn by hand
// (test/helpers/astronaut.ts). Scene tests use it so that what they check is the scene, not the
// matting (the library test checks the matting).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CAMEO_FILES, type CameoFramesFile } from '../../main/cameo/cameo-files';
import type { CameoLibrary } from '../../main/cameo/cameo-library';
import { frameStats, toRgba } from '../../main/cameo/person-stats';
import { SAMPLE_RATE } from '../../main/contract/format';
import { createAlphaVideoWriter, writeRgbaPng } from '../../main/media/alpha-video';
import { readRgbFrames } from '../../main/media/read-frames';
import { wavBytes } from '../../main/media/wav-file';
import { bodyShown } from '../../main/engine/cameo/body-shown';
import { ASTRONAUT_PNG, ffmpegPath, handMask } from './astronaut';
import { WOMAN_PNG, womanMatte } from './full-length';

export const FIXTURE_FPS = 12;
// The recorded sound: a 1 kHz tone from 0.1 s to 0.3 s of the footage, silence otherwise.
export const TONE_HZ = 1000;
export const TONE_FROM_SEC = 0.1;
export const TONE_TO_SEC = 0.3;

// Who the cameo shows: the woman head to feet, or the astronaut from the waist up.
export type FixturePerson = 'woman' | 'astronaut';

export interface CameoFixture {
  id: string;
  folder: string;
  frameCount: number;
  size: number;
  // The RGBA of every stored frame (all the same picture).
  rgba: Uint8Array;
}

function toneWav(durationSec: number): Buffer {
  const n = Math.round(durationSec * SAMPLE_RATE);
  const pcm = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const v = t >= TONE_FROM_SEC && t < TONE_TO_SEC ? Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * TONE_HZ * t)) : 0;
    pcm.writeInt16LE(v, i * 4);
    pcm.writeInt16LE(v, i * 4 + 2);
  }
  return wavBytes(pcm, SAMPLE_RATE, 2);
}

// Writes the cameo's files into folder: `durationSec` of the person standing still, with the tone.
export async function writeCameoFiles(folder: string, options: { size: number; durationSec: number; person?: FixturePerson }): Promise<{ frameCount: number; rgba: Uint8Array; shownShare: number }> {
  const { size, durationSec } = options;
  const woman = (options.person ?? 'woman') === 'woman';
  mkdirSync(folder, { recursive: true });
  let rgb: Uint8Array | null = null;
  for await (const frame of readRgbFrames({ ffmpegPath: ffmpegPath(), file: woman ? WOMAN_PNG : ASTRONAUT_PNG, width: size, height: size, fps: null })) rgb = frame;
  const alpha = woman ? await womanMatte(size) : handMask(size).map((v) => v * 255);
  const rgba = toRgba(rgb!, alpha);
  const wav = path.join(folder, 'tone.wav');
  writeFileSync(wav, toneWav(durationSec));
  const frameCount = Math.round(durationSec * FIXTURE_FPS);
  const writer = createAlphaVideoWriter({ ffmpegPath: ffmpegPath(), width: size, height: size, fps: FIXTURE_FPS, outPath: path.join(folder, CAMEO_FILES.matte), audioFrom: wav });
  for (let i = 0; i < frameCount; i++) await writer.write(rgba);
  await writer.finish();
  const stats = frameStats(alpha, size, size);
  const framesFile: CameoFramesFile = { version: 1, fps: FIXTURE_FPS, width: size, height: size, frames: Array.from({ length: frameCount }, () => stats) };
  writeFileSync(path.join(folder, CAMEO_FILES.frames), JSON.stringify(framesFile));
  await writeRgbaPng(ffmpegPath(), rgba, size, size, path.join(folder, CAMEO_FILES.poster));
  return { frameCount, rgba, shownShare: bodyShown(framesFile.frames, size).share };
}

// A ready, consented cameo called `name` in the library, with its files.
export async function addReadyCameo(library: CameoLibrary, name: string, options: { size?: number; durationSec?: number; heightM?: number; consent?: boolean; person?: FixturePerson } = {}): Promise<CameoFixture> {
  const size = options.size ?? 128;
  const id = `fixture-${name}`;
  library.insert(id, `${name}.mp4`, { kind: 'video', extension: '.mp4', durationSec: options.durationSec ?? 0.75, width: size, height: size, hasAudio: true });
  const folder = library.folder(id);
  const { frameCount, rgba, shownShare } = await writeCameoFiles(folder, { size, durationSec: options.durationSec ?? 0.75, ...(options.person ? { person: options.person } : {}) });
  library.updateAnalysis(id, { status: 'ready', stage: 'Ready', progress: 1, fps: FIXTURE_FPS, frame_count: frameCount, width: size, height: size, shown_share: shownShare });
  library.rename(id, name);
  library.setHeight(id, options.heightM ?? 1.7);
  if (options.consent !== false) library.consent(id, name);
  return { id, folder, frameCount, size, rgba };
}
