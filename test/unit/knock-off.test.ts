// "Knocked off the table" (actions/roll): a ball knocked or pushed off a table goes off its edge,
// falls to the floor and bounces there, each landing heard.
import { describe, expect, it } from 'vitest';
import { onsetAt } from '../helpers/sound-onset';
import { FLOATS_PER_BODY, type TraceEvent } from '../../main/contract/world-trace';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { tableGeometry } from '../../main/engine/simulate/fixtures';


describe('a ball knocked off the table', () => {
  it('"a ball is knocked off the table": it goes off the edge, falls below the table top and bounces on the floor, heard', async () => {
    const reading = readPrompt('a ball is knocked off the table', { durationSec: 3, width: 160, height: 90 });
    expect(reading.accepted).toBe(true);
    expect(reading.understanding?.notDepicted).toEqual([]);
    expect(reading.understanding?.words?.find((w) => w.word === 'knocked')?.depicted).toBe(true);
    const plan = reading.plan!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const topY = tableGeometry(table).topY;
    const trace = await simulate(plan, 2);
    const i = trace.bodies.findIndex((b) => b.id === ball.id) * FLOATS_PER_BODY;
    const y = (f: number): number => trace.frames[f]![i + 1]!;
    // On the table top at the start, below it (resting on or bouncing over the floor) at the end.
    expect(y(0) - ball.size[0]!).toBeCloseTo(topY, 2);
    expect(y(trace.frameCount - 1)).toBeLessThan(topY - 0.3);
    // Off the table it lands on the floor at least twice (a bounce), and each landing is heard.
    const floor = trace.events.filter((e): e is Extract<TraceEvent, { kind: 'contact' }> => e.kind === 'contact' && (e.a === ball.id || e.b === ball.id) && e.a !== table.id && e.b !== table.id && e.position[1] < 0.05);
    expect(floor.length).toBeGreaterThanOrEqual(2);
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const landing of floor.slice(0, 2)) expect(onsetAt(audio.samples, landing.t)).toBeGreaterThan(4);
  });
});

describe('a thing pushed off the table', () => {
  it('"a man pushes a book off the table": his hand pushes it, it slides past the edge and ends on the floor', async () => {
    const plan = readPrompt('a man pushes a book off the table', { durationSec: 3, width: 160, height: 90 }).plan!;
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const book = plan.entities.find((e) => e.kind === 'object')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(plan.actions[0]).toMatchObject({ kind: 'slide', byHand: true, by: man.id });
    const trace = await simulate(plan, 2);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: man.id });
    const i = trace.bodies.findIndex((b) => b.id === book.id) * FLOATS_PER_BODY;
    const last = trace.frames[trace.frameCount - 1]!;
    expect(last[i + 1]!).toBeLessThan(0.1);
    expect(last[i]!).toBeGreaterThan(table.size[0]!);
    expect(trace.outcome.summary).toMatch(/^The man pushed the book: it slid off the edge and fell/);
  });
});

describe('a ball a person knocks off the table', () => {
  it('"he knocks a ball off the table": his hand meets the ball as it starts to move, and it goes off and lands on the floor', async () => {
    const reading = readPrompt('he knocks a ball off the table', { durationSec: 3.5, width: 160, height: 90 });
    const plan = reading.plan!;
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(plan.actions[0]).toMatchObject({ kind: 'roll', byHand: true, by: man.id });
    expect(reading.understanding?.who).toEqual(['man (pushes)']);
    const trace = await simulate(plan, 2);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: man.id });
    const at = (id: string, f: number): number[] => {
      const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
      return Array.from(trace.frames[f]!.slice(i, i + 3));
    };
    let f = 0;
    while (f < trace.frameCount - 1 && Math.hypot(at(ball.id, f)[0]! - ball.position[0], at(ball.id, f)[2]! - ball.position[2]) < 0.002) f++;
    // The palm (half thickness 1.3 cm) against the ball (radius r) when it starts to move, after the reach.
    expect(f / trace.fps).toBeGreaterThan(1);
    const p = at(hand.id, f), b = at(ball.id, f);
    expect(Math.hypot(p[0]! - b[0]!, p[1]! - b[1]!, p[2]! - b[2]!)).toBeLessThan(ball.size[0]! + 0.013 + 0.02);
    const topY = tableGeometry(table).topY;
    expect(at(ball.id, trace.frameCount - 1)[1]!).toBeLessThan(topY - 0.2);
    const floor = trace.events.filter((e) => e.kind === 'contact' && (e.a === ball.id || e.b === ball.id) && e.position[1] < 0.05);
    expect(floor.length).toBeGreaterThanOrEqual(1);
    expect(trace.outcome.summary).toMatch(/^The ball hit the floor/);
  });
});
