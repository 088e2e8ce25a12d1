// A person jumping on the spot: a ballistic flight off both feet (in the air as long as gravity keeps
// a body that rose that high), each landing heard when the feet meet the ground; "twice" and "up and
// down" jump again from the landing; a jump over or into something is not turned into one on the spot.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { jumpRiseM, jumpTimes } from '../../main/engine/actions/jump/pose';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { BODY } from '../../main/engine/body/skeleton';
import { GRAVITY } from '../../main/engine/physics/constants';
import { parsePrompt, readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { onsetAt } from '../helpers/sound-onset';

describe('jumping', () => {
  it('"a man jumps twice": two flights off both feet, each as long as its height says, each landing heard', async () => {
    const plan = parsePrompt('a man jumps twice');
    expect(plan.actions).toMatchObject([{ kind: 'jump', times: 2 }]);
    const trace = await simulate(plan, 3);
    const person = plan.entities.find((e) => e.kind === 'person')!;
    const track = trace.actors.find((a) => a.entityId === person.id)!;
    expect(track.animation).toBe('jump');
    const H = person.size[0]!;
    const jumps = jumpTimes(track, H);
    expect(jumps).toHaveLength(2);
    const ankle = BODY.ankleHeight * H;
    const feet = (t: number): number => Math.min(personPose(track, H, t).footL[1], personPose(track, H, t).footR[1]);
    const pelvis = (t: number): number => personPose(track, H, t).pelvis[1];
    for (const { takeoff, landing } of jumps) {
      // A body that rises h is in the air 2 sqrt(2h/g): a standing jump's third to half a second.
      expect(landing - takeoff).toBeCloseTo(2 * Math.sqrt((2 * jumpRiseM(H)) / GRAVITY), 6);
      expect(landing - takeoff).toBeGreaterThan(0.35);
      expect(landing - takeoff).toBeLessThan(0.7);
      // Feet on the ground at takeoff and landing, well off it at the top.
      const top = (takeoff + landing) / 2;
      expect(feet(takeoff - 0.02)).toBeCloseTo(ankle, 2);
      expect(feet(top) - ankle).toBeGreaterThan(0.25);
      expect(feet(landing + 0.02)).toBeCloseTo(ankle, 2);
      // The body goes highest at the middle of the flight, and is crouched lowest before takeoff.
      expect(pelvis(top)).toBeGreaterThan(pelvis(top - 0.1));
      expect(pelvis(top)).toBeGreaterThan(pelvis(top + 0.1));
      expect(pelvis(takeoff - 0.15)).toBeLessThan(pelvis(takeoff + 0.3) - 0.3);
    }
    // The second takeoff comes out of the first landing's crouch, and both fit in the clip with the
    // jumper standing again at the end.
    expect(jumps[1]!.takeoff - jumps[0]!.landing).toBeGreaterThan(0.3);
    expect(personPose(track, H, plan.format.durationSec - 0.05).head[1]).toBeGreaterThan(0.85 * H);
    // Each foot's landing is heard at the moment it lands.
    const landings = trace.events.filter((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && e.a === person.id);
    expect(landings.map((c) => c.t)).toEqual(jumps.flatMap((j) => [j.landing, j.landing + 0.015]));
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const j of jumps) expect(onsetAt(audio.samples, j.landing)).toBeGreaterThan(4);
    expect(trace.outcome.summary).toMatch(/jumped 2 times/);
  });

  it('reads jumps on the spot, and leaves jumps over, into or with something refused', () => {
    expect(parsePrompt('a kid jumps up and down in the park').actions).toMatchObject([{ kind: 'jump', times: 3 }]);
    expect(parsePrompt('a woman jumps for joy on the beach').actions).toMatchObject([{ kind: 'jump' }]);
    expect(readPrompt('a man jumps twice').understanding?.notDepicted).toEqual([]);
    for (const p of ['a kid jumps up in the air', 'a man jumps high into the air', 'she jumps in place']) expect(parsePrompt(p).actions[0]?.kind, p).toBe('jump');
    for (const p of ['a boy jumps over a box', 'a boy jumps the box', 'a girl jumps rope', 'a man jumps into the pool', 'a girl jumps up onto the bench']) expect(readPrompt(p).plan, p).toBeNull();
    // As many as fit: two in 3 s (the wind-down, a rebound, the landing and standing again), said so.
    expect(parsePrompt('a man jumps three times, 3 seconds').actions).toMatchObject([{ kind: 'jump', times: 2 }]);
    expect(readPrompt('a man jumps three times, 3 seconds').understanding?.notDepicted).toEqual(['three times (shown twice: another jump does not fit in the 3 s clip, each taking 1.0 s)']);
    // A jump shot is still a shot.
    expect(parsePrompt('a basketball player sinks a jump shot').actions[0]?.kind).toBe('shoot');
  });
});
