// The model service loads the real ISNet weights and segments a real photo of a person: the matte
// covers her and not the backdrop, flag or shuttle. Missing or damaged weights give an error naming
// the file, and the service keeps working for the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { MODELS } from '../../main/models/manifest';
import { packageDir } from '../../main/models/model-files';
import { ModelService } from '../../main/models/model-service';
import { ASTRONAUT_PNG, ASTRONAUT_SIZE, ffmpegPath, handMask, iou } from '../helpers/astronaut';
import { makeTempDir } from '../helpers/temp-dir';

const run = promisify(execFile);

async function astronautRgb(): Promise<Uint8Array> {
  const { stdout } = await run(ffmpegPath(), ['-v', 'error', '-i', ASTRONAUT_PNG, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { encoding: 'buffer', maxBuffer: 1 << 24 });
  return new Uint8Array(stdout);
}

// A copy of the weights package made of links to the real chunks, with one chunk replaced or removed.
function brokenPackage(root: string, damage: 'remove' | 'corrupt'): string {
  const real = packageDir(MODELS['person-matte']);
  const copy = path.join(root, MODELS['person-matte'].weights.packageName);
  mkdirSync(path.join(copy, 'dist'), { recursive: true });
  writeFileSync(path.join(copy, 'package.json'), readFileSync(path.join(real, 'package.json')));
  const resources = JSON.parse(readFileSync(path.join(real, 'dist/resources.json'), 'utf8')) as Record<string, { chunks: { hash: string }[] }>;
  writeFileSync(path.join(copy, 'dist/resources.json'), JSON.stringify(resources));
  const victim = resources[MODELS['person-matte'].weights.resourceKey]!.chunks[3]!.hash;
  for (const file of readdirSync(path.join(real, 'dist'))) {
    if (!/^[a-f0-9]{64}$/.test(file)) continue;
    if (file === victim) {
      if (damage === 'corrupt') writeFileSync(path.join(copy, 'dist', file), Buffer.alloc(4 * 1024 * 1024, 7));
      continue;
    }
    symlinkSync(path.join(real, 'dist', file), path.join(copy, 'dist', file));
  }
  return path.join(copy, 'dist', victim);
}

describe('person matte through the model service', () => {
  const temp = makeTempDir();
  let service: ModelService;
  beforeAll(() => {
    service = new ModelService({ homeDir: path.join(temp.dir, 'home') });
  });
  afterAll(async () => {
    await service.close();
    temp.cleanup();
  });

  it('segments the astronaut: IoU >= 0.9 against a hand-drawn mask, known pixels right (CUDA asked, CPU used)', async () => {
    // This machine has no CUDA provider library: asking for it must still run, on the CPU, and say so.
    await service.setProvider('cuda');
    const alpha = await service.matte({ width: ASTRONAUT_SIZE, height: ASTRONAUT_SIZE, rgb: await astronautRgb() });
    expect(iou(alpha, handMask(ASTRONAUT_SIZE))).toBeGreaterThanOrEqual(0.9);
    const at = (x: number, y: number): number => alpha[y * ASTRONAUT_SIZE + x]!;
    // Face, suit, badge: person.
    for (const [x, y] of [[225, 110], [150, 400], [170, 385], [300, 330]] as const) expect(at(x, y)).toBeGreaterThan(200);
    // Backdrop top-left and top-right, the flag, the shuttle: not person.
    for (const [x, y] of [[100, 40], [330, 60], [20, 100], [400, 200], [480, 300]] as const) expect(at(x, y)).toBeLessThan(40);

    const state = await service.state();
    expect(state.models[0]).toMatchObject({ id: 'person-matte', status: 'ok' });
    expect(state.provider).toMatchObject({ selected: 'cuda', active: 'cpu' });
    expect(state.provider.message).toMatch(/CUDA .* not available on this machine, so models run on the CPU/);
  });

  it('names a missing or damaged weights file, and the Models view shows it', async () => {
    for (const damage of ['remove', 'corrupt'] as const) {
      const root = path.join(temp.dir, damage);
      const victim = brokenPackage(root, damage);
      const broken = new ModelService({ homeDir: path.join(temp.dir, 'home'), modelsRoot: root });
      try {
        const rgb = new Uint8Array(16 * 16 * 3);
        const failure = broken.matte({ width: 16, height: 16, rgb });
        await expect(failure).rejects.toMatchObject({ code: 'model_missing' });
        await expect(failure).rejects.toThrow(damage === 'remove' ? path.basename(victim) : /damaged/);
        const shown = (await broken.state()).models[0]!;
        expect(shown.status).toBe(damage === 'remove' ? 'missing' : 'corrupt');
        expect(shown.message).toMatch(/Reinstall/);
      } finally {
        await broken.close();
      }
    }
  });

  it('a request cancelled before it starts never runs', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(service.matte({ width: 8, height: 8, rgb: new Uint8Array(8 * 8 * 3) }, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
