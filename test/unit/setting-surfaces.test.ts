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
});
