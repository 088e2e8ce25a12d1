// Speech on the dialogue track: a generated take's spoken lines are rendered apart from the world's
// sound (the same lines at the same samples), stored as the take's dialogue stem, and heard on D1
// linked to the clip: they follow its moves, trims, splits, deletion and undo, and the exported
// film mixes them in sync at the export loudness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Studio } from '../../main/app/studio';
import { EXPORT_LOUDNESS, SAMPLE_RATE } from '../../main/contract/format';
import { linkedSpeechOf } from '../../main/contract/linked-speech';
import { runGenerationInWorker } from '../../main/engine/generate/run-in-worker';
import { exportTimeline } from '../../main/media/export/export-timeline';
import { loadSigningKey } from '../../main/media/export/signing-key';
import { readWavPcm16 } from '../../main/media/wav-file';
import { deleteClips } from '../../main/projects/timeline/edit-delete';
import { moveClips } from '../../main/projects/timeline/edit-place';
import { setTrack } from '../../main/projects/timeline/edit-sound';
import { splitClips } from '../../main/projects/timeline/edit-split';
import { trimClip } from '../../main/projects/timeline/edit-trim';
import { buildExportPlan, type ExportPlanInput } from '../../main/projects/timeline/export-plan-builder';
import type { ProjectState } from '../../main/contract/model';
import { decodeMono, ebur128 } from '../helpers/media-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

const TIMEOUT_MS = 240_000;

// RMS of mono samples between two times.
function rms(mono: Float32Array, from: number, to: number): number {
  const a = Math.max(0, Math.round(from * SAMPLE_RATE));
  const b = Math.min(mono.length, Math.round(to * SAMPLE_RATE));
  let e = 0;
  for (let i = a; i < b; i++) e += mono[i]! ** 2;
  return Math.sqrt(e / Math.max(1, b - a));
}

async function monoWav(file: string): Promise<Float32Array> {
  const { pcm16, channels } = await readWavPcm16(file);
  const frames = pcm16.length / 2 / channels;
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) out[i] = (pcm16.readInt16LE(i * 4) + pcm16.readInt16LE(i * 4 + 2)) / 65536;
  return out;
}

function planInput(state: ProjectState, outputPath: string): ExportPlanInput {
  return {
    timeline: state.timeline, takes: state.takes, media: state.media, projectDir: state.project.path, outputPath, title: 'Talk',
    width: 426, height: 240, range: null, watermark: false, generator: 'Kinora test', engineVersion: 'test',
  };
}

describe('speech on the dialogue track', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  let projectId: string;

  beforeAll(async () => {
    temp = makeTempDir();
    studio = new Studio({ version: 'test', homeDir: path.join(temp.dir, 'home'), projectsDir: path.join(temp.dir, 'projects'), generate: runGenerationInWorker });
    projectId = (await studio.createProject('Talk')).project.id;
    await studio.startGeneration(projectId, { prompt: "a woman says 'hello there' to a knight, and he says 'good day', 4 seconds", seed: 3 });
    await studio.whenIdle();
  }, TIMEOUT_MS);
  afterAll(async () => {
    await studio.close();
    temp.cleanup();
  });

  it('stores a dialogue stem with energy at each line and none of it in the clip’s own sound, linked on D1', async () => {
    const state = studio.state(projectId);
    const take = state.takes[0]!;
    const dir = state.project.path;
    expect(take.speech).toBeDefined();
    expect(existsSync(path.join(dir, take.speech!.path)) && existsSync(path.join(dir, take.speech!.peaksPath))).toBe(true);
    const [part, ...more] = linkedSpeechOf(state.timeline, state.takes);
    expect(more).toHaveLength(0);
    expect(part!.track.name).toBe('D1');
    expect(part!.clip.id).toBe(state.timeline.clips[0]!.id);

    const { trace } = studio.read(projectId, (store) => store.takeRecord(take.id));
    const lines = trace.events.filter((e) => e.kind === 'speech');
    expect(lines.length).toBe(2);
    const speech = await monoWav(path.join(dir, take.speech!.path));
    const world = await monoWav(path.join(dir, take.videoPath.replace(/clip\.mp4$/, 'audio.wav')));
    const quiet = rms(speech, 0, Math.max(0.05, lines[0]!.t - 0.05));
    const worldBed = rms(world, 0, 4);
    for (const line of lines) {
      const during = rms(speech, line.t, line.t + line.durationSec);
      expect(during).toBeGreaterThan(20 * quiet + 1e-3);
      // The clip's own sound does not get louder while the line is spoken: the voice is not in it.
      expect(rms(world, line.t, line.t + line.durationSec)).toBeLessThan(Math.max(2 * worldBed, 0.1 * during));
    }
  }, TIMEOUT_MS);

  it('follows its clip through a move, a trim, a split, a delete and undo', () => {
    const clipId = studio.state(projectId).timeline.clips[0]!.id;
    const parts = () => linkedSpeechOf(studio.state(projectId).timeline, studio.state(projectId).takes).map((p) => ({ id: p.clip.id, start: p.clip.startSec, in: p.clip.sourceInSec, dur: p.clip.durationSec }));
    studio.edit(projectId, (s) => s.edit('Move clip', (t, ctx) => moveClips(t, ctx, [clipId], 1, null)));
    expect(parts()).toEqual([{ id: clipId, start: 1, in: 0, dur: 4 }]);
    studio.edit(projectId, (s) => s.edit('Trim clip', (t, ctx) => trimClip(t, ctx, clipId, 'start', 1.5)));
    expect(parts()).toEqual([{ id: clipId, start: 1.5, in: 0.5, dur: 3.5 }]);
    studio.edit(projectId, (s) => s.edit('Split', (t, ctx) => splitClips(t, ctx, 3, null)));
    expect(parts().map((p) => [p.start, p.in, p.dur])).toEqual([[1.5, 0.5, 1.5], [3, 2, 2]]);
    const ids = studio.state(projectId).timeline.clips.map((c) => c.id);
    studio.edit(projectId, (s) => s.edit('Delete', (t) => deleteClips(t, ids, false)));
    expect(parts()).toEqual([]);
    for (let i = 0; i < 4; i++) studio.edit(projectId, (s) => s.undo());
    expect(parts()).toEqual([{ id: clipId, start: 0, in: 0, dur: 4 }]);
  });

  it('is mixed into the exported film at its lines’ times, at the export loudness', async () => {
    const state = studio.state(projectId);
    const clipId = state.timeline.clips[0]!.id;
    studio.edit(projectId, (s) => s.edit('Move clip', (t, ctx) => moveClips(t, ctx, [clipId], 0.5, null)));
    const moved = studio.state(projectId);
    const take = moved.takes[0]!;
    const { trace } = studio.read(projectId, (store) => store.takeRecord(take.id));
    const out = path.join(temp.dir, 'film.mp4');
    const plan = buildExportPlan(planInput(moved, out));
    expect(plan.audio.map((a) => path.basename(a.file)).sort()).toEqual(['clip.mp4', 'speech.wav']);
    await exportTimeline(plan, { signingKey: await loadSigningKey(path.join(temp.dir, 'home')) });
    const film = await decodeMono(out);
    const muted = path.join(temp.dir, 'no-voice.mp4');
    studio.edit(projectId, (s) => s.edit('Mute D1', (t) => setTrack(t, t.tracks.find((k) => k.name === 'D1')!.id, { muted: true })));
    const silent = studio.state(projectId);
    await exportTimeline(buildExportPlan(planInput(silent, muted)), { signingKey: await loadSigningKey(path.join(temp.dir, 'home')) });
    const without = await decodeMono(muted);
    const lines = trace.events.filter((e) => e.kind === 'speech');
    const last = lines[lines.length - 1]!;
    // Both films are brought to the same loudness, so each is compared with its own quiet after the lines.
    const contrast = (mono: Float32Array, from: number, to: number) => rms(mono, from, to) / (rms(mono, 0.5 + last.t + last.durationSec + 0.3, 4.4) + 1e-6);
    for (const line of lines) {
      const at = 0.5 + line.t;
      // The lines are heard where they are spoken in the picture, and only because D1 plays them.
      expect(contrast(film, at, at + line.durationSec)).toBeGreaterThan(3 * contrast(without, at, at + line.durationSec));
    }
    const loudness = await ebur128(out);
    expect(Math.abs(loudness.integratedLufs - EXPORT_LOUDNESS.integratedLufs)).toBeLessThanOrEqual(EXPORT_LOUDNESS.toleranceLu);
  }, TIMEOUT_MS);
});
