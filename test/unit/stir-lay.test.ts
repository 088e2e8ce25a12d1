// After stirring, the spoon never hangs in mid-air: the hand that lifted it out lays it down on the
// table beside the cup and lets go, and physics settles it there; from the moment it is lifted out
// to the end it is either in the hand or lying on the table.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { LIFT_SEC } from '../../main/engine/actions/stir/path';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { tableGeometry } from '../../main/engine/simulate/fixtures';
import { simulate } from '../../main/engine/simulate/simulate';
import { GRAVITY } from '../../main/engine/physics/constants';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { objectPixels } from '../helpers/frame-ids';

const PARTICLES = 1500;

describe('stirring: the spoon afterwards', () => {
  it('"she stirs her coffee": the hand lays the spoon on the table, lets go and draws back; it lies there flat and still', async () => {
    const plan = readPrompt('she stirs her coffee', { width: 320, height: 180 }).plan!;
    const stir = plan.actions.find((a) => a.kind === 'stir');
    expect(stir?.kind).toBe('stir');
    if (stir?.kind !== 'stir') return;
    stir.in.particles = PARTICLES;
    const trace = await simulate(plan, 1);
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const topY = tableGeometry(table).topY;
    const cup = plan.entities.find((e) => e.id === stir.in.in)!;
    const spoonAt = trace.bodies.findIndex((b) => b.id === stir.tool);
    const handAt = trace.bodies.findIndex((b) => b.shape.kind === 'hand');
    expect(spoonAt).toBeGreaterThanOrEqual(0);
    expect(handAt).toBeGreaterThanOrEqual(0);
    const at = (body: number, f: number): number[] => trace.frames[f]!.slice(body * FLOATS_PER_BODY, body * FLOATS_PER_BODY + 7);
    const dist = (a: number[], b: number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    // Lying on the table: its centre a spoon's half thickness (4 mm) above the top, beside the cup.
    const onTable = (p: number[]): boolean => p[1]! < topY + 0.008 && Math.hypot(p[0]! - cup.position[0], p[2]! - cup.position[2]) > 0.06;
    const fps = trace.fps;
    let held = 0, lying = 0;
    for (let f = Math.round((stir.startSec + stir.stirSec + LIFT_SEC) * fps); f < trace.frameCount; f++) {
      const spoon = at(spoonAt, f);
      // In the hand: the palm holds its handle, within the spoon's half length of its centre.
      const inHand = dist(spoon, at(handAt, f)) < 0.09;
      expect(inHand || onTable(spoon), `frame ${f}: the spoon at ${spoon.slice(0, 3).map((v) => v.toFixed(3))} is neither in the hand nor on the table`).toBe(true);
      if (onTable(spoon) && !inHand) lying++;
      else held++;
    }
    expect(held).toBeGreaterThan(0);
    // It lies there for the last part of the clip (at least a quarter second), flat and still.
    expect(lying / fps).toBeGreaterThan(0.25);
    const last = at(spoonAt, trace.frameCount - 1);
    const before = at(spoonAt, trace.frameCount - 7);
    expect(dist(last, before)).toBeLessThan(0.001);
    const [qx, , qz] = [last[3]!, last[4]!, last[5]!];
    // Its thin side up: its own y axis within 10 degrees of the vertical.
    expect(1 - 2 * (qx * qx + qz * qz)).toBeGreaterThan(Math.cos((10 * Math.PI) / 180));
    // The hand has let go and drawn back from it.
    expect(dist(last, at(handAt, trace.frameCount - 1))).toBeGreaterThan(0.15);
  }, 120_000);
});

// What the QA probe saw ("she stirs her coffee", 3.2-3.6 s): the hand lifted the spoon upright 12 cm
// out of the mug, over the top of the frame, and the spoon was seen to come down through the air
// with no hand on it. Now it is tilted out over the rim, so the hand on it stays in the picture
// while it carries it to the table, and once let go it only settles.
const PROMPTS: [string, number][] = [['she stirs her coffee', 1], ['a man stirs his coffee', 2], ['stir the tea', 3], ['a hand stirs the coffee in the mug', 1]];
const W = 192;
const H = 108;

describe('stirring: the spoon is put down in sight', () => {
  it.each(PROMPTS)('"%s" (seed %i): held until it is let go just over the table, then it only settles there', async (prompt, seed) => {
    const plan = readPrompt(prompt, { width: W, height: H }).plan!;
    const stir = plan.actions.find((a) => a.kind === 'stir');
    if (stir?.kind !== 'stir') throw new Error('no stir');
    stir.in.particles = 600;
    const trace = await simulate(plan, seed);
    const topY = tableGeometry(plan.entities.find((e) => e.kind === 'table')!).topY;
    const spoonAt = trace.bodies.findIndex((b) => b.id === stir.tool);
    const handAt = trace.bodies.findIndex((b) => b.shape.kind === 'hand');
    const at = (body: number, f: number): number[] => trace.frames[f]!.slice(body * FLOATS_PER_BODY, body * FLOATS_PER_BODY + 3);
    const fps = trace.fps;
    const out = Math.round((stir.startSec + stir.stirSec) * fps);
    // The hand on the spoon rises no more than 3 cm over where it stirred (it rose 12 cm).
    const stirring = at(handAt, out)[1]!;
    let free = -1;
    for (let f = out; f < trace.frameCount; f++) {
      const [s, h] = [at(spoonAt, f), at(handAt, f)];
      if (free < 0 && Math.hypot(s[0]! - h[0]!, s[1]! - h[1]!, s[2]! - h[2]!) > 0.09) free = f;
      if (free < 0) expect(h[1]!, `frame ${f}: the hand holding the spoon is up at ${h[1]!.toFixed(3)}`).toBeLessThan(stirring + 0.03);
    }
    expect(free, 'the hand lets go of the spoon').toBeGreaterThan(out);
    // Let go within a centimetre of the table, it drops less than that: never faster than a
    // centimetre's fall (0.44 m/s), and it lies on the table at the end.
    expect(at(spoonAt, free)[1]! - topY).toBeLessThan(0.012);
    for (let f = free + 1; f < trace.frameCount; f++) {
      const fall = (at(spoonAt, f - 1)[1]! - at(spoonAt, f)[1]!) * fps;
      expect(fall, `frame ${f}`).toBeLessThan(Math.sqrt(2 * GRAVITY * 0.01));
    }
    expect(at(spoonAt, trace.frameCount - 1)[1]! - topY).toBeLessThan(0.008);
    // While it is carried out and down to the table, the hand on it is in the picture (192x108: a
    // hand from outside the frame was 0 px at 3.3 s, lifting upright; then at least 940 in a shot of
    // the mug; the medium of a named person keeps their head too, and the hand is 21-54 px).
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    for (let f = out; f < free; f += 3) {
      r.renderFrame(f);
      const hand = objectPixels(r, `hand:${trace.bodies[handAt]!.id}`).box;
      expect(hand.count, `frame ${f}: the hand`).toBeGreaterThan(10);
    }
  }, 240_000);
});
