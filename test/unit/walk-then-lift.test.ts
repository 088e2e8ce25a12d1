// Two actions joined, in one world and in order: "a man walks to the table and picks up a mug" is a
// walk that ends at the table's end and a lift by the walker's own hand from where the walk left
// him. The mug stays put while he walks, and rises once he has stopped; the panel shows both verbs.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { personPose } from '../../main/engine/actions/person-pose';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at } from '../helpers/trace-points';

describe('a walk, then a lift', () => {
  it('"A man walks to the table and picks up a mug": he walks up, stops, and then his hand lifts the mug', async () => {
    const r = readPrompt('A man walks to the table and picks up a mug');
    const plan = r.plan!;
    const [walk, lift] = plan.actions as [Extract<Action, { kind: 'walk' }>, Extract<Action, { kind: 'lift' }>];
    expect([walk.kind, lift.kind]).toEqual(['walk', 'lift']);
    expect(lift.by).toBe(walk.actor);
    expect(r.understanding?.notDepicted).toEqual([]);
    for (const w of ['walks', 'picks', 'mug', 'table']) expect(r.understanding?.words?.find((x) => x.word === w)?.depicted, w).toBe(true);
    expect(r.understanding?.action).toBe('the man walks, then lifts the mug');

    const trace = await simulate(plan, 1);
    const track = trace.actors.find((a) => a.entityId === walk.actor)!;
    const man = plan.entities.find((e) => e.id === walk.actor)!;
    const fps = plan.format.fps;
    const stopped = track.releaseSec;
    // He covered the walk (more than a metre) and stands where it ends.
    const pelvis = (t: number) => personPose(track, man.size[0]!, t).pelvis;
    expect(pelvis(stopped + 0.3)[0]! - pelvis(0)[0]!).toBeGreaterThan(1);
    expect(Math.abs(pelvis(plan.format.durationSec)[0]! - walk.to[0])).toBeLessThan(0.1);
    // The mug does not move while he walks; it moves first after he has stopped, and ends up
    // held more than 12 cm above where it stood.
    const y0 = at(trace, lift.object, 0)[1]!;
    const moved = trace.frames.findIndex((_f, k) => Math.abs(at(trace, lift.object, k)[1]! - y0) > 0.01);
    expect(moved).toBeGreaterThan(0);
    expect(moved / fps).toBeGreaterThan(stopped);
    expect(at(trace, lift.object, trace.frames.length - 1)[1]! - y0).toBeGreaterThan(0.12);
  }, 120_000);

  it('in a clip too short for the walk and the lift, the lift is listed as not shown, with why', () => {
    expect(readPrompt('A man walks to the table and picks up a mug, 3 seconds').understanding?.notDepicted).toEqual([
      'picks (the 3 s clip ends before it is lifted (the hand reaches it at 3.0 s, and it is off the table 0.6 s later))',
    ]);
    expect(readPrompt('A man walks to the table and picks up a mug, 4 seconds').understanding?.notDepicted).toEqual([]);
  });
});
