// The settings look filmed, not drawn for a game, measured on pixels of small renders: a tree's crown
// is clumps of leaves, not a melon's vertical ribs (the luminance changes as much up and down the
// crown as across it); a lawn is an olive green, not an acid one (its saturation); indoors the
// floor darkens at a sofa's foot and a wall's (the broad ceiling light is hidden there too), so
// furniture stands on the floor instead of floating over it.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer, type FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 320;
const H = 180;
const FAST = { grain: false, antialias: false } as const;

async function render(prompt: string, frame: number, scale = 1): Promise<{ r: FrameRenderer; rgba: Uint8Array }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: W * scale, height: H * scale };
  const trace = await simulate(plan, 1);
  const r = createFrameRenderer(plan, trace, FAST);
  return { r, rgba: r.renderFrame(frame) };
}

const luma = (rgba: Uint8Array, i: number): number => 0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!;

// Mean absolute luminance step to the right and downwards between neighbouring pixels of the mask.
function steps(rgba: Uint8Array, mask: Uint8Array, width: number, height: number): { across: number; down: number } {
  let across = 0, down = 0, n = 0;
  for (let y = 0; y < height - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      const i = y * width + x;
      if (!mask[i] || !mask[i + 1] || !mask[i + width]) continue;
      across += Math.abs(luma(rgba, i + 1) - luma(rgba, i));
      down += Math.abs(luma(rgba, i + width) - luma(rgba, i));
      n++;
    }
  }
  return { across: across / n, down: down / n };
}

describe('settings look filmed', () => {
  it('a broadleaf crown is clumps of leaves lit on one side, not vertical ribs', async () => {
    // Twice the size: a clump is a few pixels across.
    const { r, rgba } = await render('a man walks through the forest', 30, 2);
    const leaves = objectPixels(r, 'forest-trees-leaves');
    expect(leaves.box.count).toBeGreaterThan(20_000);
    const s = steps(rgba, leaves.mask, 2 * W, 2 * H);
    // Smooth crowns with faint ribs: 3.5 across and 4.8 down before; clumps lit on one side and
    // dark between them, about twice that.
    expect(s.across).toBeGreaterThan(5);
    expect(s.down).toBeGreaterThan(7);
  }, 60_000);

  it('a lawn is an olive green, not an acid one', async () => {
    const { r, rgba } = await render('a kid kicks a soccer ball in the park', 30);
    const lawn = objectPixels(r, 'ground');
    expect(lawn.box.count).toBeGreaterThan(W * H * 0.2);
    let sum = 0, n = 0;
    for (let i = 0; i < W * H; i++) {
      if (!lawn.mask[i]) continue;
      const c = [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!];
      sum += (Math.max(...c) - Math.min(...c)) / Math.max(1, Math.max(...c));
      n++;
    }
    // HSV saturation: 0.74 before; mown grass photographs at about half.
    expect(sum / n).toBeLessThan(0.6);
    expect(sum / n).toBeGreaterThan(0.3);
  }, 60_000);

  it('indoors the floor darkens where it meets a sofa or a wall', async () => {
    const { r, rgba } = await render('a woman walks across the living room', 60);
    const { target } = r.lastFrame();
    const floor = objectPixels(r, 'floor').mask;
    const scenery = objectPixels(r, 'room-scenery').mask;
    // Columns where scenery (sofa, skirting) stands on the floor: the floor just below its foot
    // against the floor a little further down the same column.
    let near = 0, far = 0, columns = 0;
    for (let x = 0; x < W; x++) {
      for (let y = 1; y < H - 12; y++) {
        const i = y * W + x;
        if (!floor[i] || !scenery[i - W]) continue;
        // The same distance (a foot on the floor, not an edge seen against the floor far behind it).
        if (Math.abs(1 / target.depth[i]! - 1 / target.depth[i - W]!) > 0.15) continue;
        const below = [1, 2].map((k) => i + k * W), further = [9, 10, 11].map((k) => i + k * W);
        if (![...below, ...further].every((j) => floor[j])) continue;
        near += below.reduce((a, j) => a + luma(rgba, j), 0) / below.length;
        far += further.reduce((a, j) => a + luma(rgba, j), 0) / further.length;
        columns++;
        break;
      }
    }
    expect(columns).toBeGreaterThan(40);
    // 0.93 before (the fill alone was occluded, and weakly): 0.82 with the key hidden there too.
    expect(near / far).toBeLessThan(0.9);
  }, 60_000);
});
