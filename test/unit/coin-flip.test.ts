// A coin flipped (issue 11): a hand holds it from the first frame and the thumb flicks it up; it
// turns end over end about a diameter in the air, lands on the table, heard, and settles flat on
// whichever face physics leaves up. "Coin toss" is that flip (it was a ball thrown, the coin left
// lying); a flip of something else stays refused. One 3 s trace.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY } from '../../main/contract/world-trace';
import { tableGeometry } from '../../main/engine/simulate/fixtures';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at, dist } from '../helpers/trace-points';

describe('a coin flipped', () => {
  it('reads "flips a coin", "a boy tosses a coin" and "coin toss" as the flip of the coin, and refuses a flipped table or pancake', () => {
    for (const prompt of ['a man flips a coin', 'a boy tosses a coin', 'coin toss']) {
      const plan = readPrompt(prompt).plan!;
      const coin = plan.entities.find((e) => e.form === 'coin')!;
      expect(plan.actions.map((a) => [a.kind, 'object' in a ? a.object : '']), prompt).toEqual([['flip', coin.id]]);
      expect(plan.entities.some((e) => e.kind === 'ball'), prompt).toBe(false);
    }
    expect(readPrompt('he flips the table').accepted).toBe(false);
    expect(readPrompt('she flips a pancake').accepted).toBe(false);
  });

  it('never marks the face it lands on shown: the physics decides it', () => {
    const r = readPrompt('a man flips a coin and it lands heads up', { durationSec: 3 });
    expect(r.understanding!.notDepicted.join(' ')).toMatch(/^heads \(which face lands up is left to the physics/);
    expect(readPrompt('a man flips a coin, heads or tails', { durationSec: 3 }).understanding!.notDepicted).toEqual([]);
  });

  it('rises off the hand turning end over end, lands on the table heard, and settles flat', async () => {
    const r = readPrompt('a coin is flipped into the air and lands on the table', { durationSec: 3 });
    const plan = r.plan!;
    const flip = plan.actions[0] as Extract<Action, { kind: 'flip' }>;
    expect(flip.kind).toBe('flip');
    expect(r.understanding!.words!.filter((w) => ['coin', 'flipped', 'air', 'lands', 'table'].includes(w.word)).every((w) => w.depicted)).toBe(true);
    const trace = await simulate(plan, 1);
    const coin = flip.object;
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    // The fist holds it from the first frame, just under it.
    expect(dist(at(trace, hand.id, 0), at(trace, coin, 0))).toBeLessThan(0.06);
    const landing = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(coin) && [e.a, e.b].includes('table-1'))!;
    expect(landing).toBeDefined();
    const landFrame = Math.floor(landing.t * trace.fps);
    const ys = trace.frames.map((_, f) => at(trace, coin, f)[1]!);
    expect(Math.max(...ys) - ys[0]!).toBeGreaterThan(0.3);
    // The angle its face turns through about x (unwrapped, frame by frame) before it lands.
    const o = trace.bodies.findIndex((b) => b.id === coin) * FLOATS_PER_BODY;
    const faceAngle = (f: number): number => {
      const [x, y, z, w] = trace.frames[f]!.slice(o + 3, o + 7) as [number, number, number, number];
      return Math.atan2(2 * (y * z + w * x), 1 - 2 * (x * x + z * z));
    };
    let turned = 0;
    for (let f = 1; f <= landFrame; f++) {
      let d = faceAngle(f) - faceAngle(f - 1);
      d -= 2 * Math.PI * Math.round(d / (2 * Math.PI));
      turned += d;
    }
    expect(Math.abs(turned) / (2 * Math.PI)).toBeGreaterThan(1);
    // Flat on the table at the end, on one face or the other, and still.
    const last = trace.frames.length - 1;
    const [x, , z] = trace.frames[last]!.slice(o + 3, o + 6) as [number, number, number];
    expect(Math.abs(1 - 2 * (x * x + z * z))).toBeGreaterThan(0.99);
    const topY = tableGeometry(plan.entities.find((e) => e.kind === 'table')!).topY;
    expect(Math.abs(ys[last]! - topY)).toBeLessThan(0.005);
    expect(dist(at(trace, coin, last), at(trace, coin, last - 6))).toBeLessThan(0.001);
    expect(trace.outcome.summary).toMatch(/settled (heads|tails) up/);
  }, 60_000);

  // Flipped by a man standing at the table's near edge, it skipped towards him on landing, struck
  // his body and fell to the floor in 3 of these 8 seeds (3, 4 and 7).
  it("stays on the table when a person flips it, whatever the seed", async () => {
    const plan = readPrompt('a man flips a coin', { durationSec: 3 }).plan!;
    const coin = plan.actions[0]!.kind === 'flip' ? plan.actions[0]!.object : '';
    const topY = tableGeometry(plan.entities.find((e) => e.kind === 'table')!).topY;
    for (let seed = 1; seed <= 8; seed++) {
      const trace = await simulate(plan, seed);
      expect(at(trace, coin, trace.frameCount - 1)[1]!, `seed ${seed}`).toBeGreaterThan(topY - 0.005);
    }
  }, 120_000);
});
