// A shirt gathers at a raised arm's armpit (armpit-folds.ts): a waving woman's shirt is drawn with
// folds at the armpit of her raised arm and none at the one hanging at her side, and those folds
// make the light on the shirt's front rise and fall across the fan round the armpit (a smooth
// shell's is even).
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { ARMPIT_PARAMS, armpitFoldsAt } from '../../main/engine/frames/people/armpit-folds';
import type { SurfaceSample } from '../../main/engine/frames/shading/surfaces';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('a shirt at the armpit', () => {
  it('folds round a raised arm\'s armpit and not round a lowered one', async () => {
    // Seed 1: she wears a T-shirt and waves with her right arm, the left hanging.
    const plan = parsePrompt('medium shot of a woman waving');
    plan.format = { ...plan.format, durationSec: 1.5, width: 160, height: 90 };
    expect(appearanceFor(plan.entities.find((e) => e.kind === 'person')!, 1).top.kind).toBe('tshirt');
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), { grain: false, antialias: false });
    renderer.renderFrame(30);
    const { draws } = renderer.lastFrame();
    const torso = draws.items.find((d) => d.mesh.name === 'torso')!;
    expect(torso.material.pattern?.name).toBe('neckline');
    // The armpits and how raised each arm is, as the pattern reads them (its numbers come last).
    const all = torso.material.pattern!.nativeParams!(0), p = all.slice(all.length - ARMPIT_PARAMS);
    const raised = p[3]! > p[7]! ? 0 : 4, lowered = 4 - raised;
    expect(p[raised + 3]).toBeGreaterThan(0.5);
    expect(p[lowered + 3]).toBe(0);
    // The shirt's front before the armpit (a plane 6 cm in front of it, facing forward, the
    // wearer's up +y), lit from the front and above: across the fan below and beside the armpit the
    // light rises and falls from ridge to trough, where a smooth shell's is even.
    const lit = (raise: number, x: number, y: number): number => {
      const q = Float64Array.from(p);
      q.set([0, 0, 0, raise, 0, 0, 0, 0, 0, 1, 0], 0);
      const sample: SurfaceSample = { x, y, z: 0.06, lx: 0, ly: 0, lz: 0, nx: 0, ny: 0, nz: 1, footprint: 0.002, t: 0, r: 0.3, g: 0.3, b: 0.3, roughness: 0.8, metalness: 0, cavity: 1 };
      armpitFoldsAt(sample, q, 1);
      return sample.r * Math.max(0, 0.3 * sample.nx + 0.5 * sample.ny + 0.81 * sample.nz);
    };
    const spread = (raise: number): number => {
      const v: number[] = [];
      for (let a = 0.1; a < 1.4; a += 0.02) v.push(lit(raise, 0.06 * Math.cos(a), -0.06 * Math.sin(a)));
      return (Math.max(...v) - Math.min(...v)) / (v.reduce((x, y) => x + y, 0) / v.length);
    };
    expect(spread(1), 'raised').toBeGreaterThan(0.3);
    expect(spread(0), 'lowered').toBe(0);
  }, 60_000);
});
