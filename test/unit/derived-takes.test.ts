// Takes made from other takes, through the real generation pipeline: a regenerated range, an
// extension and a look-only remix, checked on the files they write (decoded pictures, the sound
// master) and on the engine's own frames.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { runGeneration, type GenerationInput, type GenerationResult } from '../../main/engine/generate/run-generation';
import { pinsFrom, readView } from '../../main/engine/generate/take-view';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { requireFfmpeg } from '../../main/media/ffmpeg-path';
import { readWavPcm16 } from '../../main/media/wav-file';
import { frameHashes } from '../helpers/media-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

// Small pictures keep this quick; the point is the splice, not the look.
const plan: ScenePlan = { ...parsePrompt('a tennis ball drops onto a wooden table, 3 seconds'), format: { durationSec: 3, fps: 24, width: 192, height: 108 } };
const temp = makeTempDir();
const ffmpegPath = requireFfmpeg();
const base = (takeDir: string, extra: Partial<GenerationInput> = {}): GenerationInput => ({ plan, seed: 4, projectDir: temp.dir, takeDir, ffmpegPath, ...extra });
const file = (take: GenerationResult, name: 'videoPath'): string => path.join(temp.dir, take[name]);
const master = async (takeDir: string): Promise<Int16Array> => {
  const { pcm16 } = await readWavPcm16(path.join(temp.dir, takeDir, 'audio.wav'));
  return new Int16Array(pcm16.buffer, pcm16.byteOffset, pcm16.length / 2);
};
let parent: GenerationResult;

beforeAll(async () => {
  parent = await runGeneration(base('media/parent'));
}, 120_000);
afterAll(() => temp.cleanup());

describe('takes made from other takes', () => {
  it('a regenerated range keeps every picture before it bit for bit and every sample exactly, and joins without a click', async () => {
    const joinFrame = 30; // 1.25 s: the clip is copied up to the keyframe at 1 s, frames 24-29 drawn again
    const from = { kind: 'range' as const, parent: { plan, trace: parent.trace, takeDir: 'media/parent' }, joinFrame, untilFrame: 60 };
    const range = await runGeneration(base('media/range', { seed: 99, from }));
    expect(range.trace.frames.slice(0, joinFrame + 1)).toEqual(parent.trace.frames.slice(0, joinFrame + 1));
    expect(range.trace.frames).not.toEqual(parent.trace.frames);

    // The decoded file: every frame of the whole seconds before the join is the parent's, bit for bit.
    const [before, after] = await Promise.all([frameHashes(file(parent, 'videoPath')), frameHashes(file(range, 'videoPath'))]);
    expect(after).toHaveLength(72);
    expect(after.slice(0, 24)).toEqual(before.slice(0, 24));
    expect(after.slice(36)).not.toEqual(before.slice(36));
    // The engine's frames between that keyframe and the join (re-encoded in the file) are the parent's too.
    const parentView = await readView(path.join(temp.dir, 'media/parent/view.json'));
    const pins = pinsFrom(parentView!, joinFrame, plan.format.fps);
    const draw = createFrameRenderer(plan, parent.trace);
    const redraw = createFrameRenderer(plan, range.trace, { cameraAnchor: pins.cameraAnchor!, footprint: pins.footprint! });
    for (let f = 24; f <= joinFrame; f++) expect(Buffer.from(redraw.renderFrame(f)).equals(Buffer.from(draw.renderFrame(f)))).toBe(true);

    // The sound master: every sample before the join is the parent's; across it, no step larger than
    // the sound's own largest sample-to-sample change just before it.
    const [a, b] = await Promise.all([master('media/parent'), master('media/range')]);
    const joinSample = (joinFrame / plan.format.fps) * SAMPLE_RATE * 2;
    expect(b.length).toBe(a.length);
    expect(Buffer.from(b.buffer, b.byteOffset, joinSample * 2).equals(Buffer.from(a.buffer, a.byteOffset, joinSample * 2))).toBe(true);
    let local = 0;
    for (let i = joinSample - 960; i < joinSample; i++) local = Math.max(local, Math.abs(b[i]! - b[i - 2]!));
    const step = Math.max(Math.abs(b[joinSample]! - b[joinSample - 2]!), Math.abs(b[joinSample + 1]! - b[joinSample - 1]!));
    expect(step).toBeLessThanOrEqual(Math.max(local, 8));
  });

  it('an extension keeps the whole parent picture bit for bit and continues the motion from its last frame', async () => {
    const longer: ScenePlan = { ...plan, format: { ...plan.format, durationSec: 4 } };
    const from = { kind: 'extend' as const, parent: { plan, trace: parent.trace, takeDir: 'media/parent' } };
    const extended = await runGeneration(base('media/extend', { plan: longer, from }));
    expect(extended.trace.frameCount).toBe(96);
    expect(extended.trace.frames.slice(0, 72)).toEqual(parent.trace.frames);
    const [before, after] = await Promise.all([frameHashes(file(parent, 'videoPath')), frameHashes(file(extended, 'videoPath'))]);
    expect(after).toHaveLength(96);
    expect(after.slice(0, 72)).toEqual(before);
    const sound = await master('media/extend');
    expect(sound.length).toBe(4 * SAMPLE_RATE * 2);
  });

  it('a look-only remix reuses the trace exactly and shows a different picture', async () => {
    const night: ScenePlan = { ...plan, setting: { ...plan.setting, timeOfDay: 'night' }, camera: { ...plan.camera, angle: 'high' } };
    const from = { kind: 'look' as const, parent: { plan, trace: parent.trace, takeDir: 'media/parent' } };
    const remix = await runGeneration(base('media/look', { plan: night, from }));
    expect(remix.trace).toEqual(parent.trace);
    expect(await readFile(path.join(temp.dir, 'media/look/states.bin'))).toEqual(await readFile(path.join(temp.dir, 'media/parent/states.bin')));
    const [before, after] = await Promise.all([frameHashes(file(parent, 'videoPath')), frameHashes(file(remix, 'videoPath'))]);
    expect(after).toHaveLength(before.length);
    expect(after.filter((h, i) => h !== before[i]).length).toBe(before.length);
  });

  it('a remix of the sound alone keeps every picture of the parent and changes only the sound', async () => {
    const quieter: ScenePlan = { ...plan, sound: { level: 0.5, ambience: false } };
    const from = { kind: 'look' as const, parent: { plan, trace: parent.trace, takeDir: 'media/parent' } };
    const remix = await runGeneration(base('media/sound', { plan: quieter, from }));
    expect(await frameHashes(file(remix, 'videoPath'))).toEqual(await frameHashes(file(parent, 'videoPath')));
    const [a, b] = await Promise.all([master('media/parent'), master('media/sound')]);
    const peak = (x: Int16Array): number => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak(b)).toBeGreaterThan(0);
    expect(peak(b)).toBeLessThan(peak(a) * 0.6);
  });
});
