// "Two balls collide": both rolled towards each other along one line, already rolling from their
// sides of the picture, and they meet (a contact between them, heard as an impact); "collide",
// "crash into each other", "hit each other" all read so, and the panel shows them. "Rolls down the
// stairs and hits a box": the box stands past the flight's foot in the ball's way, and is knocked.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../main/contract/scene-plan';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at, dist } from '../helpers/trace-points';

type Roll = Extract<Action, { kind: 'roll' }>;
const rollsOf = (prompt: string): Roll[] => readPrompt(prompt, { durationSec: 3 }).plan!.actions.filter((a): a is Roll => a.kind === 'roll');

describe('balls that meet', () => {
  it('"two balls collide on the floor": rolled towards each other, they touch', async () => {
    const r = readPrompt('two balls collide on the floor', { durationSec: 3 });
    const [a, b] = r.plan!.actions as [Roll, Roll];
    // Towards each other along one line.
    expect(a.velocity[0] * b.velocity[0]).toBeLessThan(0);
    expect(r.understanding?.words?.find((w) => w.word === 'collide')?.depicted).toBe(true);
    for (const p of ['a red ball and a blue ball crash into each other', 'two soccer balls hit each other']) {
      const [x, y] = rollsOf(p);
      expect(x!.velocity[0] * y!.velocity[0], p).toBeLessThan(0);
      expect(readPrompt(p).understanding?.notDepicted, p).toEqual([]);
    }
    // "rolls into another" keeps its own reading: the other waits in the way.
    expect(rollsOf('a ball rolls into another')).toHaveLength(1);
    const trace = await simulate(r.plan!, 1);
    const met = trace.events.filter((e) => e.kind === 'contact' && [e.a, e.b].sort().join() === [a.object, b.object].sort().join());
    expect(met.length).toBeGreaterThan(0);
    expect(met[0]!.t).toBeGreaterThan(0.5);
    // Before they met they closed the gap between them; they did not pass through each other.
    const f = Math.round(met[0]!.t * trace.fps);
    expect(dist(at(trace, a.object, f), at(trace, b.object, f))).toBeLessThan(0.25);
    expect(at(trace, a.object, trace.frames.length - 1)[0]!).toBeLessThan(at(trace, b.object, trace.frames.length - 1)[0]!);
  }, 60_000);
});
