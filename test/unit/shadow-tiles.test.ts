// The sun's shadow map is rebuilt each frame only where moving casters were drawn (this frame's and
// the last one's patch, shading/shadow-tiles.ts). A frame must not depend on which frames a renderer
// drew before it: a walker far from where he was, drawn after frames in any order, gives the same
// bytes as a fresh renderer, with the JavaScript and the native passes alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import type { ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace-types';
import { buildTiles, emptyRect, growRect, tilesOf } from '../../main/engine/frames/shading/shadow-tiles';

describe('shadow map patches', () => {
  let plan: ScenePlan;
  let trace: WorldTrace;
  beforeAll(async () => {
    const parsed = parsePrompt('a woman walks down a city street');
    plan = { ...parsed, format: { ...parsed.format, width: 192, height: 108 } };
    trace = await simulate(parsed, 42);
  }, 120_000);

  for (const passes of ['js', 'native'] as const) {
    it(`draw a frame the same after any other frames (${passes} passes)`, () => {
      const last = trace.frameCount - 1, mid = Math.floor(trace.frameCount / 2);
      const used = createFrameRenderer(plan, trace, { passes });
      const early = used.renderFrame(2);
      const late = used.renderFrame(last);
      const again = used.renderFrame(mid);
      const fresh = createFrameRenderer(plan, trace, { passes }).renderFrame(mid);
      expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true);
      // The walker moved: the frames differ, so a stale patch would have shown.
      expect(Buffer.from(early).equals(Buffer.from(late))).toBe(false);
      expect(Buffer.from(createFrameRenderer(plan, trace, { passes }).renderFrame(last)).equals(Buffer.from(late))).toBe(true);
    }, 60_000);
  }

  it('rebuild the tiles of a patch as a full rebuild does', () => {
    const N = 64, TN = 8, EMPTY = 1e9;
    const map = new Float32Array(N * N).fill(EMPTY);
    for (let y = 20; y < 29; y++) for (let x = 3; x < 11; x++) map[y * N + x] = 5 + x * 0.25 - y * 0.125;
    const fullRaw = new Float32Array(TN * TN), fullMin = new Float32Array(TN * TN);
    buildTiles(map, N, TN, fullRaw, fullMin, EMPTY, { tx0: 0, ty0: 0, tx1: TN, ty1: TN });
    // The patch's tiles were stale (a caster stood elsewhere); rebuilding them alone catches up.
    const raw = fullRaw.slice(), min = fullMin.slice();
    for (let y = 20; y < 29; y++) for (let x = 3; x < 11; x++) map[y * N + x] = 2;
    const patch = emptyRect();
    growRect(patch, 3, 20, 10.5, 28.5, N);
    buildTiles(map, N, TN, raw, min, EMPTY, tilesOf(patch, TN));
    buildTiles(map, N, TN, fullRaw, fullMin, EMPTY, { tx0: 0, ty0: 0, tx1: TN, ty1: TN });
    expect([...min]).toEqual([...fullMin]);
    expect(min[3 * TN + 1]).toBe(2);
  });
});
