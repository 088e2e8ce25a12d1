// A ball bounced a number of times by someone ("he bounces the ball three times") is dribbled that
// many times: three bounces on the floor, then the hand takes it at the top of the last and both
// hands hold it; the catch is heard. More than the clip holds: as many as fit, and the panel says why.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type TraceEvent } from '../../main/contract/world-trace';
import { FLOOR_ID } from '../../main/engine/simulate/fixtures';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

type Contact = Extract<TraceEvent, { kind: 'contact' }>;
const read = (prompt: string) => readPrompt(prompt, { durationSec: 5 });

describe('bounces counted', () => {
  it('"he bounces the ball three times": three floor bounces, then a soft catch and the ball held, not dropped', async () => {
    const r = read('he bounces the ball three times');
    expect(r.plan!.actions[0]).toMatchObject({ kind: 'dribble', bounces: 3 });
    expect(r.understanding?.notDepicted).toEqual([]);
    expect(r.understanding?.action).toMatch(/bounces the basketball 3 times and catches it/);
    const trace = await simulate(r.plan!, 1);
    const ball = r.plan!.entities.find((e) => e.kind === 'ball')!;
    const floor = trace.events.filter((e): e is Contact => e.kind === 'contact' && e.a === ball.id && e.b === FLOOR_ID);
    expect(floor).toHaveLength(3);
    const track = trace.actors[0]!;
    expect(track.catchSec).toBeGreaterThan(floor[2]!.t);
    // The catch is heard, and it is soft: the palm meets the ball near the top of its bounce.
    const hands = trace.events.filter((e): e is Contact => e.kind === 'contact' && e.a === ball.id && e.b === track.entityId);
    const caught = hands.find((e) => Math.abs(e.t - track.catchSec!) < 1e-6);
    expect(caught).toBeDefined();
    expect(caught!.impulse).toBeLessThan(0.5 * hands[1]!.impulse);
    // Held from then on: at the belly, still, until the clip ends.
    const o = trace.bodies.findIndex((b) => b.id === ball.id) * FLOATS_PER_BODY;
    const from = Math.ceil((track.catchSec! + 0.8) * trace.fps);
    const heights = trace.frames.slice(from).map((row) => row[o + 1]!);
    expect(Math.min(...heights)).toBeGreaterThan(0.8);
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(0.01);
  });

  it('"a ball bounces twice" is still a dropped ball; "ten times" shows as many as fit and says so', () => {
    expect(read('a ball bounces twice').plan!.actions[0]!.kind).toBe('drop');
    const r = read('he bounces the ball ten times');
    expect(r.plan!.actions[0]).toMatchObject({ kind: 'dribble', bounces: 5 });
    expect(r.understanding?.notDepicted).toEqual(['ten times (shown 5 times: more bounces than that do not fit in the 5 s clip)']);
    expect(read('a girl dribbles the ball twice').plan!.actions[0]).toMatchObject({ kind: 'dribble', bounces: 2 });
    expect(read('a girl dribbles the ball').plan!.actions[0]).not.toHaveProperty('bounces');
  });
});
