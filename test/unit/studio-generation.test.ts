// The Studio with the real pipeline in a real worker thread: prompt in, a playable take on the
// timeline out; regenerate, cancel and failure paths leave the project consistent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiEvent } from '../../main/contract/api';
import { waveformPeaksSchema } from '../../main/contract/peaks';
import { Studio } from '../../main/app/studio';
import type { GenerationInput } from '../../main/engine/generate/run-generation';
import { runGenerationInWorker, startSpareGeneration, stopSpareGeneration } from '../../main/engine/generate/run-in-worker';
import { findFfprobe } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { makeTempDir } from '../helpers/temp-dir';

const PROMPT = 'a basketball player shoots at the hoop, the ball misses and bounces off the rim, 2 seconds';

describe('Studio generation', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let events: ApiEvent[];
  // What the studio handed the worker: the plan it parsed once, never the prompt to parse again.
  let inputs: GenerationInput[];

  const makeStudio = (env?: NodeJS.ProcessEnv): Studio => {
    const studio = new Studio({
      version: 'test',
      homeDir: path.join(temp.dir, 'home'),
      projectsDir: path.join(temp.dir, 'projects'),
      generate: (input, options) => {
        inputs.push(input);
        return runGenerationInWorker(input, options);
      },
      ...(env ? { env } : {}),
    });
    studio.onEvent((e) => events.push(e));
    return studio;
  };

  beforeEach(() => {
    temp = makeTempDir();
    events = [];
    inputs = [];
  });
  afterEach(() => temp.cleanup());

  it('generates a take in a worker and places it on the timeline; regenerating keeps both takes', async () => {
    // As the app runs them: each take in a worker started ahead of it (loaded, its frame workers
    // started), the next one started when a take ends (the third take may find it still loading).
    expect(await startSpareGeneration(), 'a worker made ready before the take').toBe(true);
    const studio = makeStudio();
    const { project } = await studio.createProject('Court');
    const jobId = await studio.startGeneration(project.id, { prompt: PROMPT, seed: 11 });
    await studio.whenIdle();

    const state = studio.state(project.id);
    expect(state.timeline.clips).toHaveLength(1);
    const take = state.takes[0]!;
    expect(state.jobs.find((j) => j.id === jobId)).toMatchObject({ status: 'done', progress: 1, takeId: take.id });
    // The job is announced with its clip's length from the start (the words say 2 seconds), so the
    // timeline's placeholder is as long as the clip will be.
    const firstNews = events.find((e) => e.event === 'job.updated');
    expect(firstNews?.event === 'job.updated' ? firstNews.payload.job : null).toMatchObject({ id: jobId, status: 'queued', durationSec: 2 });
    expect(take).toMatchObject({ seed: 11, durationSec: 2, width: 854, height: 480, fps: 24 });
    expect(take.outcome.length).toBeGreaterThan(10);
    expect(inputs[0]?.plan.prompt).toBe(PROMPT);
    expect(Object.keys(inputs[0] ?? {})).not.toContain('prompt');
    // The understanding travels with the take, and the same reading is there before generating.
    expect(take.understanding).toMatchObject({ action: 'the basketball player shoots at the hoop, to miss', where: 'gym, by day (the usual place for this)' });
    expect((await studio.understand(PROMPT)).understanding).toEqual(take.understanding);

    const probe = await probeMedia(findFfprobe()!, path.join(project.path, take.videoPath));
    expect(probe.streams.map((s) => s.type).sort()).toEqual(['audio', 'video']);
    expect(probe.durationSec).toBeGreaterThan(1.9);
    expect(probe.durationSec).toBeLessThan(2.2);
    const peaks = waveformPeaksSchema.parse(JSON.parse(readFileSync(path.join(project.path, take.peaksPath), 'utf8')));
    expect(Math.max(...peaks.levels[1]!.channels[0]!)).toBeGreaterThan(0.05);
    expect(existsSync(path.join(project.path, take.filmstripPath))).toBe(true);
    // The take's files and nothing temporary: the clip, its thumbnails and waveform, and what a range
    // or an extension continues from (the sound master, the physics states, the camera path).
    expect(readdirSync(path.dirname(path.join(project.path, take.videoPath))).sort()).toEqual(['audio.wav', 'clip.mp4', 'filmstrip.jpg', 'peaks.json', 'states.bin', 'view.json']);

    // Progress went forward and was announced; the landing take was announced too.
    const progress = events.filter((e) => e.event === 'job.updated').map((e) => (e.event === 'job.updated' ? e.payload.job.progress : 0));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(events.some((e) => e.event === 'project.changed' && e.payload.state.timeline.clips.length === 1)).toBe(true);

    const clipId = state.timeline.clips[0]!.id;
    await studio.regenerate(project.id, { clipId });
    await studio.whenIdle();
    const after = studio.state(project.id);
    expect(after.timeline.clips).toHaveLength(1);
    const retake = after.takes.find((t) => t.id === after.timeline.clips[0]!.takeId)!;
    expect(retake.id).not.toBe(take.id);
    expect(retake.seed).not.toBe(take.seed);
    expect(retake.parentTakeId).toBe(take.id);
    expect(after.timeline.clips[0]!.takeIds).toEqual([take.id, retake.id]);
    expect(retake.durationSec).toBe(2);

    expect(retake).toMatchObject({ width: 854, height: 480 });

    // An edited prompt decides its own length; the picture size is chosen with it.
    await studio.regenerate(project.id, { clipId, prompt: 'a red rubber ball drops onto the floor, 1 second', resolution: '720p' });
    await studio.whenIdle();
    const edited = studio.state(project.id);
    const editedTake = edited.takes.find((t) => t.id === edited.timeline.clips[0]!.takeId)!;
    expect(editedTake).toMatchObject({ prompt: 'a red rubber ball drops onto the floor, 1 second', durationSec: 1, parentTakeId: retake.id, width: 1280, height: 720 });
    const editedProbe = await probeMedia(findFfprobe()!, path.join(project.path, editedTake.videoPath));
    expect(editedProbe.streams.find((s) => s.type === 'video')).toMatchObject({ width: 1280, height: 720 });
    expect(edited.timeline.clips[0]!.takeIds).toHaveLength(3);
    await studio.close();
    await stopSpareGeneration();
    // Three takes through the real worker (two 2 s at 480p, one 1 s at 720p): about 30 s of CPU with
    // the full look, so a machine shared with other work needs more than the default minute.
  }, 300_000);

  it('cancels a running job: no take, no files, the timeline untouched', async () => {
    const studio = makeStudio();
    const { project } = await studio.createProject('Cancel');
    const jobId = await studio.startGeneration(project.id, { prompt: PROMPT.replace('2 seconds', '6 seconds'), seed: 3 });
    await new Promise<void>((resolve) => {
      const stop = studio.onEvent((e) => {
        if (e.event === 'job.updated' && e.payload.job.progress > 0.2) {
          stop();
          resolve();
        }
      });
    });
    studio.cancelJob(project.id, jobId);
    await studio.whenIdle();
    const state = studio.state(project.id);
    expect(state.jobs.find((j) => j.id === jobId)?.status).toBe('cancelled');
    expect(state.timeline.clips).toEqual([]);
    expect(state.takes).toEqual([]);
    expect(readdirSync(path.join(project.path, 'media'))).toEqual([]);
    await studio.close();
  });

  it('refuses prompts it cannot depict before queueing anything', async () => {
    const studio = makeStudio();
    const { project } = await studio.createProject('Words');
    await expect(studio.startGeneration(project.id, { prompt: 'a quiet poem about love' })).rejects.toThrow(expect.objectContaining({ code: 'unsupported_prompt' }));
    expect(studio.state(project.id).jobs).toEqual([]);
    await studio.close();
  });

  it('says ffmpeg is missing instead of queueing a job that cannot finish', async () => {
    const studio = makeStudio({ PATH: temp.dir, FFMPEG_PATH: path.join(temp.dir, 'nope') });
    const { project } = await studio.createProject('No ffmpeg');
    await expect(studio.startGeneration(project.id, { prompt: PROMPT })).rejects.toThrow(expect.objectContaining({ code: 'ffmpeg_missing' }));
    expect((await studio.info()).ffmpeg.ok).toBe(false);
    await studio.close();
  });

  it('marks a job failed with ffmpeg’s complaint when encoding breaks, and keeps earlier work', async () => {
    // An ffmpeg that starts (it answers -version) but cannot encode anything.
    const broken = path.join(temp.dir, 'broken-ffmpeg');
    writeFileSync(broken, '#!/bin/sh\nif [ "$2" = "-version" ]; then echo "ffmpeg version broken"; exit 0; fi\necho "Unknown encoder libx264" >&2\nexit 1\n', { mode: 0o755 });
    const studio = makeStudio({ ...process.env, FFMPEG_PATH: broken });
    const { project } = await studio.createProject('Broken ffmpeg');
    const jobId = await studio.startGeneration(project.id, { prompt: PROMPT });
    await studio.whenIdle();
    const job = studio.state(project.id).jobs.find((j) => j.id === jobId)!;
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/ffmpeg could not encode/);
    expect(readdirSync(path.join(project.path, 'media'))).toEqual([]);
    await studio.close();
  });
});
