// Importing a sound file the user dropped on a voice or music track: the upload is checked with
// ffprobe (it must hold sound), moved into media/<id>/ whole, its peaks computed for the waveform,
// and a clip of it placed where it was dropped, as one undoable edit. A file that fails any step is
// refused with a sentence and nothing of it stays in the project.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../contract/api';
import { decodePeaks } from '../media/decode-peaks';
import { findFfprobe, requireFfmpeg } from '../media/ffmpeg-path';
import { fellShort } from '../media/decoded-extent';
import { probeMedia, type ProbeResult } from '../media/probe-media';
import { MEDIA_DIR, type ProjectStore } from '../projects/project-store';
import { placeClips } from '../projects/timeline/edit-place';
import { toFrame } from '../projects/timeline/timeline-math';

export const INCOMING_DIR = '.incoming';
const SUPPORTED = 'a WAV, MP3, M4A or FLAC file, or a video with sound';

// Where an upload for this project is written before it is imported.
export function uploadTarget(store: ProjectStore): { uploadId: string; file: string } {
  const uploadId = randomUUID();
  return { uploadId, file: path.join(store.dir, MEDIA_DIR, INCOMING_DIR, uploadId) };
}

export async function importMedia(
  store: ProjectStore,
  request: { uploadId: string; fileName: string; trackId: string; atSec: number },
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const staged = path.join(store.dir, MEDIA_DIR, INCOMING_DIR, request.uploadId);
  const name = path.basename(request.fileName);
  const track = store.timeline().tracks.find((t) => t.id === request.trackId);
  if (!track || (track.kind !== 'music' && track.kind !== 'dialogue')) {
    await rm(staged, { force: true });
    throw new ApiError('invalid_input', 'Sound files go on a voice (D) or music (M) track.');
  }
  const ffmpegPath = requireFfmpeg(env);
  const ffprobePath = findFfprobe(env);
  if (!ffprobePath) throw new ApiError('ffmpeg_missing', 'ffprobe was not found next to ffmpeg, so imported files cannot be checked.');
  const id = randomUUID();
  const folder = path.join(MEDIA_DIR, id);
  try {
    const probe = await probeMedia(ffprobePath, staged).catch(() => null);
    const hasSound = probe?.streams.some((s) => s.type === 'audio') ?? false;
    if (!probe || !hasSound || !(probe.durationSec > 0)) {
      throw new ApiError('invalid_input', `${name} has no sound Kinora can read. Drop ${SUPPORTED}.`);
    }
    // Decoding for the waveform reads all of the sound, so it is also the check that all of it is there.
    const peaks = await decodePeaks(ffmpegPath, staged);
    refuseCutShort(name, probe, peaks.durationSec);
    await mkdir(path.join(store.dir, folder), { recursive: true });
    const ext = path.extname(name).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 8);
    const relative = path.join(folder, `source${ext}`);
    await rename(staged, path.join(store.dir, relative));
    const sha256 = await hashFile(path.join(store.dir, relative));
    const peaksPath = path.join(folder, 'peaks.json');
    await writeFile(path.join(store.dir, peaksPath), JSON.stringify(peaks));
    const fps = store.timeline().fps;
    const durationSec = Math.max(1 / fps, Math.floor(probe.durationSec * fps) / fps);
    const fromVideo = probe.streams.some((s) => s.type === 'video' && !['mjpeg', 'png'].includes(s.codec));
    store.addMedia(
      { id, name, path: relative, peaksPath, durationSec: probe.durationSec, fromVideo, sha256, createdAt: new Date().toISOString() },
      (t, ctx) => placeClips(t, ctx, [{
        id: ctx.newId(), trackId: track.id, startSec: toFrame(request.atSec, fps), sourceInSec: 0, durationSec, takeId: null, takeIds: [],
        mediaId: id, volume: 1, fadeInSec: 0, fadeOutSec: 0,
      }]),
    );
  } catch (error) {
    await rm(staged, { force: true });
    await rm(path.join(store.dir, folder), { recursive: true, force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError('invalid_input', `${name} could not be imported: ${(error as Error).message}. Drop ${SUPPORTED}.`);
  }
}

// A file cut short while copying keeps headers that promise its whole length, and would otherwise be
// placed at that length with silence where the missing part was.
function refuseCutShort(name: string, probe: ProbeResult, decodedSec: number): void {
  const promisedSec = probe.streams.find((s) => s.type === 'audio')?.durationSec ?? probe.durationSec;
  if (fellShort({ durationSec: promisedSec }, { frames: 0, durationSec: decodedSec })) {
    throw new ApiError('invalid_input', `${name} is damaged: only ${decodedSec.toFixed(1)} s of its ${promisedSec.toFixed(1)} s of sound could be read (was it cut short while copying?). Import the whole file, or export it again.`);
  }
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex'))).on('error', reject);
  });
}
