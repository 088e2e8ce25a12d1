// After stirring, the spoon never hangs in mid-air: the hand that lifted it out lays it down on the
// table beside the cup and lets go, and physics settles it there; from the moment it is lifted out
// to the end it is either in the hand or lying on the table.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { LIFT_SEC } from '../../main/engine/actions/stir/path';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { tableGeometry } from '../../main/engine/simulate/fixtures';
import { simulate } from '../../main/engine/simulate/simulate';

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
