// Cameos through the Studio and the real generation worker: "@alex ..." is refused in words when
// alex is unknown, unconsented, revoked or deleted; a usable cameo's take holds her picture and her
// sound and records who she is; once she is revoked (or deleted, which keeps a tombstone) the take is
// blocked: no export (MP4 or .otio) while a clip shows it, naming the clip, until it is regenerated.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createApiRouter } from '../../main/app/api-router';
import { Studio } from '../../main/app/studio';
import type { ApiMethod } from '../../main/contract/api';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { GenerationInput } from '../../main/engine/generate/run-generation';
import { runGenerationInWorker } from '../../main/engine/generate/run-in-worker';
import { decodeStereoPcm } from '../../main/media/decode-pcm';
import { ffmpegPath } from '../helpers/astronaut';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { readTakePackage } from '../../main/projects/take-package';
import { addReadyCameo, TONE_HZ, type CameoFixture } from '../helpers/cameo-fixture';
import { isShirt } from '../helpers/full-length';
import { makeTempDir } from '../helpers/temp-dir';

const TIMEOUT_MS = 240_000;

function toneLevel(samples: Float32Array, fromSec: number, toSec: number): number {
  const from = Math.round(fromSec * SAMPLE_RATE), to = Math.round(toSec * SAMPLE_RATE);
  const k = 2 * Math.cos((2 * Math.PI * TONE_HZ) / SAMPLE_RATE);
  let s1 = 0, s2 = 0;
  for (let n = from; n < to; n++) {
    const s0 = samples[n]! + k * s1 - s2;
    s2 = s1; s1 = s0;
  }
  return Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - k * s1 * s2)) / (to - from);
}

// Pixels of her blue shirt in one frame of a clip (none of the forest is that colour), as filmed or
// under any light (a card seen from the front is lit less than one seen from the side).
async function shirtPixels(video: string, atSec: number, light: 'as filmed' | 'any light' = 'as filmed'): Promise<number> {
  const { stdout } = await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-ss', String(atSec), '-i', video, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { encoding: 'buffer', maxBuffer: 1 << 24 });
  let n = 0;
  for (let i = 0; i + 2 < stdout.length; i += 3) if (isShirt(stdout[i]!, stdout[i + 1]!, stdout[i + 2]!, light)) n++;
  return n;
}

describe('cameos in the studio', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  // What the studio handed the worker.
  let inputs: GenerationInput[];
  const home = (): string => path.join(temp.dir, 'home');
  // The library as an earlier session left it (cameos analysed and consented), then the app starts.
  async function startWith(add: (library: CameoLibrary) => Promise<void>): Promise<void> {
    const library = new CameoLibrary(home());
    await add(library);
    library.close();
    studio = new Studio({
      version: 'test',
      homeDir: home(),
      projectsDir: path.join(temp.dir, 'projects'),
      generate: (input, options) => {
        inputs.push(input);
        return runGenerationInWorker(input, options);
      },
    });
  }

  beforeEach(() => {
    temp = makeTempDir('kinora-cameo-studio-');
    inputs = [];
  });
  afterEach(async () => {
    await studio.close();
    temp.cleanup();
  });

  it('refuses a cameo that is unknown, unconsented, revoked or deleted, in words, before queueing', async () => {
    let kim = '', lee = '';
    await startWith(async (library) => {
      await addReadyCameo(library, 'sam', { consent: false, size: 64 });
      kim = (await addReadyCameo(library, 'kim', { size: 64 })).id;
      lee = (await addReadyCameo(library, 'lee', { size: 64 })).id;
      await addReadyCameo(library, 'ann', { size: 128, person: 'astronaut' });
    });
    studio.cameos.revoke(kim);
    await studio.cameos.delete(lee);
    const { project } = await studio.createProject('Refusals');
    const refusals: [string, RegExp][] = [
      ['@nobody walks in a park', /There is no cameo called "nobody"/],
      ['@sam walks in a park', /"sam" cannot be used until its consent is confirmed/],
      ['@kim walks in a park', /"kim" was revoked/],
      ['@lee walks in a park', /"lee" was deleted/],
      // Filmed from the waist up: never drawn legless.
      ['@ann walks in a park', /^@ann was filmed from the waist up: Kinora cannot show them walking or running; import a clip that shows you head to feet\.$/],
      ['@ann kicks a ball', /^@ann was filmed from the waist up: Kinora cannot show them kicking;/],
      ['@ann waves in a park, wide shot', /^@ann was filmed from the waist up: a wide shot would show them cut off in mid-air\./],
    ];
    for (const [prompt, message] of refusals) {
      await expect(studio.startGeneration(project.id, { prompt })).rejects.toThrow(message);
      expect(await studio.understand(prompt)).toMatchObject({ accepted: false, refusal: expect.stringMatching(message) });
    }
    expect(studio.state(project.id).jobs).toEqual([]);
    // What she can do: a medium shot of her waving; a wide shot seated behind a table, as the reading says.
    expect(await studio.understand('@ann waves in a park')).toMatchObject({ accepted: true, refusal: null });
    expect(await studio.understand('@ann stands at the kitchen table, wide shot')).toMatchObject({ accepted: true, refusal: null, understanding: { who: ['@ann (seated behind the kitchen table, filmed from the waist up)'] } });
    expect(studio.cameos.blocked().map((b) => [b.name, b.deletedAt !== null])).toEqual([['kim', false], ['lee', true]]);
    expect(studio.cameos.list().map((c) => c.name).sort()).toEqual(['ann', 'kim', 'sam']);
  }, TIMEOUT_MS);

  it('a take of "@alex ..." shows and sounds like her; revoked or deleted, it cannot be exported until regenerated', async () => {
    let alex!: CameoFixture;
    await startWith(async (library) => {
      alex = await addReadyCameo(library, 'alex', { size: 128, heightM: 1.75 });
    });
    const { project } = await studio.createProject('Alex');
    await studio.startGeneration(project.id, { prompt: '@alex walks through the forest', durationSec: 1, seed: 4 });
    await studio.whenIdle();
    const state = studio.state(project.id);
    expect(state.jobs[0]).toMatchObject({ status: 'done' });
    const take = state.takes[0]!;
    expect(take.cameos).toEqual([{ id: alex.id, name: 'alex' }]);
    // The plan records who played whom; the worker was told where her footage is.
    const { plan, cameos } = inputs[0]!;
    expect(cameos).toEqual([{ id: alex.id, name: 'alex', folder: alex.folder, hasAudio: true }]);
    expect(plan.cameos).toEqual([{ id: alex.id, name: 'alex', entityId: 'person-1', heightM: 1.75, consentAt: expect.any(String) }]);
    expect(plan.entities[0]!.size).toEqual([1.75, expect.any(Number)]);

    // Her picture is in the clip, and her recorded tone in its sound: 0.1-0.3 s, and again from 0.85 s.
    const video = path.join(project.path, take.videoPath);
    expect(await shirtPixels(video, 0.5)).toBeGreaterThan(500);
    const { left } = await decodeStereoPcm(ffmpegPath(), video, { sampleRate: SAMPLE_RATE });
    const on = Math.min(toneLevel(left, 0.13, 0.27), toneLevel(left, 0.88, 0.98));
    const off = toneLevel(left, 0.4, 0.7);
    expect(on).toBeGreaterThan(8 * off);

    // Revoked: marked blocked, and no export names anything but the clip that shows her.
    studio.cameos.revoke(alex.id);
    const out = (name: string): string => path.join(temp.dir, 'exports', name);
    expect(() => studio.startExport(project.id, { span: 'all', preset: '480p', watermark: false, outputPath: out('film.mp4') })).toThrow(/V1 · clip 1 shows @alex \(revoked\)/);
    await expect(studio.exportOtio(project.id, out('cut.otio'))).rejects.toThrow(/V1 · clip 1 shows @alex \(revoked\)/);
    await expect(studio.regenerate(project.id, { clipId: state.timeline.clips[0]!.id })).rejects.toThrow(/"alex" was revoked/);

    // Regenerated with someone else, the clip exports again.
    const clipId = state.timeline.clips[0]!.id;
    await studio.regenerate(project.id, { clipId, prompt: 'a woman walks through the forest, 1 second', seed: 5 });
    await studio.whenIdle();
    expect(await studio.exportOtio(project.id, out('cut.otio'))).toBe(out('cut.otio'));

    // Deleted: footage gone, tombstone kept; switching back to her take blocks export again.
    await studio.cameos.delete(alex.id);
    expect(existsSync(alex.folder)).toBe(false);
    studio.edit(project.id, (store) => store.selectTake(clipId, take.id));
    await expect(studio.exportOtio(project.id, out('again.otio'))).rejects.toThrow(/V1 · clip 1 shows @alex \(deleted\)/);
  }, TIMEOUT_MS);

  it('her remix, extension and shared .kinora-take keep her (picture, sound, plan), and stay under the revocation rule', async () => {
    let alex!: CameoFixture;
    await startWith(async (library) => {
      alex = await addReadyCameo(library, 'alex', { size: 128, heightM: 1.75 });
    });
    const call = createApiRouter(studio);
    const api = async <T>(method: ApiMethod, input: unknown): Promise<T> => {
      const reply = await call(method, input);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.output as T;
    };
    const { project } = await studio.createProject('Alex again');
    const projectId = project.id;
    // Someone else first, in a red shirt: nothing of her shirt's blue.
    await studio.startGeneration(projectId, { prompt: 'a man in a red shirt walks through the forest', durationSec: 1, seed: 4 });
    await studio.whenIdle();
    const first = studio.state(projectId);
    const clipId = first.timeline.clips[0]!.id;
    // The Remix panel's words, cast with her: the remix holds her.
    await api('takes.remix', { projectId, takeId: first.takes[0]!.id, clipId, changes: { prompt: '@alex walks through the forest' } });
    await studio.whenIdle();
    const cast = studio.state(projectId).takes.find((t) => t.parentTakeId === first.takes[0]!.id)!;
    expect(cast.cameos).toEqual([{ id: alex.id, name: 'alex' }]);
    // A look-only remix (seen from the front), a sound-only one, and an extension of her take: each
    // still shows and sounds like her.
    await api('takes.remix', { projectId, takeId: cast.id, clipId, changes: { camera: { angle: 'front' } } });
    await studio.whenIdle();
    const look = studio.state(projectId).takes.find((t) => t.parentTakeId === cast.id)!;
    await api('takes.remix', { projectId, takeId: look.id, clipId, changes: { sound: { level: 0.8 } } });
    await studio.whenIdle();
    await api('clips.extend', { projectId, clipId, bySec: 1 });
    await studio.whenIdle();
    const after = studio.state(projectId);
    expect(after.jobs.filter((j) => j.status !== 'done')).toEqual([]);
    const sound = after.takes.find((t) => t.parentTakeId === look.id)!;
    const longer = after.takes.find((t) => t.parentTakeId === sound.id)!;
    expect([look.change.lookOnly, sound.change.lookOnly, longer.change.kind]).toEqual([true, true, 'extend']);
    for (const take of [look, sound, longer]) {
      expect(take.cameos).toEqual([{ id: alex.id, name: 'alex' }]);
      const video = path.join(project.path, take.videoPath);
      expect(await shirtPixels(video, 0.5, 'any light')).toBeGreaterThan(500);
      const { left } = await decodeStereoPcm(ffmpegPath(), video, { sampleRate: SAMPLE_RATE });
      expect(toneLevel(left, 0.13, 0.27)).toBeGreaterThan(8 * toneLevel(left, 0.4, 0.7));
    }
    expect(inputs.at(-1)!.cameos).toEqual([{ id: alex.id, name: 'alex', folder: alex.folder, hasAudio: true }]);
    // Shared as a .kinora-take, she goes with it; imported, the take holds her, so revoking her blocks it.
    // The forest alone has none of her colour under that rule.
    const first0 = path.join(project.path, first.takes[0]!.videoPath);
    expect(await shirtPixels(first0, 0.5, 'any light')).toBeLessThan(50);
    // Sharing is off until her owner allows it in the Cameos panel; the refusal names her.
    const outputPath = path.join(temp.dir, 'out', 'alex');
    await expect(api('takes.export', { projectId, takeId: longer.id, outputPath })).rejects.toThrow(/@alex has not allowed sharing in exported takes/);
    expect(existsSync(`${outputPath}.kinora-take`)).toBe(false);
    const allowed = await api<{ sharingAllowedAt: string | null }>('cameos.setSharing', { cameoId: alex.id, allowed: true });
    const shared = (await api<{ path: string }>('takes.export', { projectId, takeId: longer.id, outputPath })).path;
    // The file records her consent status as it was when shared.
    const { header } = await readTakePackage(shared, 'alex.kinora-take');
    expect(header.cameo).toEqual({ used: true, consent: [{ name: 'alex', consentConfirmedAt: expect.any(String), sharingAllowedAt: allowed.sharingAllowedAt }] });
    const other = await studio.createProject('Imported');
    const { uploadId, file } = studio.uploadTarget(other.project.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(shared));
    const imported = await api<ReturnType<Studio['state']>>('takes.import', { projectId: other.project.id, uploadId, fileName: 'alex.kinora-take' });
    expect(imported.takes[0]!.cameos).toEqual([{ id: alex.id, name: 'alex' }]);
    studio.cameos.revoke(alex.id);
    await expect(studio.exportOtio(other.project.id, path.join(temp.dir, 'out', 'cut.otio'))).rejects.toThrow(/V1 · clip 1 shows @alex \(revoked\)/);
    await expect(api('takes.export', { projectId, takeId: longer.id, outputPath: path.join(temp.dir, 'out', 'again') })).rejects.toThrow(/@alex \(revoked\)/);
    await expect(api('clips.extend', { projectId, clipId, bySec: 1 })).rejects.toThrow(/"alex" was revoked/);
  }, 2 * TIMEOUT_MS);
});
