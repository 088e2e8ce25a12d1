// The remix-and-regenerate workflow through the API, with the real pipeline in a worker: a range,
// a look-only remix and an extension each land as a new take of the clip with their lineage, which
// survives undo and reopening the project; any take of the family can be put on the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../main/contract/api';
import type { ProjectState } from '../../main/contract/model';
import { createApiRouter } from '../../main/app/api-router';
import type { Studio } from '../../main/app/studio';
import { makeSmallStudio } from '../helpers/small-studio';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const makeStudio = (): Studio => makeSmallStudio(temp.dir);

let studio = makeStudio();
let call = createApiRouter(studio);
async function api<T>(method: ApiMethod, input: unknown): Promise<T> {
  const reply = await call(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.output as T;
}
async function refused(method: ApiMethod, input: unknown): Promise<string> {
  const reply = await call(method, input);
  if (reply.ok) throw new Error(`${method} was not refused`);
  return reply.error.message;
}
const done = async (projectId: string): Promise<ProjectState> => {
  await studio.whenIdle();
  const state = studio.state(projectId);
  const failed = state.jobs.find((j) => j.status === 'failed');
  if (failed) throw new Error(failed.error ?? 'a job failed');
  return state;
};

let projectId = '';
let projectPath = '';
let clipId = '';
beforeAll(async () => {
  const state = await api<ProjectState>('projects.create', { name: 'Family' });
  projectId = state.project.id;
  projectPath = state.project.path;
  await api('generate.start', { projectId, prompt: 'a tennis ball drops onto a wooden table, 2 seconds', seed: 3 });
  clipId = (await done(projectId)).timeline.clips[0]!.id;
}, 120_000);
afterAll(async () => {
  await studio.close();
  temp.cleanup();
});

describe('lineage of a clip', () => {
  it('records a range, a look-only remix and an extension as new takes of the clip, each with its parent and what changed', async () => {
    const original = studio.state(projectId).takes[0]!;
    expect(original.change.kind).toBe('original');

    await api('clips.regenerateRange', { projectId, clipId, startSec: 0.5, endSec: 1.5, seed: 42 });
    let state = await done(projectId);
    const range = state.takes.at(-1)!;
    expect(range).toMatchObject({ parentTakeId: original.id, seed: 42, durationSec: 2, change: { kind: 'range', range: { startSec: 0.5, endSec: 1.5 } } });
    expect(state.timeline.clips[0]).toMatchObject({ takeId: range.id, takeIds: [original.id, range.id] });

    const fields = await api<{ timeOfDay: string }>('takes.remixable', { projectId, takeId: range.id });
    expect(fields.timeOfDay).toBe('day');
    await api('takes.remix', { projectId, takeId: range.id, clipId, changes: { timeOfDay: 'night', camera: { angle: 'high' } } });
    state = await done(projectId);
    const remix = state.takes.at(-1)!;
    expect(remix).toMatchObject({ parentTakeId: range.id, change: { kind: 'remix', lookOnly: true } });
    expect(remix.change.summary).toMatch(/night.*high angle.*same motion/);
    // Same motion: the stored trace is the range take's, number for number.
    expect(studio.read(projectId, (s) => s.takeRecord(remix.id).trace)).toEqual(studio.read(projectId, (s) => s.takeRecord(range.id).trace));

    await api('clips.extend', { projectId, clipId, bySec: 1 });
    state = await done(projectId);
    const extended = state.takes.at(-1)!;
    expect(extended).toMatchObject({ parentTakeId: remix.id, durationSec: 3, change: { kind: 'extend' } });
    expect(state.timeline.clips[0]).toMatchObject({ takeId: extended.id, durationSec: 3 });
  }, 240_000);

  it('refuses what cannot be done with a sentence, and queues nothing', async () => {
    const jobs = studio.state(projectId).jobs.length;
    expect(await refused('clips.extend', { projectId, clipId, bySec: 19 })).toMatch(/at most 20 s/);
    expect(await refused('clips.regenerateRange', { projectId, clipId, startSec: 1.2, endSec: 1.2 })).toMatch(/at least one frame/);
    expect(await refused('clips.regenerateRange', { projectId, clipId, startSec: 0.5, endSec: 1, prompt: 'a basketball player shoots at the hoop' })).toMatch(/not who or what is in the scene/);
    const takeId = studio.state(projectId).timeline.clips[0]!.takeId;
    expect(await refused('takes.remix', { projectId, takeId, clipId, changes: {} })).toMatch(/Change something first/);
    expect(await refused('takes.remix', { projectId, takeId, clipId, changes: { things: [{ id: 'nothing-here', color: 0 }] } })).toMatch(/not in this take/);
    expect(studio.state(projectId).jobs.length).toBe(jobs);
  });

  it('keeps the lineage through undo and reopening, and puts any take of the family on the timeline', async () => {
    const before = studio.state(projectId).takes;
    await api('history.undo', { projectId });
    await api('history.undo', { projectId });
    let state = await api<ProjectState>('history.undo', { projectId });
    expect(state.timeline.clips[0]!.takeId).toBe(before[0]!.id);
    expect(state.takes).toEqual(before);

    await studio.close();
    studio = makeStudio();
    call = createApiRouter(studio);
    state = await api<ProjectState>('projects.open', { path: projectPath });
    projectId = state.project.id;
    expect(state.takes.map((t) => [t.id, t.parentTakeId, t.change])).toEqual(before.map((t) => [t.id, t.parentTakeId, t.change]));

    const remix = before.find((t) => t.change.kind === 'remix')!;
    state = await api<ProjectState>('takes.place', { projectId, takeId: remix.id, clipId: null });
    expect(state.timeline.clips.filter((c) => c.takeId === remix.id)).toHaveLength(1);
    state = await api<ProjectState>('takes.place', { projectId, takeId: remix.id, clipId: state.timeline.clips[0]!.id });
    expect(state.timeline.clips[0]!.takeId).toBe(remix.id);
    state = await api<ProjectState>('history.undo', { projectId });
    expect(state.timeline.clips[0]!.takeId).not.toBe(remix.id);
  });
});
