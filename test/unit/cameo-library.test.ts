// The cameo library through the real pipeline: import validates before anything is stored; a short
// real-person clip is analysed into an alpha video with its sound, a poster and per-frame boxes; a
// cameo without consent, or revoked, cannot be used; delete removes its files; a crash mid-analysis
// is recovered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CameoService } from '../../main/cameo/cameo-service';
import { CAMEO_FILES, type CameoFramesFile } from '../../main/cameo/cameo-files';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { validateCameoSource } from '../../main/cameo/validate-cameo';
import { readAlphaVideo } from '../../main/media/alpha-video';
import { findFfprobe } from '../../main/media/ffmpeg-path';
import { probeMedia } from '../../main/media/probe-media';
import { ModelService } from '../../main/models/model-service';
import { ASTRONAUT_PNG, ffmpegPath, handMaskForClipFrame, iou, makeAstronautClip, makeLongClip } from '../helpers/astronaut';
import { CUT_SHORT_SOURCE, makeCutShortClip, makeWholeClip } from '../helpers/cut-short';
import { makeTempDir } from '../helpers/temp-dir';

// The network takes seconds a frame on two shared cores; a test that mattes waits this long.
const ANALYSIS_TIMEOUT_MS = 240_000;

describe('cameo library', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let home: string;
  let models: ModelService;
  let cameos: CameoService;
  const folders = (): string[] => readdirSync(path.join(home, 'cameos')).filter((f) => !f.startsWith('.') && !f.startsWith('library.db'));

  beforeEach(() => {
    temp = makeTempDir();
    home = path.join(temp.dir, 'home');
    models = new ModelService({ homeDir: home });
    cameos = new CameoService({ homeDir: home, models });
  });
  afterEach(async () => {
    await cameos.close();
    await models.close();
    temp.cleanup();
  }, ANALYSIS_TIMEOUT_MS);

  it('refuses a wrong type, a corrupt file and a too-long clip with a sentence, storing nothing', async () => {
    const text = path.join(temp.dir, 'notes.txt');
    writeFileSync(text, 'hello');
    await expect(cameos.import({ kind: 'path', path: text }, 'notes.txt')).rejects.toThrow(/not a file Kinora can make a cameo from/);

    const fake = path.join(temp.dir, 'fake.mp4');
    writeFileSync(fake, 'this is not a video at all, just text');
    await expect(cameos.import({ kind: 'path', path: fake }, 'fake.mp4')).rejects.toThrow(/could not be read|damaged/);

    const broken = path.join(temp.dir, 'broken.mp4');
    await makeAstronautClip(broken, { durationSec: 1, size: 128 });
    truncateSync(broken, 1500);
    await expect(cameos.import({ kind: 'path', path: broken }, 'broken.mp4')).rejects.toMatchObject({ code: 'invalid_input' });

    const long = path.join(temp.dir, 'long.mp4');
    await makeLongClip(long, 31);
    await expect(cameos.import({ kind: 'path', path: long }, 'long.mp4')).rejects.toThrow(/31\.0 s long; a cameo can be at most 30 s/);

    const photoNamedVideo = path.join(temp.dir, 'photo.mp4');
    copyFileSync(ASTRONAUT_PNG, photoNamedVideo);
    await expect(cameos.import({ kind: 'path', path: photoNamedVideo }, 'photo.mp4')).rejects.toThrow(/not what its name says/);

    await expect(cameos.import({ kind: 'path', path: path.join(temp.dir, 'gone.mp4') }, 'gone.mp4')).rejects.toThrow(/not found/);
    expect(cameos.list()).toEqual([]);
    expect(folders()).toEqual([]);
  });

  it('refuses a video cut short (headers promise 120 frames, a few decode) before storing anything', async () => {
    const cut = path.join(temp.dir, 'corrupt.mp4');
    await makeCutShortClip(cut, 0.15);
    const refusal = cameos.import({ kind: 'path', path: cut }, 'corrupt.mp4');
    await expect(refusal).rejects.toMatchObject({ code: 'invalid_input' });
    const message = await refusal.then(() => '', (error: Error) => error.message);
    const read = Number(/corrupt\.mp4 is damaged: only (\d+) of its 120 frames could be read/.exec(message)?.[1]);
    expect(read, message).toBeGreaterThan(0);
    expect(read).toBeLessThan(CUT_SHORT_SOURCE.frames / 2);
    expect(cameos.list()).toEqual([]);
    expect(folders()).toEqual([]);

    const whole = path.join(temp.dir, 'whole.mp4');
    await makeWholeClip(whole);
    const tools = { ffmpegPath: ffmpegPath(), ffprobePath: findFfprobe()! };
    expect(await validateCameoSource(tools, whole, 'whole.mp4')).toMatchObject({ kind: 'video', durationSec: CUT_SHORT_SOURCE.durationSec });
  });

  it('takes a phone video filmed upright the right way round', async () => {
    const run = promisify(execFile);
    const plain = path.join(temp.dir, 'plain.mp4');
    const upright = path.join(temp.dir, 'upright.mp4');
    await run(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x32:rate=5:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', plain]);
    // What a phone writes: landscape pixels plus "turn 90 degrees when showing".
    await run(ffmpegPath(), ['-v', 'error', '-i', plain, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', upright]);
    const tools = { ffmpegPath: ffmpegPath(), ffprobePath: findFfprobe()! };
    expect(await validateCameoSource(tools, upright, 'upright.mp4')).toMatchObject({ kind: 'video', width: 32, height: 64 });
    expect(await validateCameoSource(tools, plain, 'plain.mp4')).toMatchObject({ width: 64, height: 32 });
  });

  it('analyses a real-person clip into an alpha video with sound; consent gates use; revoke and delete', async () => {
    const clip = path.join(temp.dir, 'Alex Smith.mp4');
    await makeAstronautClip(clip, { durationSec: 0.75, size: 192 });
    const started = await cameos.import({ kind: 'path', path: clip }, 'Alex Smith.mp4');
    expect(started).toMatchObject({ name: 'Alex-Smith', status: 'analysing', heightM: 1.7, usable: false, consent: null });
    await cameos.whenIdle();
    const ready = cameos.list()[0]!;
    expect(ready).toMatchObject({ status: 'ready', kind: 'video', fps: 12, frameCount: 9, width: 192, height: 192, hasAudio: true });

    // The stored matte: 9 RGBA frames whose alpha follows the person as the framing drifts, on the
    // network's key frames (0, 4, 8) and on the propagated frames between them alike.
    const folder = cameos.library.folder(ready.id);
    const frames = await readAlphaVideo(ffmpegPath(), path.join(folder, CAMEO_FILES.matte), 192, 192);
    expect(frames).toHaveLength(9);
    frames.forEach((frame, index) => {
      const alpha = new Uint8Array(192 * 192).map((_, i) => frame[i * 4 + 3]!);
      expect(iou(alpha, handMaskForClipFrame(192, 0.75, 12, index)), `frame ${index}`).toBeGreaterThanOrEqual(0.9);
    });
    const probe = await probeMedia(findFfprobe()!, path.join(folder, CAMEO_FILES.matte));
    expect(probe.streams.map((s) => s.codec).sort()).toEqual(['opus', 'vp9']);
    const boxes = JSON.parse(readFileSync(path.join(folder, CAMEO_FILES.frames), 'utf8')) as CameoFramesFile;
    expect(boxes.frames).toHaveLength(9);
    expect(boxes.frames[0]!.bbox![3]).toBe(192); // the frame's bottom edge cuts her at the waist
    expect(boxes.frames[0]!.bbox![1]).toBeLessThan(15); // her hair nearly touches the top
    // So the library records her as filmed from the waist up, in words and as a share of her height.
    expect(boxes.frames.every((f) => (f.bottomPx ?? 0) > 100)).toBe(true);
    expect(ready.framing).toMatchObject({ words: 'from the waist up' });
    expect(ready.framing!.shownShare).toBeGreaterThan(0.33);
    expect(ready.framing!.shownShare).toBeLessThan(0.59);
    expect(existsSync(path.join(folder, CAMEO_FILES.poster))).toBe(true);

    // No consent: unusable, whatever a client claims.
    expect(() => cameos.requireUsable('Alex-Smith')).toThrow(/consent/);
    cameos.update(ready.id, { name: 'alex', heightM: 1.82 });
    const consented = cameos.consent(ready.id, 'Alex Smith');
    expect(consented.consent).toMatchObject({ confirmedBy: 'Alex Smith' });
    expect(cameos.requireUsable('alex')).toMatchObject({ id: ready.id, heightM: 1.82, usable: true });

    // Revoked: blocked for good, record kept.
    cameos.revoke(ready.id);
    expect(() => cameos.requireUsable('alex')).toThrow(/revoked/);
    expect(() => cameos.consent(ready.id, 'Alex Smith')).toThrow(/revoked/);
    expect(cameos.list()[0]).toMatchObject({ usable: false, consent: { confirmedBy: 'Alex Smith' } });
    expect(() => cameos.mediaFile(ready.id, CAMEO_FILES.sourceStem + '.mp4')).toThrow(/No such cameo file/);

    // Delete: the footage and the mattes are gone; a tombstone keeps the takes that used it blocked
    // and its name from being handed to anyone else.
    await cameos.delete(ready.id);
    expect(cameos.list()).toEqual([]);
    expect(existsSync(folder)).toBe(false);
    expect(cameos.blocked()).toEqual([{ id: ready.id, name: 'alex', revokedAt: expect.any(String), deletedAt: expect.any(String) }]);
    expect(() => cameos.requireUsable('alex')).toThrow(/"alex" was deleted/);
    expect(() => cameos.update(ready.id, { name: 'bob' })).toThrow(/no longer exists/);
  }, ANALYSIS_TIMEOUT_MS);

  it('a cancelled analysis leaves a cancelled record and no mattes', async () => {
    const clip = path.join(temp.dir, 'dance.mp4');
    await makeAstronautClip(clip, { durationSec: 2, size: 128 });
    const cameo = await cameos.import({ kind: 'path', path: clip }, 'dance.mp4');
    cameos.cancel(cameo.id);
    await cameos.whenIdle();
    expect(cameos.list()[0]).toMatchObject({ status: 'cancelled', usable: false, mattePath: null });
    expect(readdirSync(cameos.library.folder(cameo.id))).toEqual(['source.mp4']);
  }, ANALYSIS_TIMEOUT_MS);

  it('a picture with no one in it fails with a sentence that says what to do', async () => {
    const wall = path.join(temp.dir, 'wall.png');
    await promisify(execFile)(ffmpegPath(), ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x808890:s=160x120', '-frames:v', '1', wall]);
    const cameo = await cameos.import({ kind: 'path', path: wall }, 'wall.png');
    await cameos.whenIdle();
    expect(cameos.library.get(cameo.id)).toMatchObject({ status: 'failed', usable: false, error: expect.stringMatching(/No person was found.*clearly visible/) });
    expect(readdirSync(cameos.library.folder(cameo.id))).toEqual(['source.png']);
  }, ANALYSIS_TIMEOUT_MS);

  it('after a crash, an interrupted analysis resumes and orphaned files are removed', async () => {
    await cameos.close();
    // A library as a crash left it: a record still analysing, and a folder with no record.
    const library = new CameoLibrary(home);
    library.insert('crashed', 'me.png', { kind: 'photo', extension: '.png', durationSec: 0, width: 512, height: 512, hasAudio: false });
    library.close();
    mkdirSync(path.join(home, 'cameos', 'crashed'), { recursive: true });
    copyFileSync(ASTRONAUT_PNG, path.join(home, 'cameos', 'crashed', 'source.png'));
    mkdirSync(path.join(home, 'cameos', 'orphan'));
    cameos = new CameoService({ homeDir: home, models });
    await cameos.recover();
    await cameos.whenIdle();
    expect(folders()).toEqual(['crashed']);
    expect(cameos.list()[0]).toMatchObject({ id: 'crashed', status: 'ready', kind: 'photo', frameCount: 1 });
  }, ANALYSIS_TIMEOUT_MS);
});
