// A thing named only as where something happens ("dropped next to a glass") stands there: it is not
// what the verb acts on, and it stands beside the action rather than aside out of shot.
import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';

const plan = (prompt: string) => parsePrompt(prompt, { durationSec: 3 });
const entity = (p: ReturnType<typeof plan>, id: string) => p.entities.find((e) => e.id === id)!;

describe('landmark words', () => {
  it('drops the ball, not the glass it is dropped next to, and stands the glass beside it', () => {
    const p = plan('a ball is dropped next to a glass of water');
    expect(p.actions.map((a) => a.kind)).toEqual(['drop']);
    const ball = p.entities.find((e) => e.kind === 'ball')!;
    const glass = p.entities.find((e) => e.kind === 'object')!;
    expect(p.actions[0]).toMatchObject({ object: ball.id });
    const apart = Math.hypot(glass.position[0] - ball.position[0], glass.position[2] - ball.position[2]);
    expect(apart).toBeGreaterThan(0.2);
    expect(apart).toBeLessThan(0.8);
    expect(glass.position[1]).toBeLessThan(0.2);
  });

  it('keeps the thing that falls when another is only where it falls', () => {
    const p = plan('a glass falls next to the plate');
    expect(p.actions.filter((a) => a.kind === 'fall').map((a) => (a.kind === 'fall' ? entity(p, a.object).form : null))).toEqual(['glass']);
    expect(plan('a man drops a glass near the sofa').actions.map((a) => a.kind)).toEqual(['fall']);
    expect(plan('a cup falls off the table').actions.map((a) => a.kind)).toEqual(['fall']);
  });
});
