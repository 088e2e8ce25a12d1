// A ball rolled across the floor from a person's hand: they crouch with it (feet planted, weight over
// them), swing it down and forward and let go at the floor; the ball starts moving from the hand at
// the release, at the hand's speed, lands and is heard touching down, and rolls on; they stand up
// after. Nothing starts the ball but the hand.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { expectPlantedAndBalanced } from '../helpers/body-balance';
import { at, dist } from '../helpers/trace-points';

describe('rolling a ball from the hand', () => {
  it('"a man rolls a ball across the floor": crouched, the hand at the ball when it starts moving, at its speed; the touch-down heard', async () => {
    const plan = parsePrompt('a man rolls a ball across the floor');
    const roll = plan.actions[0]!;
    expect(roll).toMatchObject({ kind: 'roll', byHand: true, fromHand: true });
    if (roll.kind !== 'roll') throw new Error('not a roll');
    const trace = await simulate(plan, 1);
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const r = ball.size[0]!;
    const H = person.size[0]!;
    const track = trace.actors.find((a) => a.entityId === person.id)!;
    expect(track.animation).toBe('crouch');
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: person.id });
    const fps = trace.fps;
    const rel = Math.round(roll.startSec * fps);
    // Held: up to the release the ball stays in the palm (its centre the palm's half thickness and
    // its own radius ahead of the palm's middle), carried down from the person's side.
    for (const f of [0, Math.round(rel / 2), rel]) expect(Math.abs(dist(at(trace, ball.id, f), at(trace, hand.id, f)) - (r + PALM_HALF[1]))).toBeLessThan(0.01);
    expect(at(trace, ball.id, 0)[1]).toBeGreaterThan(0.35 * H);
    // At the release it is down at the floor and the person crouched, feet planted and balanced.
    expect(at(trace, ball.id, rel)[1]).toBeLessThan(r + 0.02);
    expectPlantedAndBalanced(track, H, plan.format.durationSec);
    expect(personPose(track, H, roll.startSec).pelvis[1]).toBeLessThan(0.3 * H);
    // It moves off at the hand's speed there (measured over the frame before and after the release).
    const handSpeed = (at(trace, hand.id, rel)[0]! - at(trace, hand.id, rel - 1)[0]!) * fps;
    const ballSpeed = (at(trace, ball.id, rel + 2)[0]! - at(trace, ball.id, rel)[0]!) * (fps / 2);
    expect(handSpeed).toBeGreaterThan(1);
    expect(Math.abs(ballSpeed - handSpeed) / handSpeed).toBeLessThan(0.15);
    // ...let go by the person, touching down on the floor within a tenth of a second (heard), and
    // rolling on well away from them while they stand up again.
    const events = trace.events;
    expect(events.some((e) => e.kind === 'release' && e.actor === person.id && Math.abs(e.t - roll.startSec) < 0.02)).toBe(true);
    const touch = events.find((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && (e.a === ball.id || e.b === ball.id) && e.t >= roll.startSec);
    expect(touch && touch.t - roll.startSec).toBeLessThan(0.1);
    const last = trace.frames.length - 1;
    expect(at(trace, ball.id, last)[0]! - at(trace, ball.id, rel)[0]!).toBeGreaterThan(2);
    expect(personPose(track, H, plan.format.durationSec).head[1]).toBeGreaterThan(0.85 * H);
  });

  it('"a boy bowls a ball at the pins" rolls it from his hand (the pins not shown); bowls of soup stay dishes', () => {
    const reading = readPrompt('a boy bowls a ball at the pins');
    expect(reading.plan?.actions).toMatchObject([{ kind: 'roll', fromHand: true }]);
    expect(reading.plan?.entities.some((e) => e.label === 'bowl')).toBe(false);
    expect(reading.understanding?.notDepicted).toEqual(['pins']);
    expect(parsePrompt('an apple falls into a bowl of water').actions[0]?.kind).toBe('immerse');
  });
});
