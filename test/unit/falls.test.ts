// People falling over: the trip, the body going over about its feet as physics says, the hands and
// then the body heard hitting the ground at the moments they do, and getting back up.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { TraceEvent } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { tripTimes } from '../../main/engine/actions/trip/pose';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { BODY } from '../../main/engine/body/skeleton';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

async function fallen(prompt: string) {
  const plan = parsePrompt(prompt);
  const trace = await simulate(plan, 5);
  const person = plan.entities.find((e) => e.kind === 'person')!;
  const track = trace.actors.find((a) => a.entityId === person.id)!;
  return { plan, trace, track, H: person.size[0]!, person };
}

function onset(samples: Float32Array, t: number): number {
  const e = (from: number): number => {
    let s = 0;
    for (let i = Math.round(from * SAMPLE_RATE); i < Math.round((from + 0.015) * SAMPLE_RATE); i++) s += (samples[2 * i] ?? 0) ** 2;
    return s;
  };
  return e(t) / (e(t - 0.015) + 1e-9);
}

describe('tripping and falling', () => {
  it('trips after a few steps, goes down within a second, lands on the hands first, and gets back up', async () => {
    const { plan, trace, track, H, person } = await fallen('a man trips and falls in the park, 6 seconds');
    expect(track.animation).toBe('fall');
    const tt = tripTimes(track, H);
    // A body going over from a walk reaches the ground in well under a second (a rigid pendulum
    // from upright with walking momentum: 0.4-0.9 s).
    expect(tt.handsSec - tt.tripSec).toBeGreaterThan(0.3);
    expect(tt.handsSec - tt.tripSec).toBeLessThan(0.9);
    const head = (t: number): number => personPose(track, H, t).head[1];
    expect(head(tt.tripSec - 0.1)).toBeGreaterThan(0.85 * H);
    // Lying: the head is down near the ground.
    expect(head(tt.downSec + 0.2)).toBeLessThan(0.3);
    // The hands are on the ground when their impact is heard, and were in the air just before.
    const contacts = trace.events.filter((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && e.a === person.id);
    expect(contacts.length).toBeGreaterThanOrEqual(3);
    const hands = contacts[0]!;
    expect(hands.t).toBeCloseTo(tt.handsSec, 3);
    expect(personPose(track, H, hands.t).handR[1]).toBeLessThan(0.06);
    expect(personPose(track, H, hands.t - 0.1).handR[1]).toBeGreaterThan(0.15);
    expect(hands.materialB).toBe('cloth');
    // Each impact is heard when it happens.
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const c of contacts) expect(onset(audio.samples, c.t)).toBeGreaterThan(4);
    // Back on their feet by the end, feet on the ground.
    const end = personPose(track, H, 5.9);
    expect(end.head[1]).toBeGreaterThan(0.85 * H);
    expect(Math.min(end.footL[1], end.footR[1])).toBeCloseTo(BODY.ankleHeight * H, 3);
    expect(trace.outcome.summary).toMatch(/tripped after 2 steps and fell flat, then got back up/);
  });

  it('stays down when the prompt says so', async () => {
    const { track, H, trace } = await fallen('a woman falls down on the street and stays down, 4 seconds');
    expect(personPose(track, H, 3.9).head[1]).toBeLessThan(0.3);
    expect(trace.outcome.summary).toMatch(/stayed down/);
  });
});
