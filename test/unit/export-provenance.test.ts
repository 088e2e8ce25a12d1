// Signed provenance: the installation's key, the sidecar beside an exported film, and verification
// that holds for the film as exported and fails once the film or its manifest is changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findFfprobe } from '../../main/media/ffmpeg-path';
import { exportTimeline } from '../../main/media/export/export-timeline';
import { canonicalJson, sidecarSchema } from '../../main/media/export/provenance';
import { loadSigningKey, signingKeyPath, type SigningKey } from '../../main/media/export/signing-key';
import { verifyProvenance } from '../../main/media/export/verify-provenance';
import { makeTempDir } from '../helpers/temp-dir';
import { makeEventClip } from '../helpers/media-fixtures';

const ffprobePath = findFfprobe()!;

describe('export provenance', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let home: string;
  let key: SigningKey;
  let film: string;

  beforeAll(async () => {
    temp = makeTempDir();
    home = path.join(temp.dir, 'home');
    key = await loadSigningKey(home);
    const clip = path.join(temp.dir, 'take.mp4');
    await makeEventClip(clip, { durationSec: 2, eventSec: 1, width: 160, height: 90, fps: 24 });
    film = path.join(temp.dir, 'film.mp4');
    const piece = { file: clip, sourceInSec: 0, durationSec: 2, timelineStartSec: 0 };
    await exportTimeline(
      {
        outputPath: film,
        title: 'Signed',
        durationSec: 2,
        width: 160,
        height: 90,
        fps: 24,
        video: [{ ...piece, layer: 0 }],
        audio: [{ ...piece, gain: 1, fadeInSec: 0, fadeOutSec: 0 }],
        watermark: false,
        provenance: {
          generator: 'Kinora 0.1.0',
          parts: [{ timelineStartSec: 0, durationSec: 2, kind: 'generated', takeId: 'take-1', prompt: 'a ball drops', seed: 3, engineVersion: '0.1.0', models: [], cameos: [] }],
        },
      },
      { signingKey: key, now: () => new Date('2026-01-02T03:04:05Z') },
    );
  });
  afterAll(() => temp.cleanup());

  it('keeps one private key per installation, readable by its owner alone', async () => {
    const again = await loadSigningKey(home);
    expect(again.keyId).toBe(key.keyId);
    expect(again.publicKey).toBe(key.publicKey);
    expect(statSync(signingKeyPath(home)).mode & 0o777).toBe(0o600);
    const elsewhere = await loadSigningKey(path.join(temp.dir, 'other-home'));
    expect(elsewhere.keyId).not.toBe(key.keyId);
  });

  it('refuses a damaged key file in words', async () => {
    const damaged = path.join(temp.dir, 'damaged-home');
    await loadSigningKey(damaged);
    writeFileSync(signingKeyPath(damaged), 'not a key');
    await expect(loadSigningKey(damaged)).rejects.toThrow(/signing key .* is damaged/);
  });

  it('writes a sidecar whose signature and hash verify against the film as exported', async () => {
    const sidecar = sidecarSchema.parse(JSON.parse(readFileSync(path.join(temp.dir, 'film.kinora.json'), 'utf8')));
    expect(sidecar.manifest).toMatchObject({ generator: 'Kinora 0.1.0', createdAt: '2026-01-02T03:04:05.000Z', title: 'Signed' });
    expect(sidecar.manifest.parts[0]).toMatchObject({ prompt: 'a ball drops', seed: 3 });
    expect(sidecar.output).toMatchObject({ fileName: 'film.mp4', bytes: statSync(film).size });
    const check = await verifyProvenance(film, { ffprobePath });
    expect(check).toMatchObject({ ok: true, problems: [], keyId: key.keyId });
  });

  it('fails when the film is altered after export', async () => {
    const altered = path.join(temp.dir, 'altered.mp4');
    copyFileSync(film, altered);
    appendFileSync(altered, Buffer.from([0]));
    const check = await verifyProvenance(altered, { ffprobePath, sidecarPath: path.join(temp.dir, 'film.kinora.json') });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([expect.stringMatching(/altered\.mp4 is not the file that was signed/)]);
  });

  it('fails when the signed manifest is edited, even with the hash left intact', async () => {
    const sidecarPath = path.join(temp.dir, 'edited.kinora.json');
    const sidecar = JSON.parse(readFileSync(path.join(temp.dir, 'film.kinora.json'), 'utf8'));
    sidecar.manifest.parts[0].prompt = 'something else';
    writeFileSync(sidecarPath, JSON.stringify(sidecar));
    const check = await verifyProvenance(film, { ffprobePath, sidecarPath });
    expect(check.ok).toBe(false);
    expect(check.problems).toContainEqual(expect.stringMatching(/signature does not match/));
    expect(check.problems).toContainEqual(expect.stringMatching(/embedded in the film .* differs/));
  });

  it('says so when the sidecar is missing or is not a manifest', async () => {
    const lonely = path.join(temp.dir, 'lonely.mp4');
    copyFileSync(film, lonely);
    expect((await verifyProvenance(lonely, { ffprobePath })).problems).toEqual([expect.stringMatching(/lonely\.kinora\.json is missing/)]);
    writeFileSync(path.join(temp.dir, 'lonely.kinora.json'), '{"hello":1}');
    expect((await verifyProvenance(lonely, { ffprobePath })).problems).toEqual([expect.stringMatching(/not a Kinora provenance manifest/)]);
  });

  it('embeds a long film\'s manifest whole, past the command line\'s limit for one argument', async () => {
    const clip = path.join(temp.dir, 'take.mp4');
    const long = path.join(temp.dir, 'long.mp4');
    // 1500 parts with prompts that hold every character FFMETADATA escapes: well over 128 KB of JSON.
    const parts = Array.from({ length: 1500 }, (_, i) => ({
      timelineStartSec: 0, durationSec: 1, kind: 'generated' as const, takeId: `take-${i}`, seed: i,
      prompt: `shot ${i}: a = b; #${i} \\ then\na ball drops onto the wooden floor of a gym and bounces twice`,
    }));
    await exportTimeline(
      {
        outputPath: long, title: 'Long = film; #1', durationSec: 1, width: 160, height: 90, fps: 24,
        video: [{ file: clip, sourceInSec: 0, durationSec: 1, timelineStartSec: 0, layer: 0 }], audio: [],
        watermark: false, provenance: { generator: 'Kinora 0.1.0', parts },
      },
      { signingKey: key },
    );
    const check = await verifyProvenance(long, { ffprobePath });
    expect(check.problems).toEqual([]);
    expect(check.manifest?.parts).toHaveLength(1500);
    expect(check.manifest?.title).toBe('Long = film; #1');
    expect(canonicalJson(check.manifest).length).toBeGreaterThan(200_000);
  });

  it('serialises manifests canonically: key order never changes the signed bytes', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }], e: undefined })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });
});
