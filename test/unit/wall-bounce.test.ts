// A wall a ball bounces off (issue 11): "a wall" is a fixture of its own (3 m x 2.5 m x 20 cm, a
// fixed box the simulator collides and the frames draw, heard as masonry); a throw against it is
// aimed flat at its face, and a ball that "bounces off the wall" with no thrower named is thrown
// there by someone the panel says was added. The ball comes back with its own restitution's share
// of its speed into the wall. One 3 s trace.
import { describe, expect, it } from 'vitest';
import { tableGeometry } from '../../main/engine/simulate/fixtures';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at } from '../helpers/trace-points';

describe('a wall', () => {
  it('is read as a wall, shown, and a ball bouncing off it is thrown there by a thrower the panel says was added', () => {
    for (const prompt of ['a rubber ball bounces off the wall', 'a tennis ball hits the wall and bounces back', 'a boy throws a ball against the wall']) {
      const r = readPrompt(prompt, { durationSec: 3 });
      expect(r.plan!.actions.map((a) => a.kind), prompt).toEqual(['throw']);
      expect(r.plan!.entities.filter((e) => e.kind === 'wall').length, prompt).toBe(1);
      expect(r.understanding!.words!.filter((w) => !w.depicted), prompt).toEqual([]);
    }
    expect(readPrompt('a rubber ball bounces off the wall').understanding!.who).toEqual(['person (throws) (added)']);
    // A wall no action aims at stands behind the action (across it), not where it happens: clear of
    // the table, and of a runner's path along x.
    const aside = readPrompt('a glass falls off the table by the wall').plan!;
    const wall = aside.entities.find((e) => e.kind === 'wall')!;
    const table = aside.entities.find((e) => e.kind === 'table')!;
    expect(wall.position[2] + (wall.size[2] ?? 0)).toBeLessThan(table.position[2] - (tableGeometry(table).top.halfExtents[2] ?? 0));
    const run = readPrompt('a man runs towards the wall').plan!;
    const runWall = run.entities.find((e) => e.kind === 'wall')!;
    expect(runWall.position[2] + (runWall.size[2] ?? 0)).toBeLessThan(-1);
  });

  it('a rubber ball thrown against it touches it, heard, and comes back at its restitution share of the speed', async () => {
    const plan = readPrompt('a rubber ball bounces off the wall', { durationSec: 3 }).plan!;
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const wall = plan.entities.find((e) => e.kind === 'wall')!;
    const trace = await simulate(plan, 1);
    const hit = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(wall.id) && [e.a, e.b].includes(ball.id));
    expect(hit?.kind).toBe('contact');
    if (hit?.kind !== 'contact') return;
    expect([hit.materialA, hit.materialB].sort()).toEqual(['concrete', 'rubber']);
    expect(hit.impulse).toBeGreaterThan(0.5);
    // Where it touched: at the wall's face.
    expect(Math.abs(hit.position[0] - (wall.position[0] - (wall.size[0] ?? 0)))).toBeLessThan(0.02);
    // Its speed into the wall (along x) before, and away from it after: their ratio is its restitution.
    const f = Math.round(hit.t * trace.fps);
    const vx = (a: number, b: number): number => ((at(trace, ball.id, b)[0]! - at(trace, ball.id, a)[0]!) * trace.fps) / (b - a);
    const into = vx(f - 3, f - 1), back = vx(f + 1, f + 3);
    expect(into).toBeGreaterThan(3);
    expect(-back / into).toBeGreaterThan(ball.restitution - 0.08);
    expect(-back / into).toBeLessThan(ball.restitution + 0.05);
  }, 60_000);
});
