// Loads a cameo's footage for one clip: the stored person boxes, then only the frames the clip shows,
// cut to the box around the person (and scaled down if a long clip would hold too many pixels), and
// the recorded sound for one pass of the footage. Runs in the generation worker; ffmpeg decodes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CAMEO_FILES, type CameoFramesFile } from '../../cameo/cameo-files';
import { SAMPLE_RATE } from '../../contract/format';
import { throwIfAborted } from '../../contract/abort';
import { readAlphaVideo } from '../../media/alpha-video';
import { decodeStereoPcm } from '../../media/decode-pcm';
import { footageTravel, footAnchors } from './footage-anchors';
import { footageClock, framesNeeded } from './footage-clock';
import type { CameoFootage, CameoSource } from './footage';
import { measurePerson } from './person-measure';

// Decoded frames a clip may hold per cameo: a 20 s clip of a 640 px cameo is cut and scaled to fit.
const MAX_FOOTAGE_BYTES = 96 * 1024 * 1024;
// Pixels kept around the person's box, so the matte's soft edge is not cut off.
const MARGIN_PX = 4;

export interface LoadFootageOptions {
  ffmpegPath: string;
  clipSec: number;
  signal?: AbortSignal;
}

function damaged(source: CameoSource, why: string): Error {
  return new Error(`The footage of the cameo "${source.name}" could not be read (${why}). Analyse it again in the Cameos panel, or generate without it.`);
}

async function readFramesFile(source: CameoSource): Promise<CameoFramesFile> {
  const text = await readFile(path.join(source.folder, CAMEO_FILES.frames), 'utf8').catch(() => null);
  if (text === null) throw damaged(source, 'its files are missing from the cameo library');
  const file = JSON.parse(text) as Partial<CameoFramesFile>;
  if (!file.width || !file.height || !file.fps || !Array.isArray(file.frames) || file.frames.length === 0) throw damaged(source, 'frames.json is damaged');
  return file as CameoFramesFile;
}

// The box around the person in every frame the clip shows, with a margin, inside the frame.
function unionBox(file: CameoFramesFile, count: number): { x: number; y: number; width: number; height: number } {
  let l = file.width, t = file.height, r = 0, b = 0;
  for (const f of file.frames.slice(0, count)) {
    if (!f.bbox) continue;
    l = Math.min(l, f.bbox[0]); t = Math.min(t, f.bbox[1]); r = Math.max(r, f.bbox[2]); b = Math.max(b, f.bbox[3]);
  }
  if (r <= l || b <= t) return { x: 0, y: 0, width: file.width, height: file.height };
  const x = Math.max(0, l - MARGIN_PX), y = Math.max(0, t - MARGIN_PX);
  return { x, y, width: Math.min(file.width, r + MARGIN_PX) - x, height: Math.min(file.height, b + MARGIN_PX) - y };
}

export async function loadCameoFootage(source: CameoSource, options: LoadFootageOptions): Promise<CameoFootage> {
  const { ffmpegPath, signal } = options;
  const file = await readFramesFile(source);
  const needed = framesNeeded(file.frames.length, file.fps, options.clipSec);
  const crop = unionBox(file, needed);
  const k = Math.min(1, Math.sqrt(MAX_FOOTAGE_BYTES / (needed * crop.width * crop.height * 4)));
  const size = { width: Math.max(2, Math.round(crop.width * k)), height: Math.max(2, Math.round(crop.height * k)) };
  const matte = path.join(source.folder, CAMEO_FILES.matte);
  const frames = await readAlphaVideo(ffmpegPath, matte, file.width, file.height, { frames: needed, crop, size, ...(signal ? { signal } : {}) }).catch((error: Error) => {
    throwIfAborted(signal);
    throw damaged(source, error.message);
  });
  if (frames.length === 0) throw damaged(source, 'the matted video holds no frames');
  const sx = size.width / crop.width, sy = size.height / crop.height;
  const measure = measurePerson(file);
  const stored = footAnchors(file.frames, measure.shownShare < 1 ? measure.heightPx : null);
  const anchors = new Float32Array(frames.length * 2);
  for (let i = 0; i < frames.length; i++) {
    anchors[2 * i] = ((stored[2 * i] as number) - crop.x) * sx;
    anchors[2 * i + 1] = ((stored[2 * i + 1] as number) - crop.y) * sy;
  }
  // Loops over the whole footage when the clip outlasts it; otherwise the clip never reaches the end.
  const clock = footageClock(needed < file.frames.length ? file.frames.length : frames.length, file.fps);
  const sound = source.hasAudio && clock.durationSec > 0
    ? await decodeStereoPcm(ffmpegPath, matte, { sampleRate: SAMPLE_RATE, maxSec: Math.min(clock.durationSec, options.clipSec + 1), ...(signal ? { signal } : {}) })
    : null;
  return { cameoId: source.id, width: size.width, height: size.height, frames, anchors, heightPx: measure.heightPx * sy, travel: footageTravel(file.frames, measure.heightPx), clock, sound };
}
