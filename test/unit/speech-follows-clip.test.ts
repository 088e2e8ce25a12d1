// A generated clip's spoken lines go where the clip goes, in the exported film itself: edited the way
// the editor edits (the API's clips.move, ripple delete, split, undo, redo, reopening the project),
// the D1 part keeps the clip's timing and the voice's onset in the MP4 moves by exactly as much as
// the clip did. A1 is muted in these films so the onset measured is the voice's.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../main/app/api-router';
import type { Studio } from '../../main/app/studio';
import type { ApiEvent, ApiMethod } from '../../main/contract/api';
import { SAMPLE_RATE } from '../../main/contract/format';
import { linkedSpeechOf } from '../../main/contract/linked-speech';
import type { ProjectState } from '../../main/contract/model';
import { decodeStereo } from '../helpers/media-fixtures';
import { firstOnsetSec } from '../helpers/sound-onset';
import { makeSmallStudio } from '../helpers/small-studio';
import { makeTempDir } from '../helpers/temp-dir';

const TIMEOUT_MS = 300_000;
// The onset found by sound-onset.ts wanders by a few ms with where the voice falls among the AAC
// frames (pre-echo); the cross-correlation below pins the shift to the sample.
const ONSET_TOLERANCE_SEC = 0.015;

const temp = makeTempDir();
const makeStudio = (): Studio => makeSmallStudio(temp.dir);
let studio = makeStudio();
let call = createApiRouter(studio);

async function api(method: ApiMethod, input: unknown): Promise<ProjectState> {
  const reply = await call(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.output as ProjectState;
}

let projectId = '';
let exports = 0;

// The whole timeline exported through the export service, as the dialog starts it.
async function exportFilm(): Promise<Float32Array> {
  const outputPath = path.join(temp.dir, `film-${++exports}.mp4`);
  const finished = new Promise<void>((resolve, reject) => {
    const stop = studio.onEvent((event: ApiEvent) => {
      if (event.event !== 'export.updated' || event.payload.projectId !== projectId) return;
      const { status, error } = event.payload.export;
      if (status === 'running') return;
      stop();
      if (status === 'done') resolve();
      else reject(new Error(`export ${status}: ${error ?? ''}`));
    });
  });
  const reply = await call('export.start', { projectId, span: 'all', preset: '480p', watermark: false, outputPath });
  if (!reply.ok) throw new Error(reply.error.message);
  await finished;
  return decodeStereo(outputPath);
}

// The voice's onset (searched from the film's start: the stem's faint floor after silence is no onset).
const voiceOnsetSec = (samples: Float32Array, fromSec = 0): number => firstOnsetSec(samples, fromSec);

// How far `film` is behind `reference` (seconds, to the sample): the lag, within 50 ms of
// `aboutSec`, at which the reference's voice from `voiceSec` (half a second of it) lines up best
// with the film (normalised cross-correlation of the channels' sum).
function lagSec(reference: Float32Array, film: Float32Array, voiceSec: number, aboutSec: number): { lagSec: number; match: number } {
  const mono = (s: Float32Array, i: number): number => (s[2 * i] ?? 0) + (s[2 * i + 1] ?? 0);
  const from = Math.round(voiceSec * SAMPLE_RATE);
  const length = Math.round(0.5 * SAMPLE_RATE);
  const search = Math.round(0.05 * SAMPLE_RATE);
  const centre = Math.round(aboutSec * SAMPLE_RATE);
  let best = { lag: 0, match: -Infinity };
  for (let lag = centre - search; lag <= centre + search; lag++) {
    let dot = 0;
    let rr = 0;
    let ff = 0;
    for (let i = from; i < from + length; i++) {
      const r = mono(reference, i);
      const f = mono(film, i + lag);
      dot += r * f;
      rr += r * r;
      ff += f * f;
    }
    const match = dot / Math.sqrt(rr * ff + 1e-12);
    if (match > best.match) best = { lag, match };
  }
  return { lagSec: best.lag / SAMPLE_RATE, match: best.match };
}

const parts = (state: ProjectState) => linkedSpeechOf(state.timeline, state.takes).map((p) => ({ start: p.clip.startSec, in: p.clip.sourceInSec, dur: p.clip.durationSec, track: state.timeline.tracks.find((t) => t.id === p.clip.trackId)?.name }));

describe('the spoken lines follow their clip into the export', () => {
  let clipId = '';
  let firstLineSec = 0;
  let onsetAtZeroSec = 0;
  let filmAtZero: Float32Array = new Float32Array(0);

  // The voice in `film` is where it was in the film of the clip at 0, `shiftSec` later: its onset
  // (to the onset tolerance) and its waveform (to the sample).
  function expectVoiceMovedBy(film: Float32Array, shiftSec: number): void {
    expect(Math.abs(voiceOnsetSec(film) - onsetAtZeroSec - shiftSec)).toBeLessThan(ONSET_TOLERANCE_SEC);
    const { lagSec: lag, match } = lagSec(filmAtZero, film, firstLineSec, shiftSec);
    expect(Math.abs(lag - shiftSec) * SAMPLE_RATE).toBeLessThanOrEqual(1);
    expect(match).toBeGreaterThan(0.99);
  }

  beforeAll(async () => {
    projectId = (await api('projects.create', { name: 'Hello' })).project.id;
    const started = await call('generate.start', { projectId, prompt: "a man says 'hello there' and waves, 3 seconds", seed: 2 });
    if (!started.ok) throw new Error(started.error.message);
    await studio.whenIdle();
    const state = studio.state(projectId);
    clipId = state.timeline.clips[0]!.id;
    const { trace } = studio.read(projectId, (store) => store.takeRecord(state.takes[0]!.id));
    firstLineSec = trace.events.find((e) => e.kind === 'speech')!.t;
    const a1 = state.timeline.tracks.find((t) => t.name === 'A1')!;
    await api('tracks.update', { projectId, trackId: a1.id, muted: true });
    filmAtZero = await exportFilm();
    onsetAtZeroSec = voiceOnsetSec(filmAtZero);
  }, TIMEOUT_MS);
  afterAll(async () => {
    await studio.close();
    temp.cleanup();
  });

  it('is heard where the take speaks it when the clip starts the timeline', () => {
    expect(parts(studio.state(projectId))).toEqual([{ start: 0, in: 0, dur: 3, track: 'V1' }]);
    expect(onsetAtZeroSec).toBeGreaterThan(firstLineSec - 0.02);
    expect(onsetAtZeroSec).toBeLessThan(firstLineSec + 0.1);
  });

  it('moves by as much as a moved clip, along V1 and up onto V2', async () => {
    let state = await api('clips.move', { projectId, clipIds: [clipId], deltaSec: 1.25, trackId: null });
    expect(parts(state)).toEqual([{ start: 1.25, in: 0, dur: 3, track: 'V1' }]);
    expectVoiceMovedBy(await exportFilm(), 1.25);
    state = await api('tracks.addVideo', { projectId });
    const v2 = state.timeline.tracks.find((t) => t.name === 'V2')!;
    state = await api('clips.move', { projectId, clipIds: [clipId], deltaSec: 0.5, trackId: v2.id });
    expect(parts(state)).toEqual([{ start: 1.75, in: 0, dur: 3, track: 'V2' }]);
    expectVoiceMovedBy(await exportFilm(), 1.75);
  }, TIMEOUT_MS);

  it('keeps its lines through a split, a ripple delete of the part before them, undo, redo and reopening', async () => {
    const v1 = studio.state(projectId).timeline.tracks.find((t) => t.name === 'V1')!;
    let state = await api('clips.move', { projectId, clipIds: [clipId], deltaSec: 0.25, trackId: v1.id });
    expect(parts(state)).toEqual([{ start: 2, in: 0, dur: 3, track: 'V1' }]);
    // Split on a frame before the first line: the second half carries it, at the same place.
    const headSec = Math.round((firstLineSec - 0.25) * 24) / 24;
    expect(headSec).toBeGreaterThan(0);
    state = await api('clips.split', { projectId, timeSec: 2 + headSec, clipIds: null });
    expect(parts(state).map((p) => [p.start, p.in])).toEqual([[2, 0], [2 + headSec, headSec]]);
    expectVoiceMovedBy(await exportFilm(), 2);

    // Ripple-deleting the head pulls the rest, voice and all, left by the head's length.
    const head = state.timeline.clips.find((c) => c.startSec === 2)!;
    state = await api('clips.delete', { projectId, clipIds: [head.id], ripple: true });
    const after = [{ start: 2, in: headSec, dur: 3 - headSec, track: 'V1' }];
    expect(parts(state)).toEqual(after);
    expectVoiceMovedBy(await exportFilm(), 2 - headSec);

    state = await api('history.undo', { projectId });
    expect(parts(state).map((p) => p.start)).toEqual([2, 2 + headSec]);
    state = await api('history.undo', { projectId });
    expect(parts(state)).toEqual([{ start: 2, in: 0, dur: 3, track: 'V1' }]);
    await api('history.redo', { projectId });
    state = await api('history.redo', { projectId });
    expect(parts(state)).toEqual(after);

    await studio.close();
    studio = makeStudio();
    call = createApiRouter(studio);
    const reopened = await api('projects.open', { path: state.project.path });
    projectId = reopened.project.id;
    expect(parts(reopened)).toEqual(after);
    expectVoiceMovedBy(await exportFilm(), 2 - headSec);
  }, TIMEOUT_MS);
});
