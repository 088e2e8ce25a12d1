// The park's gravel path has smooth edges: along each edge (where the gravel meets the grass, in
// columns where nothing stands in front of it) the edge's row is never 2 px or more off the line
// through its neighbours' rows, as a gently curving line seen across a lawn is. It was laid as 2 m tiles
// turned to the curve and overlapped, whose corners stuck out as a saw: 42 such steps along its
// edges in frame 60 at 854x480 before, none now.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const W = 854, H = 480;

// Steps of 2 px or more along the path's far and near edges, between neighbouring columns where the
// edge meets grass on its other side.
function edgeSteps(albedo: Float32Array): number {
  const at = (x: number, y: number): [number, number, number] => [albedo[(y * W + x) * 3]!, albedo[(y * W + x) * 3 + 1]!, albedo[(y * W + x) * 3 + 2]!];
  const gravel = (x: number, y: number): boolean => {
    const [r, g, b] = at(x, y);
    // Sandy: red over green over blue, green well over half the red (a bench's brown wood is not).
    return r > 0.25 && r > g * 1.05 && g > r * 0.6 && b < g;
  };
  const grass = (x: number, y: number): boolean => {
    const [r, g, b] = at(x, y);
    return g > r * 1.1 && g > b;
  };
  const far: number[] = [], near: number[] = [];
  for (let x = 0; x < W; x++) {
    let y = 0;
    while (y < H && !gravel(x, y)) y++;
    far.push(y < H && grass(x, y - 1) ? y : Number.NaN);
    while (y < H && gravel(x, y)) y++;
    near.push(y < H && grass(x, y) ? y : Number.NaN);
  }
  let steps = 0, columns = 0;
  for (const edge of [far, near]) {
    for (let x = 1; x < W - 1; x++) {
      // Off the line through its neighbours: a straight or gently curving edge, drawn in pixels, is
      // never more than a pixel off it, however steep it runs.
      const d = Math.abs(edge[x - 1]! - 2 * edge[x]! + edge[x + 1]!);
      if (Number.isNaN(d)) continue;
      columns++;
      if (d >= 2) steps++;
    }
  }
  expect(columns).toBeGreaterThan(W);
  return steps;
}

describe('the park path', () => {
  it('has edges that run smooth, without a saw of steps', async () => {
    const plan = parsePrompt('a kid kicks a soccer ball in the park');
    plan.format = { ...plan.format, width: W, height: H, durationSec: 3 };
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, { grain: false });
    r.renderFrame(60);
    expect(edgeSteps(r.lastFrame().target.albedo)).toBe(0);
  });
});
