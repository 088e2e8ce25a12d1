// A tower on a table that a person stands at and pushes over is one they could have built: its top
// below their shoulder ("a tall tower": below the top of their head), the blocks made smaller to fit
// (a child's toy blocks), their count from the words. Measured on the simulated trace against the
// person's own standing pose (their shoulder and the crown of their head as the body is posed).
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import type { Entity } from '../../main/contract/scene-plan';
import { BODY, heightOf } from '../../main/engine/body/skeleton';
import { idleRig } from '../../main/engine/body/idle';
import { poseFromRig } from '../../main/engine/body/pose-from-rig';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const y = (trace: WorldTrace, id: string, f: number): number => trace.frames[f]![trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY + 1]!;

async function tower(prompt: string) {
  const plan = readPrompt(prompt, { durationSec: 3, width: 160, height: 90 }).plan!;
  const person = plan.entities.find((e) => e.kind === 'person')!;
  const blocks = plan.entities.filter((e): e is Entity => e.kind === 'box').sort((a, b) => a.position[1] - b.position[1]);
  const trace = await simulate(plan, 1);
  const top = blocks.at(-1)!;
  const H = heightOf(person);
  const pose = poseFromRig(idleRig, { entityId: person.id, animation: 'idle', startSec: 0, releaseSec: 0, facing: 0, position: [0, 0, 0] }, H, 0);
  return {
    plan, blocks, trace, top,
    topM: y(trace, top.id, 0) + (top.size[1] ?? 0.05),
    shoulderM: Math.max(pose.shoulderL[1], pose.shoulderR[1]),
    crownM: pose.head[1] + BODY.headRadius * H,
  };
}

describe('a tower a child can reach', () => {
  for (const prompt of ['a boy topples the tower of blocks', 'a child knocks over a stack of blocks', 'a girl topples a tower of 8 blocks']) {
    it(`"${prompt}": the tower's top is below their shoulder, with the blocks the words say, and it comes down`, async () => {
      const { plan, blocks, trace, top, topM, shoulderM } = await tower(prompt);
      expect(topM, prompt).toBeLessThan(shoulderM);
      expect(blocks).toHaveLength(prompt.includes('8') ? 8 : 6);
      expect(plan.actions[0]).toMatchObject({ kind: 'topple', byHand: true, objects: blocks.map((b) => b.id) });
      // Pushed, it falls: the top block ends 15 cm or more lower.
      expect(y(trace, top.id, 0) - y(trace, top.id, trace.frameCount - 1), prompt).toBeGreaterThan(0.15);
    }, 60_000);
  }

  it('"a child topples a tall tower of blocks": taller than their shoulder, never over their head', async () => {
    const { topM, shoulderM, crownM } = await tower('a child topples a tall tower of blocks');
    expect(topM).toBeGreaterThan(shoulderM);
    expect(topM).toBeLessThan(crownM);
  }, 60_000);

  it('"a man topples the tower of blocks": a man reaches over six 10 cm blocks on a table; they stay as they were', async () => {
    const { blocks, topM, shoulderM } = await tower('a man topples the tower of blocks');
    expect(blocks.map((b) => b.size[0])).toEqual(Array(6).fill(0.05));
    expect(topM).toBeLessThan(shoulderM);
  }, 60_000);
});
