// Frames drawn in a pool (this thread and worker threads): the same bytes from this thread alone, with
// one worker or with two, and the same as drawing them one after another here, whether the consumer
// releases each frame (its buffer then takes a later frame) or keeps them all; after a cancel no
// frame is handed out.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { openFramePool } from '../../main/engine/generate/frame-pool';
import { startFrameWorkers, type ReadyWorkers } from '../../main/engine/generate/frame-workers';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const hash = (pixels: Uint8Array): string => createHash('sha256').update(pixels).digest('hex');

async function smallTake() {
  const base = parsePrompt('a man walks through a forest, 1 second');
  const plan = { ...base, format: { ...base.format, width: 128, height: 72, fps: 12 } };
  return { plan, trace: await simulate(plan, 7) };
}

async function poolHashes(size: number, take: Awaited<ReturnType<typeof smallTake>>, release: boolean, ready?: ReadyWorkers): Promise<string[]> {
  const pool = openFramePool(take.plan, take.trace, { size, ...(ready ? { ready } : {}) });
  try {
    const out: string[] = [];
    const kept: Uint8Array[] = [];
    for (let i = 0; i < pool.frameCount; i++) {
      const pixels = await pool.renderFrame(i);
      out.push(hash(pixels));
      if (release) pool.release(i);
      else kept.push(pixels);
    }
    // Frames never released still hold their own pixels after every later frame was drawn.
    kept.forEach((pixels, i) => expect(hash(pixels), `frame ${i} kept`).toBe(out[i]));
    return out;
  } finally {
    await pool.close();
  }
}

describe('frame pool', () => {
  let take: Awaited<ReturnType<typeof smallTake>>;
  let direct: string[];
  beforeAll(async () => {
    take = await smallTake();
    const renderer = createFrameRenderer(take.plan, take.trace);
    direct = Array.from({ length: take.trace.frameCount }, (_, i) => hash(renderer.renderFrame(i)));
  }, 60_000);

  it('draws byte-identical frames in order whatever the pool size, reusing released buffers', async () => {
    expect(new Set(direct).size).toBeGreaterThan(1); // the frames differ: the test can see order
    expect(await poolHashes(1, take, true)).toEqual(direct);
    // Two workers beside this thread, drawing into their rings of buffers again and again: one
    // started ahead of time (given its take when the pool opened), one started by the pool.
    const ready = startFrameWorkers(1);
    try {
      expect(await poolHashes(3, take, true, ready)).toEqual(direct);
      expect(ready.take(1), 'the worker started ahead was used').toEqual([]);
    } finally {
      await ready.close();
    }
  });

  it('keeps every frame its own for a consumer that releases none (more than a ring holds)', async () => {
    expect(await poolHashes(2, take, false)).toEqual(direct);
  });

  it('hands out no frame once the generation is cancelled', async () => {
    const controller = new AbortController();
    const pool = openFramePool(take.plan, take.trace, { size: 2, signal: controller.signal });
    try {
      await pool.renderFrame(0);
      await pool.renderFrame(1);
      controller.abort();
      await expect(pool.renderFrame(2)).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await pool.close();
    }
  });
});
