// Hands (engine/hands/) on the simulated trace: a hand is a kinematic palm on a planned path, and
// what it handles moves only through its contact or its grip. A pushed cup stays put until the palm
// touches it, then slides on after the hand stops and comes to rest by friction; a lifted glass rises
// with the hand; a book placed on a shelf ends there at rest; three stacked blocks stand as a tower.
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { continueTake } from '../../main/engine/simulate/continue-take';
import { timingFor } from '../../main/engine/simulate/schedule';
import { simulate, simulateTake } from '../../main/engine/simulate/simulate';

async function run(prompt: string, durationSec = 4): Promise<{ plan: ScenePlan; trace: WorldTrace }> {
  const plan = parsePrompt(prompt, { durationSec });
  return { plan, trace: await simulate(plan, 3) };
}

const at = (trace: WorldTrace, id: string, frame: number): number[] => {
  const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  expect(i).toBeGreaterThanOrEqual(0);
  return trace.frames[frame]!.slice(i, i + 3);
};

const frames = (trace: WorldTrace): number[] => trace.frames.map((_, f) => f);
const idOf = (plan: ScenePlan, form: string): string => plan.entities.find((e) => e.form === form || e.label === form)!.id;

describe('hands', () => {
  it('a pushed cup does not move before the palm reaches it, then slides and stops by friction after the hand lets go', async () => {
    const { plan, trace } = await run('a hand pushes a cup across the table');
    const cup = idOf(plan, 'cup');
    expect(plan.actions[0]).toMatchObject({ kind: 'slide', byHand: true });
    expect(trace.bodies.find((b) => b.id === 'hand-1')?.shape.kind).toBe('hand');
    const start = at(trace, cup, 0);
    // The first frame the cup has moved 2 mm: the palm is already against its side by then.
    const moved = frames(trace).find((f) => Math.abs(at(trace, cup, f)[0]! - start[0]!) > 0.002)!;
    expect(moved).toBeGreaterThan(10);
    const gap = at(trace, cup, moved)[0]! - at(trace, 'hand-1', moved)[0]!;
    const radius = plan.entities.find((e) => e.id === cup)!.size[0]!;
    expect(gap).toBeLessThan(radius + PALM_HALF[1] + 0.01);
    // The slide is heard from when the hand sets it moving: its scrape on the table.
    const scrape = trace.events.find((e) => e.kind === 'scrape' && [e.a, e.b].includes(cup));
    expect(scrape?.t).toBeGreaterThanOrEqual((moved - 1) / trace.fps);
    // After the release the cup runs ahead of the hand, slows down and stops.
    const apart = frames(trace).find((f) => f > moved && at(trace, cup, f)[0]! - at(trace, 'hand-1', f)[0]! > gap + 0.05)!;
    expect(apart).toBeDefined();
    const last = trace.frameCount - 1;
    const end = at(trace, cup, last);
    expect(end[0]! - at(trace, cup, apart)[0]!).toBeGreaterThan(0.1);
    expect(Math.abs(end[0]! - at(trace, cup, last - 10)[0]!)).toBeLessThan(0.002);
    expect(end[1]).toBeCloseTo(start[1]!, 2);
  });

  it('a lifted glass rises with the hand and hangs from it', async () => {
    const { plan, trace } = await run('she lifts the glass');
    const glass = idOf(plan, 'glass');
    const action = plan.actions[0]!;
    expect(action.kind).toBe('lift');
    const y0 = at(trace, glass, 0)[1]!;
    const last = trace.frameCount - 1;
    expect(at(trace, glass, last)[1]! - y0).toBeGreaterThan(0.15);
    // While it rises, the glass keeps its height relative to the hand within a centimetre.
    const rising = frames(trace).filter((f) => at(trace, glass, f)[1]! > y0 + 0.02);
    expect(rising.length).toBeGreaterThan(10);
    const offsets = rising.map((f) => at(trace, glass, f)[1]! - at(trace, 'hand-1', f)[1]!);
    expect(Math.max(...offsets) - Math.min(...offsets)).toBeLessThan(0.01);
  });

  it('a stack of books on a shelf: the hand comes in from the open front and the stack falls along the board; the shelf stays', async () => {
    const { plan, trace } = await run('a stack of books on the shelf falls over', 3);
    const shelf = plan.entities.find((e) => e.form === 'shelf')!;
    const top = plan.actions.find((a) => a.kind === 'tip' && a.byHand)!;
    expect(top).toMatchObject({ kind: 'tip', shelf: shelf.id });
    const book = (top as { object: string }).object;
    const last = trace.frameCount - 1;
    // The shelf (pushed along the board before, the hand came through its side and knocked it over).
    expect(Math.hypot(...at(trace, shelf.id, last).map((v, k) => v - shelf.position[k]!))).toBeLessThan(0.01);
    // The hand stays between the shelf's sides and in front of its back the whole time it is there.
    const half = 0.38;
    for (const f of frames(trace)) {
      const [hx, , hz] = at(trace, 'hand-1', f);
      if (Math.abs(hz! - shelf.position[2]) < 0.15) expect(Math.abs(hx! - shelf.position[0])).toBeLessThan(half);
    }
    // The top book has gone over along the board: moved along x and down.
    const [x0, y0] = at(trace, book, 0), [x1, y1] = at(trace, book, last);
    expect(x1! - x0!).toBeGreaterThan(0.08);
    expect(y0! - y1!).toBeGreaterThan(0.08);
  });

  it('a book placed on a shelf ends on the shelf board, at rest', async () => {
    const { plan, trace } = await run('he places a book on the shelf');
    const book = idOf(plan, 'book');
    const shelf = plan.entities.find((e) => e.form === 'shelf')!;
    const last = trace.frameCount - 1;
    const end = at(trace, book, last);
    expect(Math.abs(end[0]! - shelf.position[0])).toBeLessThan(0.05);
    expect(end[1]).toBeGreaterThan(0.85);
    expect(Math.hypot(...end.map((v, k) => v - at(trace, book, last - 10)[k]!))).toBeLessThan(0.002);
    expect(trace.outcome.summary).toMatch(/placed the book on the shelf/);
  });

  it('stacks three blocks into a tower that stands', async () => {
    const { plan, trace } = await run('she stacks three blocks', 5);
    const [a, b, c] = plan.entities.filter((e) => e.label === 'block').map((e) => e.id);
    const last = trace.frameCount - 1;
    const ys = [a!, b!, c!].map((id) => at(trace, id, last));
    expect(ys[1]![1]! - ys[0]![1]!).toBeCloseTo(0.1, 1);
    expect(ys[2]![1]! - ys[1]![1]!).toBeCloseTo(0.1, 1);
    expect(Math.hypot(ys[2]![0]! - ys[0]![0]!, ys[2]![2]! - ys[0]![2]!)).toBeLessThan(0.03);
    expect(trace.outcome.summary).toMatch(/tower that stood/);
  });
});

describe('a hand in a continued take', () => {
  it('continues mid-lift with the glass still held, frame for frame', async () => {
    const plan = parsePrompt('she lifts the glass, 3 seconds', { width: 160, height: 90 });
    const parent = await simulateTake(plan, 5);
    const fps = timingFor(plan.format).fps;
    // Joined while the glass is held and rising.
    const joinFrame = Math.round(1.4 * fps);
    const again = await continueTake({ parent: { plan, trace: parent.trace, states: parent.states }, joinFrame, plan, seed: 5, varyUntilFrame: null });
    expect(again.trace.frames).toEqual(parent.trace.frames);
  });
});
