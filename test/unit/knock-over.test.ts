// Who knocks a thing over does it (actions/shared/knock.ts): the person the prompt names as the one who
// knocks it over stands at the table, their own hand reaches it, and the push comes where and when
// the palm touches it; physics then decides that it goes over. A push with nobody named stays unseen.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import type { Entity } from '../../main/contract/scene-plan';
import { tiltDeg } from '../../main/engine/actions/shared/thing-fate';
import { personPose } from '../../main/engine/actions/person-pose';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const pose = (trace: WorldTrace, id: string, frame: number): number[] => {
  const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  return Array.from(trace.frames[frame]!.slice(i, i + 7));
};
const tilt = (e: Entity, p: number[]): number => tiltDeg(e, p.slice(3, 7) as [number, number, number, number]);

// The first frame the thing has moved (2 mm) or turned (1 degree).
function firstMotion(trace: WorldTrace, e: Entity): number {
  for (let f = 0; f < trace.frameCount; f++) {
    const p = pose(trace, e.id, f);
    if (Math.hypot(p[0]! - e.position[0], p[2]! - e.position[2]) > 0.002 || tilt(e, p) > 1) return f;
  }
  return -1;
}

async function knocked(prompt: string) {
  const reading = readPrompt(prompt, { durationSec: 3, width: 160, height: 90 });
  const plan = reading.plan!;
  const thing = plan.entities.find((e) => e.kind === 'object')!;
  const person = plan.entities.find((e) => e.kind === 'person');
  const trace = await simulate(plan, 2);
  return { reading, plan, thing, person, trace, hand: trace.bodies.find((b) => b.shape.kind === 'hand') };
}

describe('a person who knocks a thing over does it', () => {
  it('"she knocks over a glass of orange juice on the kitchen table": her hand touches the glass as it starts to go, and it goes over', async () => {
    const { reading, plan, thing, person, trace, hand } = await knocked('she knocks over a glass of orange juice on the kitchen table');
    expect(plan.actions[0]).toMatchObject({ kind: 'tip', byHand: true, by: person!.id });
    // She stands within reach: her feet within 60 cm of the glass across the floor.
    expect(Math.hypot(person!.position[0] - thing.position[0], person!.position[2] - thing.position[2])).toBeLessThan(0.6);
    expect(hand?.shape).toMatchObject({ kind: 'hand', owner: person!.id });
    const track = trace.actors.find((a) => a.entityId === person!.id)!;
    // Her hand starts hanging at her side.
    const p0 = pose(trace, hand!.id, 0);
    const side = personPose(track, person!.size[0]!, 0).handR;
    expect(Math.hypot(p0[0]! - side[0], p0[1]! - side[1], p0[2]! - side[2])).toBeLessThan(0.03);
    // The glass first moves when her palm is against it: the palm's centre is within 2 cm of the
    // glass's side (rim radius 4 cm, palm half thickness 1.3 cm), at its upper part; half a second
    // before, the hand was still on its way.
    const f = firstMotion(trace, thing);
    expect(f / trace.fps).toBeGreaterThan(1);
    const palm = pose(trace, hand!.id, f);
    const glass = pose(trace, thing.id, f);
    const gap = Math.hypot(palm[0]! - glass[0]!, palm[2]! - glass[2]!) - 0.04 - 0.013;
    expect(Math.abs(gap)).toBeLessThan(0.02);
    expect(palm[1]! - thing.position[1]).toBeGreaterThan(0.02);
    const before = pose(trace, hand!.id, f - trace.fps / 2);
    expect(Math.hypot(before[0]! - glass[0]!, before[1]! - glass[1]!, before[2]! - glass[2]!)).toBeGreaterThan(0.12);
    // ...and it goes over, past 60 degrees, by the end.
    expect(tilt(thing, pose(trace, thing.id, trace.frameCount - 1))).toBeGreaterThan(60);
    // The understanding and the take's card say who did it.
    expect(reading.understanding?.who).toEqual(['woman (knocks over)']);
    expect(reading.understanding?.action).toMatch(/^the woman pushes the glass/);
    expect(trace.outcome.summary).toMatch(/^The woman pushed the glass: it tipped past its balance point and fell over\./);
  });

  it('"he knocks over his cup of coffee": he does it at a table (added), and the cup goes over', async () => {
    const { reading, plan, thing, person, trace, hand } = await knocked('he knocks over his cup of coffee');
    expect(plan.entities.some((e) => e.kind === 'table')).toBe(true);
    expect(reading.understanding?.what).toContain('table (added)');
    expect(plan.actions[0]).toMatchObject({ kind: 'tip', by: person!.id });
    const f = firstMotion(trace, thing);
    const palm = pose(trace, hand!.id, f);
    const cup = pose(trace, thing.id, f);
    expect(Math.hypot(palm[0]! - cup[0]!, palm[2]! - cup[2]!)).toBeLessThan(0.09);
    expect(tilt(thing, pose(trace, thing.id, trace.frameCount - 1))).toBeGreaterThan(60);
    expect(trace.outcome.summary).toMatch(/^The man pushed the cup/);
  });

  it('"a woman knocks over a row of dominoes": at a table (added), her palm touches the first as it starts to go, and all fall', async () => {
    const { reading, plan, person, trace, hand } = await knocked('a woman knocks over a row of dominoes');
    const action = plan.actions[0]!;
    expect(action).toMatchObject({ kind: 'dominoes', byHand: true, by: person!.id });
    expect(reading.understanding?.what).toContain('table (added)');
    const ids = action.kind === 'dominoes' ? action.objects : [];
    const first = plan.entities.find((e) => e.id === ids[0])!;
    const f = firstMotion(trace, first);
    const palm = pose(trace, hand!.id, f);
    const d = pose(trace, first.id, f);
    // Palm centre within 2 cm of the domino's face (half thickness 4 mm, palm half thickness 1.3 cm).
    expect(Math.hypot(palm[0]! - d[0]!, palm[2]! - d[2]!)).toBeLessThan(0.004 + 0.013 + 0.02);
    for (const id of ids) expect(tilt(plan.entities.find((e) => e.id === id)!, pose(trace, id, trace.frameCount - 1))).toBeGreaterThan(60);
    expect(trace.outcome.summary).toBe(`The woman pushed the first domino: all ${ids.length} dominoes fell, one after another.`);
  });

  it('"a vase is knocked over by a boy": the one after "by" does it', () => {
    const plan = readPrompt('a vase is knocked over by a boy').plan!;
    const boy = plan.entities.find((e) => e.kind === 'person')!;
    expect(plan.actions[0]).toMatchObject({ kind: 'tip', by: boy.id });
  });

  it('with nobody named as doing it, a hand from outside the frame does it; bystanders stand by', async () => {
    for (const prompt of ['a bottle tips over', 'a woman watches a vase tip over']) {
      const reading = readPrompt(prompt, { durationSec: 2, width: 160, height: 90 });
      const plan = reading.plan!;
      expect(plan.actions[0]).toHaveProperty('byHand', true);
      expect(plan.actions[0]).not.toHaveProperty('by');
      const trace = await simulate(plan, 2);
      expect(trace.bodies.some((b) => b.shape.kind === 'hand')).toBe(true);
    }
    expect(readPrompt('a woman watches a vase tip over').understanding?.who).toEqual(['woman (standing by)']);
  });
});
