// Nothing starts to move without a cause one can see (issue 11), the second round: a thing that falls
// is let go by a hand that holds it from the first frame, or nudged off the table by one, heard; each
// of two things slid, tipped or rolled is set going by one hand in turn, heard as each starts; a can or an apple
// is pushed rolling by a hand; a ball that rolls down a ramp, along the floor, into boxes or down
// stairs, or bounces down them, is already moving in the first frame.
// Measured on simulated traces, short and small.
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at, dist } from '../helpers/trace-points';

async function run(prompt: string, durationSec: number): Promise<{ action: string | undefined; plan: ScenePlan; trace: WorldTrace }> {
  const reading = readPrompt(prompt, { durationSec, width: 160, height: 90 });
  const plan = reading.plan!;
  return { action: reading.understanding?.action ?? undefined, plan, trace: await simulate(plan, 1) };
}
const idOf = (plan: ScenePlan, label: string): string => plan.entities.find((e) => e.label === label)!.id;
// The first frame a thing has gone `byM` along +x (every push here is along it) from where it was at
// frame 0 (an apple laid on its side settles onto its flank by 4 mm across it first).
const startFrame = (trace: WorldTrace, id: string, byM: number): number => trace.frames.findIndex((_, f) => at(trace, id, f)[0]! - at(trace, id, 0)[0]! > byM);
// The frames (fractional) at which a hand's touch on the thing is heard.
const touches = (trace: WorldTrace, hand: string, id: string): number[] =>
  trace.events.flatMap((e) => (e.kind === 'contact' && [e.a, e.b].includes(hand) && [e.a, e.b].includes(id) ? [e.t * trace.fps] : []));
const hands = (trace: WorldTrace): string[] => trace.bodies.filter((b) => b.shape.kind === 'hand').map((b) => b.id);
// How far the palm's face is from a round thing's side (its centre `radiusM` in).
const palmGap = (trace: WorldTrace, hand: string, id: string, radiusM: number, f: number): number => dist(at(trace, hand, f), at(trace, id, f)) - radiusM - PALM_HALF[1];

// One hand sets each thing going in turn (hand-in-turn.test.ts): the only hand, its touch on each
// heard once, within a frame and a half of the thing starting (the palm comes to rest against it,
// then speeds it up), each after the one before.
function eachByItsHand(trace: WorldTrace, ids: readonly string[], byM: number): void {
  const all = hands(trace);
  expect(all).toHaveLength(1);
  const heard = ids.map((id) => {
    const t = touches(trace, all[0]!, id);
    expect(t, id).toHaveLength(1);
    expect(Math.abs(t[0]! - startFrame(trace, id, byM)), id).toBeLessThanOrEqual(1.5);
    return t[0]!;
  });
  for (let i = 1; i < heard.length; i++) expect(heard[i]!).toBeGreaterThan(heard[i - 1]!);
}

describe('a thing that falls', () => {
  it('"an apple falls": a hand holds it from the first frame, it stays still in it, and it falls as the hand opens', async () => {
    const { action, plan, trace } = await run('an apple falls', 1.5);
    expect(action).toBe('a hand lets go of the apple and it falls');
    const apple = plan.entities.find((e) => e.form === 'apple')!;
    const [hand] = hands(trace);
    const fall = plan.actions[0]!;
    const opens = Math.round(fall.startSec * trace.fps);
    // Held: the palm against its side every frame until the hand opens, the apple not moving.
    for (let f = 0; f < opens; f++) {
      expect(palmGap(trace, hand!, apple.id, apple.size[0]!, f), `frame ${f}`).toBeLessThan(0.01);
      expect(dist(at(trace, apple.id, f), at(trace, apple.id, 0)), `frame ${f}`).toBeLessThan(0.002);
    }
    const falls = trace.frames.findIndex((_, f) => at(trace, apple.id, 0)[1]! - at(trace, apple.id, f)[1]! > 0.005);
    expect(Math.abs(falls - opens)).toBeLessThanOrEqual(2);
    const shape = trace.bodies.find((b) => b.id === hand)!.shape;
    expect(shape.kind === 'hand' && shape.grips?.some((g) => !g.closes && Math.abs(g.t - fall.startSec) < 1e-6)).toBe(true);
    expect(at(trace, apple.id, trace.frameCount - 1)[1]).toBeLessThan(0.1);
  }, 60_000);

  it('"a cup falls off the table": a hand nudges it over the edge, heard as it starts, and it falls to the floor', async () => {
    const { action, plan, trace } = await run('a cup falls off the table', 2);
    expect(action).toBe('a hand nudges the cup off the table and it falls');
    const cup = plan.entities.find((e) => e.form === 'cup')!;
    eachByItsHand(trace, [cup.id], 0.002);
    const start = startFrame(trace, cup.id, 0.002);
    // The palm is at the cup as it starts (its face within 1.5 cm of the cup's widest side).
    expect(palmGap(trace, hands(trace)[0]!, cup.id, cup.size[0]!, start)).toBeLessThan(0.015);
    expect(at(trace, cup.id, trace.frameCount - 1)[1]).toBeLessThan(0.3);
  }, 60_000);
});

describe('each thing by the hand, in turn', () => {
  it('"two books slide across the table": one hand pushes each book in turn, heard as it starts', async () => {
    const { plan, trace } = await run('two books slide across the table', 2.5);
    const books = plan.entities.filter((e) => e.form === 'book').map((e) => e.id);
    expect(plan.actions.every((a) => a.kind === 'slide' && a.byHand)).toBe(true);
    eachByItsHand(trace, books, 0.002);
    expect(trace.outcome.summary).toMatch(/^A hand pushed the book: it slid \d+ cm and stopped\. A hand pushed the book: it slid \d+ cm and stopped\.$/);
  }, 60_000);

  it('"the glass and the bottle tip over": one hand knocks each over in turn, heard as it starts', async () => {
    const { plan, trace } = await run('the glass and the bottle tip over', 2.5);
    eachByItsHand(trace, [idOf(plan, 'glass'), idOf(plan, 'bottle')], 0.002);
    expect(trace.outcome.summary).toMatch(/^A hand pushed the glass: it .*A hand pushed the bottle: it /);
  }, 60_000);

  it('"an apple and an orange roll across the table": each pushed rolling by the hand in turn, heard, and rolling a visible way', async () => {
    const { action, plan, trace } = await run('an apple and an orange roll across the table', 3);
    expect(action).toMatch(/^a hand pushes the apple and it rolls/);
    const ids = [idOf(plan, 'apple'), idOf(plan, 'orange')];
    eachByItsHand(trace, ids, 0.002);
    // A push at its middle skids it, and the skid takes a share of its speed: the hand pushes it
    // faster by that share, so it rolls on (at the push's speed it stopped 18 cm on).
    for (const id of ids) expect(at(trace, id, trace.frameCount - 1)[0]! - at(trace, id, 0)[0]!, id).toBeGreaterThan(0.2);
  }, 60_000);
});

describe('hands of different actions', () => {
  it('a hand that lets go and a hand that flicks a coin are two bodies, in either order', async () => {
    const spin = readPrompt('a hand spins a coin on the table', { durationSec: 1.5, width: 160, height: 90 }).plan!;
    const cup: ScenePlan['entities'][number] = { ...spin.entities.find((e) => e.form === 'coin')!, id: 'cup-1', label: 'cup', form: 'cup', size: [0.04, 0.05], position: [0.4, 1.3, 0.3], mass: 0.3 };
    const fall = { kind: 'fall' as const, object: 'cup-1', startSec: 0.5, byHand: true };
    for (const actions of [[fall, ...spin.actions], [...spin.actions, fall]]) {
      const trace = await simulate({ ...spin, entities: [...spin.entities, cup], actions }, 1);
      const ids = hands(trace);
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
    }
  }, 60_000);
});

describe('a ball already moving', () => {
  it('down a ramp, along the floor, into a box, down the stairs and bouncing down them: moving from the first frame, with no hand', async () => {
    const cases = [['a ball rolls down a ramp', 0.2], ['a ball rolls across the floor', 1.8], ['a ball rolls into a box', 4], ['a ball rolls down the stairs', 0.6], ['a ball bounces down the stairs', 0.5]] as const;
    for (const [prompt, minMps] of cases) {
      const { action, plan, trace } = await run(prompt, 1);
      expect(action, prompt).toMatch(/^the ball (rolls|drops and bounces)$/);
      const ball = plan.entities.find((e) => e.kind === 'ball')!;
      expect(hands(trace), prompt).toHaveLength(0);
      expect(dist(at(trace, ball.id, 1), at(trace, ball.id, 0)) * trace.fps, prompt).toBeGreaterThan(minMps);
    }
  }, 60_000);

  it('three balls down the stairs all start on the flight and end in front of it (the later ones began in the air behind it)', async () => {
    for (const prompt of ['three balls roll down the stairs', 'three balls bounce down the stairs']) {
      const { plan, trace } = await run(prompt, 3);
      const stairs = plan.entities.find((e) => e.kind === 'stairs')!;
      const back = stairs.position[0] - (stairs.size[0] ?? 0), front = stairs.position[0] + (stairs.size[0] ?? 0);
      const balls = plan.entities.filter((e) => e.kind === 'ball');
      expect(balls, prompt).toHaveLength(3);
      for (const b of balls) {
        expect(Math.min(...trace.frames.map((_, f) => at(trace, b.id, f)[0]!)), `${prompt}: ${b.id}`).toBeGreaterThan(back);
        expect(at(trace, b.id, trace.frameCount - 1)[0]!, `${prompt}: ${b.id}`).toBeGreaterThan(front);
      }
    }
  }, 60_000);
});
