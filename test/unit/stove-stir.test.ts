// A man stirring at the stove (actions/stir, shared/own-hand.ts): "a man stirs a pot of soup on the
// stove" stands him behind it facing it, as at a table, so the medium shot from above holds the pot
// and his hand on the spoon with his head behind them, and the spoon going round the pot's middle
// turns the soup (the stir tests' measure: its mean angular speed about the pot's axis). He used to
// stand side-on (faced along +x, as with no table), his hand at the pot's side; the spoon went round
// a small circle by the wall and the soup turned at 0.7 rad/s (the strip read as nothing moving).
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { traceSwirl } from '../../main/engine/liquids/trace-swirl';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

describe('stirring at the stove', () => {
  it('"a man stirs a pot of soup on the stove": the soup turns, the pot stays, and the shot holds the pot and his hand', async () => {
    const W = 320, H = 180;
    const plan = readPrompt('a man stirs a pot of soup on the stove', { durationSec: 4, width: W, height: H }).plan!;
    const stir = plan.actions.find((a) => a.kind === 'stir')!;
    if (stir.kind !== 'stir') return;
    const pot = plan.entities.find((e) => e.form === 'pot')!;
    const stove = plan.entities.find((e) => e.form === 'stove')!;
    const man = plan.entities.find((e) => e.kind === 'person')!;
    expect(stir.by).toBe(man.id);
    const trace = await simulate(plan, 1);
    const fps = plan.format.fps;
    const mean = (from: number, to: number): number => {
      const fs = Array.from({ length: Math.round((to - from) * fps) }, (_, k) => Math.round(from * fps) + k).filter((f) => f >= 1);
      return fs.reduce((s, f) => s + traceSwirl(trace.liquid!, pot.position, f, fps), 0) / fs.length;
    };
    const end = stir.startSec + stir.stirSec;
    expect(Math.abs(mean(0.1, stir.startSec))).toBeLessThan(0.1);
    // Measured (seed 1): 2.7 rad/s over the stir's last half second (0.7 before).
    expect(mean(end - 0.5, end)).toBeGreaterThan(1.5);
    const at = (id: string, f: number): number[] => {
      const b = trace.bodies.findIndex((body) => body.id === id);
      return [0, 1, 2].map((k) => trace.frames[f]![b * FLOATS_PER_BODY + k]!);
    };
    for (let f = 0; f < trace.frames.length; f++) {
      for (const e of [pot, stove]) expect(Math.hypot(at(e.id, f)[0]! - e.position[0], at(e.id, f)[2]! - e.position[2])).toBeLessThan(0.01);
    }
    // Mid-stir, the pot is wholly in the picture, his hand on the spoon in it and his face behind it,
    // framed as the stir at a table is (320 x 180, seed 1: pot 301 px, its foot 21 px off the frame's
    // bottom; hand 137 px; head 571 px. Side-on: hand 64 px, head 191 px; at a table: pot 245 px, its
    // foot 21 px off the bottom, hand 111 px).
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    r.renderFrame(Math.round((stir.startSec + stir.stirSec / 2) * fps));
    const potBox = objectPixels(r, `object:${pot.id}`).box;
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    const handBox = objectPixels(r, `hand:${hand.id}`).box;
    expect(potBox.count).toBeGreaterThan(200);
    expect(potBox.minX).toBeGreaterThan(0.1 * W);
    expect(potBox.maxX).toBeLessThan(0.9 * W);
    expect(potBox.maxY).toBeLessThan(0.95 * H);
    expect(handBox.count).toBeGreaterThan(100);
    expect(handBox.maxX).toBeGreaterThan(potBox.minX);
    expect(handBox.minX).toBeLessThan(potBox.maxX);
    expect(objectPixels(r, 'head').box.count).toBeGreaterThan(400);
  }, 240_000);
});
