import RAPIER from '@dimforge/rapier3d-compat';
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { GRAVITY } from '../../main/engine/physics/constants';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { continueTake } from '../../main/engine/simulate/continue-take';
import { loadRapier } from '../../main/engine/simulate/rapier';
import type { RunState } from '../../main/engine/simulate/run-state';
import { simulateTake, type SimulatedTake } from '../../main/engine/simulate/simulate';
import { timingFor } from '../../main/engine/simulate/schedule';

const SCENES = {
  shot: parsePrompt('a basketball player shoots at the hoop, the ball misses and bounces off the rim'),
  boxes: parsePrompt('a bowling ball rolls down a ramp into a stack of boxes'),
  dribble: parsePrompt('a man dribbles a basketball in the gym, 4 seconds'),
  kick: parsePrompt('a man kicks a soccer ball across the park, 4 seconds'),
  drop: parsePrompt('a tennis ball drops onto a wooden table, 3 seconds'),
};

const parentOf = (plan: ScenePlan, take: SimulatedTake) => ({ plan, trace: take.trace, states: take.states });
const longer = (plan: ScenePlan, bySec: number): ScenePlan => ({ ...plan, format: { ...plan.format, durationSec: plan.format.durationSec + bySec } });

function position(trace: WorldTrace, frame: number, body: number): [number, number, number] {
  const o = body * FLOATS_PER_BODY;
  const row = trace.frames[frame]!;
  return [row[o]!, row[o + 1]!, row[o + 2]!];
}
const distance = (a: number[], b: number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

// Linear velocities of the dynamic bodies in a captured state, by body handle.
async function velocities(state: RunState): Promise<number[][]> {
  await loadRapier();
  const world = RAPIER.World.restoreSnapshot(state.world);
  const out: number[][] = [];
  world.forEachRigidBody((b) => {
    if (!b.isDynamic()) return;
    const v = b.linvel();
    out.push([b.handle, v.x, v.y, v.z]);
  });
  world.free();
  return out;
}

describe('continuing a take from a stored physics state', () => {
  it.each(Object.entries(SCENES))('%s: continuing at a stored second or between two, without a variation, gives the same trace number for number', async (_name, plan) => {
    const parent = await simulateTake(plan, 11);
    const timing = timingFor(plan.format);
    // Every whole second and the end.
    expect(parent.states.map((s) => s.step / timing.substeps)).toEqual([...Array.from({ length: Math.ceil(plan.format.durationSec) }, (_, i) => i * timing.fps), timing.frameCount]);
    for (const joinFrame of [timing.fps, timing.fps + 7]) {
      const again = await continueTake({ parent: parentOf(plan, parent), joinFrame, plan, seed: 11, varyUntilFrame: null });
      expect(again.trace.frames).toEqual(parent.trace.frames);
      expect(again.trace.events).toEqual(parent.trace.events);
      expect(again.trace.outcome).toEqual(parent.trace.outcome);
    }
  });

  it('continues a take as its project gives it back (its trace through JSON, where -0 becomes 0)', async () => {
    const plan = SCENES.kick;
    const parent = await simulateTake(plan, 7);
    const stored: WorldTrace = JSON.parse(JSON.stringify(parent.trace));
    expect(parent.trace.frames.some((row) => row.some((x) => Object.is(x, -0)))).toBe(true);
    const joinFrame = timingFor(plan.format).fps + 14;
    const again = await continueTake({ parent: { plan, trace: stored, states: parent.states }, joinFrame, plan, seed: 7, varyUntilFrame: null });
    expect(JSON.stringify(again.trace.frames)).toBe(JSON.stringify(stored.frames));
  });

  it.each([['shot', 30, 96], ['boxes', 30, 110], ['drop', 10, 60]] as const)(
    '%s: a regenerated range keeps every frame and event before it, starts from the same positions and velocities, and then goes differently',
    async (name, joinFrame, untilFrame) => {
      const plan = SCENES[name];
      const parent = await simulateTake(plan, 5);
      const range = await continueTake({ parent: parentOf(plan, parent), joinFrame, plan, seed: 77, varyUntilFrame: untilFrame });
      const joinSec = joinFrame / plan.format.fps;
      // Frames up to and including the join are the parent's; the world goes differently after it.
      expect(range.trace.frames.slice(0, joinFrame + 1)).toEqual(parent.trace.frames.slice(0, joinFrame + 1));
      expect(range.trace.frames).not.toEqual(parent.trace.frames);
      expect(range.trace.events.filter((e) => e.t < joinSec)).toEqual(parent.trace.events.filter((e) => e.t < joinSec));
      expect(range.trace.seed).toBe(parent.trace.seed);
      // The physics state at the join: the same velocities as the parent had there.
      const step = joinFrame * timingFor(plan.format).substeps;
      const joinState = range.states.find((s) => s.step === step);
      expect(joinState).toBeDefined();
      const parentAgain = await continueTake({ parent: parentOf(plan, parent), joinFrame, plan, seed: 5, varyUntilFrame: null });
      const parentJoin = parentAgain.states.find((s) => s.step === step);
      expect(await velocities(joinState!)).toEqual(await velocities(parentJoin!));
      // No teleport after it: the first frame after the join moves no further than the parent's did,
      // give or take what a varied bounce in that frame can change.
      const frameSec = 1 / plan.format.fps;
      for (let b = 0; b < range.trace.bodies.length; b++) {
        const moved = distance(position(range.trace, joinFrame + 1, b), position(range.trace, joinFrame, b));
        const parentMoved = distance(position(parent.trace, joinFrame + 1, b), position(parent.trace, joinFrame, b));
        expect(moved).toBeLessThanOrEqual(parentMoved * 1.25 + GRAVITY * frameSec * frameSec);
      }
    },
  );

  it('refuses a range in which nothing bounces, is thrown or kicked', async () => {
    const plan = SCENES.drop;
    const parent = await simulateTake(plan, 5);
    // The ball is resting on the table long before the last second.
    await expect(continueTake({ parent: parentOf(plan, parent), joinFrame: 62, plan, seed: 9, varyUntilFrame: 70 })).rejects.toThrow(/Nothing bounces/);
  });

  it.each([['shot'], ['boxes'], ['dribble'], ['drop']] as const)('%s: an extension is the take the parent would have been had it been longer', async (name) => {
    const plan = SCENES[name];
    const parent = await simulateTake(plan, 3);
    const extended = longer(plan, 2);
    const continued = await continueTake({ parent: parentOf(plan, parent), joinFrame: parent.trace.frameCount, plan: extended, seed: 3, varyUntilFrame: null });
    const whole = await simulateTake(extended, 3);
    expect(continued.trace.frameCount).toBe(parent.trace.frameCount + 2 * plan.format.fps);
    expect(continued.trace.frames).toEqual(whole.trace.frames);
    expect(continued.trace.events).toEqual(whole.trace.events);
    // The first new frame continues the last: no jump beyond one frame of motion at the speed it had.
    const last = parent.trace.frameCount - 1;
    const frameSec = 1 / plan.format.fps;
    for (let b = 0; b < continued.trace.bodies.length; b++) {
      const before = distance(position(continued.trace, last, b), position(continued.trace, last - 1, b));
      const across = distance(position(continued.trace, last + 1, b), position(continued.trace, last, b));
      expect(across).toBeLessThanOrEqual(before + GRAVITY * frameSec * frameSec + 1e-6);
    }
  });
});
