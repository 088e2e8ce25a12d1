// A continued take replays the world's own hooks as its parent ran them: a glass that breaks (its
// pieces restored mid-flight), a trip and fall (the body's impacts), rain (the element's events added
// after the run) and spoken lines (their timings kept with the take's states).
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { continueTake } from '../../main/engine/simulate/continue-take';
import { simulateTake, type SimulatedTake } from '../../main/engine/simulate/simulate';
import { timingFor } from '../../main/engine/simulate/schedule';
import { speakLines } from '../../main/engine/speech/speak-lines';

const small = { width: 160, height: 90 };
const parentOf = (plan: ScenePlan, take: SimulatedTake) => ({ plan, trace: take.trace, states: take.states });

async function expectExactContinuation(plan: ScenePlan, parent: SimulatedTake, joinFrames: number[]): Promise<void> {
  for (const joinFrame of joinFrames) {
    const again = await continueTake({ parent: parentOf(plan, parent), joinFrame, plan, seed: 11, varyUntilFrame: null });
    expect(again.trace.bodies).toEqual(parent.trace.bodies);
    expect(again.trace.frames).toEqual(parent.trace.frames);
    expect(again.trace.events).toEqual(parent.trace.events);
    expect(again.trace.outcome).toEqual(parent.trace.outcome);
  }
}

describe('continuing takes of the world', () => {
  it('a glass that shatters: continued before and after the break, the same pieces fly the same way', async () => {
    const plan = parsePrompt('a glass falls off a table and shatters, 2 seconds', small);
    const parent = await simulateTake(plan, 11);
    const broke = parent.trace.events.find((e) => e.kind === 'break');
    expect(broke).toBeDefined();
    const fps = timingFor(plan.format).fps;
    const breakFrame = Math.floor(broke!.t * fps);
    expect(breakFrame).toBeGreaterThan(3);
    await expectExactContinuation(plan, parent, [breakFrame - 2, breakFrame + 3, fps + 5]);
  });

  it('a trip and fall: the hands and body are heard hitting the ground after the join as before', async () => {
    const plan = parsePrompt('a man trips and falls in the park, 3 seconds', small);
    const parent = await simulateTake(plan, 11);
    expect(parent.trace.events.some((e) => e.kind === 'contact' && e.a === plan.entities.find((p) => p.kind === 'person')!.id)).toBe(true);
    await expectExactContinuation(plan, parent, [timingFor(plan.format).fps - 4]);
  });

  it('rain: the drops after the join land as they did', async () => {
    const plan = parsePrompt('rain falls on a wooden table in the park, 2 seconds', small);
    const parent = await simulateTake(plan, 11);
    expect(parent.trace.events.length).toBeGreaterThan(10);
    await expectExactContinuation(plan, parent, [timingFor(plan.format).fps + 3]);
  });

  it('spoken lines: the speakers say them at the same moments, jaws and all', async () => {
    const plan = parsePrompt('a woman says "hello there" to a knight, 3 seconds', small);
    const speech = await speakLines(plan);
    const parent = await simulateTake(plan, 11, { speech });
    expect(parent.trace.events.some((e) => e.kind === 'speech')).toBe(true);
    await expectExactContinuation(plan, parent, [timingFor(plan.format).fps + 2]);
    const extended = await continueTake({ parent: parentOf(plan, parent), joinFrame: parent.trace.frameCount, plan: { ...plan, format: { ...plan.format, durationSec: 4 } }, seed: 11, varyUntilFrame: null });
    expect(extended.trace.actors).toEqual(parent.trace.actors);
    expect(extended.trace.frames.slice(0, parent.trace.frameCount)).toEqual(parent.trace.frames);
  });
});
