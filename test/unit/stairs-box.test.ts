// "A soccer ball rolls down the stairs and hits a box": the box stands on the floor past the
// flight's foot, in the ball's way; the ball comes down the flight, meets it, and knocks it.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at, dist } from '../helpers/trace-points';

describe('down the stairs into a box', () => {
  it('"a soccer ball rolls down the stairs and hits a box": the ball meets the box, and the box moves', async () => {
    const r = readPrompt('a soccer ball rolls down the stairs and hits a box', { durationSec: 3 });
    expect(r.understanding?.notDepicted).toEqual([]);
    expect(r.understanding?.words?.find((w) => w.word === 'hits')?.depicted).toBe(true);
    const plan = r.plan!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const box = plan.entities.find((e) => e.kind === 'box')!;
    const stairs = plan.entities.find((e) => e.kind === 'stairs')!;
    // Past the flight's foot, on the floor, in the ball's lane.
    expect(box.position[0]).toBeGreaterThan(stairs.position[0] + stairs.size[0]!);
    expect(Math.abs(box.position[2] - ball.position[2])).toBeLessThan(0.05);
    const trace = await simulate(plan, 1);
    const hit = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(ball.id) && [e.a, e.b].includes(box.id));
    expect(hit).toBeDefined();
    const start = at(trace, box.id, 0);
    const moved = Math.max(...trace.frames.map((_f, k) => dist(at(trace, box.id, k), start)));
    expect(moved).toBeGreaterThan(0.02);
  }, 60_000);
});
