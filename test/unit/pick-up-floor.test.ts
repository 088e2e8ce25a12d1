// Picking a thing up from the floor: the person crouches to it (feet planted, weight over them), the
// hand takes it (heard), and the thing rises with the hand as they stand up, held in front of them.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { expectPlantedAndBalanced } from '../helpers/body-balance';
import { at, dist } from '../helpers/trace-points';

describe('picking a thing up from the floor', () => {
  it('"a woman picks up a ball from the floor": she crouches, grips it, and it rises with her hand as she stands', async () => {
    const plan = parsePrompt('a woman picks up a ball from the floor');
    const lift = plan.actions[0]!;
    expect(lift).toMatchObject({ kind: 'lift', fromFloor: true });
    expect(plan.entities.some((e) => e.kind === 'table')).toBe(false);
    const trace = await simulate(plan, 1);
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const H = person.size[0]!;
    const track = trace.actors.find((a) => a.entityId === person.id)!;
    expect(track.animation).toBe('crouch');
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: person.id });
    // Crouched when the hand takes it, the fingers closing on it heard then.
    const grip = trace.events.find((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && e.a === ball.id && e.b === hand.id)!;
    expect(grip).toBeDefined();
    expect(personPose(track, H, grip.t).pelvis[1]).toBeLessThan(0.3 * H);
    // On the floor until then; then it goes up with the hand, the hand's gap to it unchanged.
    const g = Math.ceil(grip.t * trace.fps);
    expect(at(trace, ball.id, g)[1]).toBeCloseTo(ball.position[1], 2);
    const last = trace.frames.length - 1;
    const held = dist(at(trace, ball.id, g), at(trace, hand.id, g));
    for (let f = g; f <= last; f += 10) expect(Math.abs(dist(at(trace, ball.id, f), at(trace, hand.id, f)) - held)).toBeLessThan(0.01);
    expect(at(trace, ball.id, last)[1]! - ball.position[1]).toBeGreaterThan(0.4 * H);
    // Standing again at the end; the feet never moved and the weight stayed over them.
    expect(personPose(track, H, plan.format.durationSec).head[1]).toBeGreaterThan(0.85 * H);
    expectPlantedAndBalanced(track, H, plan.format.durationSec);
  });

  it('a box or a book on the floor is picked up from there too; on a table it is still lifted off the table', () => {
    for (const p of ['a woman picks up a box from the floor', 'a man picks up a book off the floor']) {
      const plan = parsePrompt(p);
      expect(plan.actions[0], p).toMatchObject({ kind: 'lift', fromFloor: true });
      expect(plan.entities.some((e) => e.kind === 'table'), p).toBe(false);
    }
    const table = parsePrompt('a man lifts a box');
    expect(table.actions[0]).toMatchObject({ kind: 'lift' });
    expect(table.actions[0]).not.toHaveProperty('fromFloor');
  });
});
