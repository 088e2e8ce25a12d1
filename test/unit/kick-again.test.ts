// A kick done again ("a man kicks the ball twice"): the first kick is a touch that rolls the ball on to
// where the kicker's next run-up meets it (measured on this floor: simulate/roll-probe.ts), the second
// kicks it away; both strikes are heard, the ball's speed rises at each, and the kicker follows it
// without a jump. More kicks than the clip holds are shown as many as fit, and the panel says why.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type TraceEvent } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

type Contact = Extract<TraceEvent, { kind: 'contact' }>;
const read = (prompt: string, durationSec = 5) => readPrompt(prompt, { durationSec });

describe('a kick done again', () => {
  it('"a man kicks the ball twice": two shoe strikes 2 s apart, the ball speeding up at each, the kicker running on from where he stopped', async () => {
    const r = read('a man kicks the ball twice');
    expect(r.plan!.actions[0]).toMatchObject({ kind: 'kick', times: 2 });
    expect(r.understanding?.notDepicted).toEqual([]);
    const trace = await simulate(r.plan!, 1);
    const ball = r.plan!.entities.find((e) => e.kind === 'ball')!;
    const man = r.plan!.entities.find((e) => e.kind === 'person')!;
    const strikes = trace.events.filter((e): e is Contact => e.kind === 'contact' && e.a === ball.id && e.b === man.id);
    expect(strikes.map((e) => e.t)).toEqual([1.5, 3.5]);
    // The ball's speed along the ground, frame to frame: it rises right after each strike.
    const o = trace.bodies.findIndex((b) => b.id === ball.id) * FLOATS_PER_BODY;
    const speedAt = (t: number): number => {
      const f = Math.round(t * trace.fps);
      const a = trace.frames[f]!;
      const b = trace.frames[f + 1]!;
      return Math.hypot(b[o]! - a[o]!, b[o + 2]! - a[o + 2]!) * trace.fps;
    };
    expect(speedAt(1.3)).toBeLessThan(0.01);
    expect(speedAt(1.6)).toBeGreaterThan(1);
    expect(speedAt(3.3)).toBeLessThan(0.5 * speedAt(1.6));
    expect(speedAt(3.6)).toBeGreaterThan(4);
    expect(speedAt(3.6)).toBeGreaterThan(2 * speedAt(1.6));
    // The second strike is where the touch rolled the ball: further on by the run-up's length.
    const track = trace.actors.find((a) => a.entityId === man.id)!;
    expect(strikes[1]!.position[0] - strikes[0]!.position[0]).toBeCloseTo(track.stepM!, 1);
    // The kicker's pelvis moves on smoothly through both kicks (no frame jumps more than a sprint's step).
    const H = man.size[0]!;
    let most = 0;
    for (let f = 1; f < trace.frames.length; f++) {
      const a = personPose(track, H, (f - 1) / trace.fps).pelvis;
      const b = personPose(track, H, f / trace.fps).pelvis;
      most = Math.max(most, Math.hypot(b[0] - a[0], b[2] - a[2]));
    }
    expect(most).toBeLessThan(0.12);
    expect(trace.events.filter((e) => e.kind === 'footstep')).toHaveLength(8);
  });

  it('more kicks than the clip holds: as many as fit, and the panel says why the rest are not shown', () => {
    const r = read('a man kicks the ball three times');
    expect(r.plan!.actions[0]).toMatchObject({ kind: 'kick', times: 2 });
    expect(r.understanding?.notDepicted).toEqual(['three times (shown twice: another kick does not fit in the 5 s clip, each taking 2 s)']);
    expect(r.understanding?.words?.find((w) => w.word === 'times')).toMatchObject({ depicted: false });
    expect(read('a man kicks the ball three times', 8).plan!.actions[0]).toMatchObject({ times: 3 });
    expect(read('a man kicks the ball twice', 3).understanding?.notDepicted).toEqual(['twice (shown once: another kick does not fit in the 3 s clip, each taking 2 s)']);
    // A kick asked for once has no count.
    expect(read('a man kicks the ball').plan!.actions[0]).not.toHaveProperty('times');
  });
});
