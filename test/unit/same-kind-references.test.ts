// "The next one", "the other one", "another": one more thing of the kind named before (or one of a
// group already named). "A domino falls and knocks over the next one" is a chain of two, and the
// simulated second domino falls after the first, knocked by it.
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const plan = (prompt: string) => readPrompt(prompt, { durationSec: 3 }).plan!;
const labels = (prompt: string): string[] => plan(prompt).entities.filter((e) => e.kind === 'object').map((e) => e.label);

// The first frame a body leans more than 45 degrees from how it started, or -1.
function fellAt(trace: WorldTrace, id: string): number {
  const o = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  const q0 = trace.frames[0]!.slice(o + 3, o + 7);
  return trace.frames.findIndex((row) => {
    const dot = Math.abs([0, 1, 2, 3].reduce((s, k) => s + row[o + 3 + k]! * q0[k]!, 0));
    return 2 * Math.acos(Math.min(1, dot)) > Math.PI / 4;
  });
}

describe('references to one more of a kind', () => {
  it('"a domino falls and knocks over the next one": two dominoes in a row; the second falls after the first', async () => {
    const p = plan('a domino falls and knocks over the next one');
    const run = p.actions.find((a) => a.kind === 'dominoes');
    expect(run && run.kind === 'dominoes' ? run.objects : []).toHaveLength(2);
    expect(readPrompt('a domino falls and knocks over the next one').understanding?.notDepicted).toEqual([]);
    const trace = await simulate(p, 1);
    const [first, second] = run && run.kind === 'dominoes' ? run.objects : [];
    const a = fellAt(trace, first!);
    const b = fellAt(trace, second!);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    // Knocked by the first: a domino-on-domino contact between the two falls.
    const click = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(first!) && [e.a, e.b].includes(second!));
    expect(click?.t).toBeGreaterThan(a / trace.fps - 0.5);
    expect(click!.t).toBeLessThan(b / trace.fps);
  });

  it('"another" after one thing is one more of it; "the other one" after two is one of the two; "the next day", "another cat" are not things', () => {
    expect(labels('a domino knocks over the next')).toEqual(['domino', 'domino']);
    expect(labels('one glass falls off the table, then another')).toEqual(['glass', 'glass']);
    expect(plan('two balls roll and the other one stops').entities.filter((e) => e.kind === 'ball')).toHaveLength(2);
    expect(labels('a glass falls off the table and the next day a plate falls')).toEqual(['glass', 'plate']);
    expect(labels('a glass and a plate fall one after another')).toEqual(['glass', 'plate']);
    expect(readPrompt('a ball rolls to the other side of the room').plan!.entities.filter((e) => e.kind === 'ball')).toHaveLength(1);
  });

  it('"a ball rolls into another": the other waits in its way and is knocked on (it rolled beside the first, never hit)', async () => {
    for (const prompt of ['a ball rolls into another', 'a red ball rolls into a blue ball']) {
      const plan = readPrompt(prompt, { durationSec: 3, width: 160, height: 90 }).plan!;
      const [roller, other] = plan.entities.filter((e) => e.kind === 'ball');
      expect(plan.actions.map((a) => a.kind === 'roll' && a.object), prompt).toEqual([roller!.id]);
      const trace = await simulate(plan, 1);
      const x = (id: string, f: number): number => trace.frames[f]![trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY]!;
      const last = trace.frameCount - 1;
      // Still until the first reaches it, then knocked on past where it stood; the first stops behind it.
      expect(x(other!.id, 10) - x(other!.id, 0), prompt).toBeCloseTo(0, 3);
      expect(x(other!.id, last) - x(other!.id, 0), prompt).toBeGreaterThan(0.5);
      expect(x(roller!.id, last), prompt).toBeLessThan(x(other!.id, last));
    }
  }, 60_000);
});
