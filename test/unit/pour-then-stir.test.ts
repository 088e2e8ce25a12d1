// "The man pours coffee from a jug into his mug, then stirs it" (issue 11): one hand pours, stands
// the jug back on the table, takes up the spoon lying beside the mug and stirs what it poured: one
// liquid, in that order, the panel marking both verbs shown. In a clip too short for both, only the
// pour is cast and "stirs" says why it is not shown. One 9 s trace (the shortest that holds both).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at } from '../helpers/trace-points';

const PROMPT = 'The man pours coffee from a jug into his mug, then stirs it, 9 seconds';

describe('pour, then stir what was poured', () => {
  it('reads both, and in a 5 s clip shows the pour and says why not the stir', () => {
    const r = readPrompt('The man pours coffee from a jug into his mug, then stirs it', { durationSec: 5 });
    expect(r.plan!.actions.map((a) => a.kind)).toEqual(['pour']);
    const stirs = r.understanding!.words!.find((w) => w.word === 'stirs')!;
    expect(stirs.depicted).toBe(false);
    expect(stirs.reason).toMatch(/5 s clip ends before the stir.*9 s clip/);
    const milk = readPrompt('she pours milk into the bowl and stirs it', { durationSec: 12 });
    expect(milk.plan!.actions.map((a) => a.kind)).toEqual(['pour', 'stir']);
    expect(milk.understanding!.words!.filter((w) => w.kind === 'verb').map((w) => [w.word, w.depicted])).toContainEqual(['stirs', true]);
  });

  it('joins only a stir after the pour by the one who pours, and says why not otherwise', () => {
    const before = readPrompt('she stirs the tea and then pours milk into it', { durationSec: 12 });
    expect(before.plan!.actions.map((a) => a.kind)).toEqual(['pour']);
    expect(before.understanding!.notDepicted.join(' ')).toMatch(/stirs \(a stir before the pour is not shown/);
    const other = readPrompt('a man pours coffee into a mug and a woman stirs it', { durationSec: 12 });
    expect(other.plan!.actions.map((a) => a.kind)).toEqual(['pour']);
    expect(other.understanding!.notDepicted.join(' ')).toMatch(/stirs \(only the one who pours stirs here, not the woman\)/);
  });

  it('pours all of it into the mug, sets the jug down, and one hand stirs that liquid round', async () => {
    const r = readPrompt(PROMPT);
    const plan = r.plan!;
    const pour = plan.actions[0] as Extract<Action, { kind: 'pour' }>;
    const stir = plan.actions[1] as Extract<Action, { kind: 'stir' }>;
    expect([pour.kind, stir.kind]).toEqual(['pour', 'stir']);
    expect(stir.in.in).toBe(pour.into);
    expect(stir.by).toBe(pour.by);
    expect(r.understanding!.words!.filter((w) => w.word === 'pours' || w.word === 'stirs').map((w) => w.depicted)).toEqual([true, true]);

    const trace = await simulate(plan, 1);
    const mug = plan.entities.find((e) => e.id === pour.into)!;
    const liquid = trace.liquid!;
    const frameAt = (t: number): number => Math.min(trace.frames.length - 1, Math.round(t * trace.fps));
    // Particles inside the mug's mouth at a frame, and their mean angular speed about its axis.
    const inMug = (f: number): number[] => {
      const row = liquid.frames[f]!;
      return Array.from({ length: row.length / 3 }, (_, i) => i).filter((i) => Math.hypot(row[3 * i]! / 1000 - mug.position[0], row[3 * i + 2]! / 1000 - mug.position[2]) < 0.06 && row[3 * i + 1]! / 1000 < mug.position[1] + 0.06);
    };
    const swirl = (f: number): number => {
      const a = liquid.frames[f - 1]!, b = liquid.frames[f]!;
      let num = 0, den = 0;
      for (const i of inMug(f)) {
        const x = b[3 * i]! / 1000 - mug.position[0], z = b[3 * i + 2]! / 1000 - mug.position[2];
        const vx = (b[3 * i]! - a[3 * i]!) / 1000, vz = (b[3 * i + 2]! - a[3 * i + 2]!) / 1000;
        num += (x * vz - z * vx) * trace.fps;
        den += x * x + z * z;
      }
      return num / den;
    };
    // The pour lands the liquid in the mug before the spoon turns it: one liquid, all of it there.
    const dip = frameAt(stir.startSec);
    expect(inMug(dip).length / liquid.count).toBeGreaterThan(0.98);
    expect(Math.abs(swirl(dip - 2))).toBeLessThan(0.5);
    const stirring = Array.from({ length: frameAt(stir.startSec + stir.stirSec) - dip }, (_, k) => Math.abs(swirl(dip + k + 1)));
    expect(Math.max(...stirring)).toBeGreaterThan(2);
    // One hand: the pour's, going on to the spoon.
    expect(trace.bodies.filter((b) => b.shape.kind === 'hand').map((b) => b.id)).toEqual(['hand-1']);
    // The jug stands upright on the table once set down; the spoon lay still until the hand took it.
    const jugIdx = trace.bodies.findIndex((b) => b.id === pour.from.in);
    const down = trace.frames[frameAt(pour.setDownSec! + 1)]!;
    expect(Math.abs(down[jugIdx * FLOATS_PER_BODY + 6]!)).toBeGreaterThan(0.9999);
    expect(at(trace, pour.from.in, frameAt(pour.setDownSec! + 1))[1]).toBeLessThan(at(trace, pour.from.in, 0)[1]! - 0.015);
    const spoon0 = at(trace, stir.tool, 0);
    expect(at(trace, stir.tool, frameAt(pour.setDownSec!))).toEqual(spoon0);
  }, 240_000);
});
