// Checks what an imported file really is before anything is stored: a photo or a short video that
// ffmpeg can decode. Every refusal is a sentence that says what to do instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ApiError } from '../contract/errors';
import { CAMEO_EXTENSIONS, CAMEO_PHOTO_EXTENSIONS, CAMEO_VIDEO_EXTENSIONS, MAX_CAMEO_DURATION_SEC } from '../contract/cameo';
import { fellShort, measureDecoded } from '../media/decoded-extent';
import { probeMedia, type ProbedStream, type ProbeResult } from '../media/probe-media';

export interface ValidatedSource {
  kind: 'video' | 'photo';
  extension: string;
  durationSec: number;
  width: number;
  height: number;
  hasAudio: boolean;
}

const PHOTO_CODECS = new Set(['png', 'mjpeg', 'webp', 'jpegls']);
const ACCEPTED = 'a video (MP4, MOV, WebM or MKV, up to 30 seconds) or a photo (JPEG, PNG or WebP)';

export function cameoExtension(fileName: string): string {
  const extension = path.extname(fileName).toLowerCase();
  if (!CAMEO_EXTENSIONS.includes(extension)) {
    throw new ApiError('invalid_input', `${path.basename(fileName)} is not a file Kinora can make a cameo from. Use ${ACCEPTED}.`);
  }
  return extension;
}

export async function validateCameoSource(tools: { ffmpegPath: string; ffprobePath: string }, file: string, fileName: string): Promise<ValidatedSource> {
  const extension = cameoExtension(fileName);
  const shown = path.basename(fileName);
  let probed: ProbeResult;
  try {
    probed = await probeMedia(tools.ffprobePath, file);
  } catch {
    throw new ApiError('invalid_input', `${shown} could not be read: the file is damaged or is not ${ACCEPTED}.`);
  }
  const video = probed.streams.find((s) => s.type === 'video');
  if (!video?.width || !video.height) throw new ApiError('invalid_input', `${shown} has no picture. Use ${ACCEPTED}.`);
  const isPhoto = (CAMEO_PHOTO_EXTENSIONS as readonly string[]).includes(extension);
  if (isPhoto !== PHOTO_CODECS.has(video.codec)) {
    throw new ApiError('invalid_input', `${shown} is not what its name says (it holds ${video.codec}). Rename it or export it again as ${ACCEPTED}.`);
  }
  if (!isPhoto) {
    if (!(CAMEO_VIDEO_EXTENSIONS as readonly string[]).includes(extension) || probed.durationSec <= 0) {
      throw new ApiError('invalid_input', `${shown} has no playable length. Use ${ACCEPTED}.`);
    }
    if (probed.durationSec > MAX_CAMEO_DURATION_SEC + 0.05) {
      throw new ApiError('invalid_input', `${shown} is ${probed.durationSec.toFixed(1)} s long; a cameo can be at most ${MAX_CAMEO_DURATION_SEC} s. Trim it and import it again.`);
    }
  }
  if (isPhoto) await decodeFirstFrame(tools.ffmpegPath, file, shown);
  else await decodeWholeVideo(tools.ffmpegPath, file, shown, video, probed.durationSec);
  // ffmpeg turns a phone's upright video as it decodes, so its frames are the other way round.
  const turned = Math.abs(video.rotation ?? 0) % 180 === 90;
  return {
    kind: isPhoto ? 'photo' : 'video',
    extension,
    durationSec: isPhoto ? 0 : probed.durationSec,
    width: turned ? video.height : video.width,
    height: turned ? video.width : video.height,
    hasAudio: !isPhoto && probed.streams.some((s) => s.type === 'audio'),
  };
}

// A cut-short or damaged video still has headers promising its full length, and would only fail later
// in analysis with a misleading "no person found"; decoding every frame here refuses it before it is stored.
async function decodeWholeVideo(ffmpegPath: string, file: string, shown: string, video: ProbedStream, fileSec: number): Promise<void> {
  const decoded = await measureDecoded(ffmpegPath, file, 'video').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new ApiError('ffmpeg_missing', 'ffmpeg could not be started to check the footage.');
    return { frames: 0, durationSec: 0 };
  });
  if (decoded.frames === 0) throw undecodable(shown);
  const durationSec = video.durationSec ?? fileSec;
  const frames = video.frameCount ?? (video.frameRate ? Math.round(durationSec * video.frameRate) : undefined);
  if (fellShort({ durationSec, ...(frames !== undefined ? { frames } : {}) }, decoded)) {
    const whole = frames !== undefined ? `only ${decoded.frames} of its ${frames} frames` : `only ${decoded.durationSec.toFixed(1)} s of its ${durationSec.toFixed(1)} s`;
    throw new ApiError('invalid_input', `${shown} is damaged: ${whole} could be read (was it cut short while copying?). Import the whole file, or export it again.`);
  }
}

function undecodable(shown: string): ApiError {
  return new ApiError('invalid_input', `${shown} cannot be decoded (unsupported codec or damaged data). Export it again as H.264 MP4 or VP9 WebM and retry.`);
}

// ffprobe reads headers only; decoding a photo proves the codec is supported and the data intact.
function decodeFirstFrame(ffmpegPath: string, file: string, shown: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-v', 'error', '-xerror', '-i', file, '-map', '0:v:0', '-frames:v', '1', '-f', 'null', '-'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()).length > 4000 && (stderr = stderr.slice(-2000)));
    child.on('error', () => reject(new ApiError('ffmpeg_missing', 'ffmpeg could not be started to check the footage.')));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(undecodable(shown));
    });
  });
}
