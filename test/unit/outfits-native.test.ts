// The outfits' marks (people/outfits/: a suit's lapels, tie and buttons, a hoodie's ribbing, pocket and
// drawstrings, a raincoat's gloss, placket and buttons) are drawn by their C++ twins
// (native/render/src/surfaces/outfit-*.cc) in the native pass, without calling their JavaScript, to
// the JavaScript pass's pixels: within 2 levels for 99.9% of the frame and 99.5% of the dressed
// cloth (render-native.test.ts's tolerance; on this machine they are the same bytes).
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTFIT_KINDS, type OutfitKind, type ScenePlan } from '../../main/contract/scene-plan';
import { createFrameRenderer, type FrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import type { SurfacePattern } from '../../main/engine/frames/shading/surfaces';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import type { WorldTrace } from '../../main/contract/world-trace-types';
import { objectPixels } from '../helpers/frame-ids';

// A medium shot from the front of each outfit, standing (a raincoat shows its skirt too).
const PROMPTS: Record<OutfitKind, string> = {
  suit: 'a man in a suit stands in a room',
  hoodie: 'a man in a hoodie stands in a room',
  raincoat: 'a girl in a yellow raincoat stands in a room',
};
const FRAME = 12;
// The twins of outfit marks, by the patterns' names (front-pattern.ts: `<outfit>-front`, `<outfit>-skirt`).
const OUTFIT_TWIN = new RegExp(`^(${OUTFIT_KINDS.join('|')})-(front|skirt)$`);

// Pixels over 2 levels apart (the largest channel difference), of those `mask` keeps (all when none).
function over2(a: Uint8Array, b: Uint8Array, mask?: Uint8Array): { over: number; of: number } {
  let over = 0, of = 0;
  for (let i = 0; i < a.length / 4; i++) {
    if (mask && !mask[i]) continue;
    of++;
    const p = i * 4;
    if (Math.max(Math.abs(a[p]! - b[p]!), Math.abs(a[p + 1]! - b[p + 1]!), Math.abs(a[p + 2]! - b[p + 2]!)) > 2) over++;
  }
  return { over, of };
}

// The outfit's patterns in the last frame drawn, by name (the same objects frame after frame).
function outfitPatterns(r: FrameRenderer): Map<string, SurfacePattern> {
  const { target, draws } = r.lastFrame();
  const found = new Map<string, SurfacePattern>();
  for (const id of target.id) {
    const pattern = id > 0 ? draws.items[id - 1]!.material.pattern : null;
    if (pattern && OUTFIT_TWIN.test(pattern.name)) found.set(pattern.name, pattern);
  }
  return found;
}

describe('outfit marks in the native render passes', () => {
  const takes = new Map<OutfitKind, { plan: ScenePlan; trace: WorldTrace }>();
  const shown = new Set<string>();
  beforeAll(async () => {
    for (const [kind, prompt] of Object.entries(PROMPTS) as [OutfitKind, string][]) {
      const plan = parsePrompt(prompt);
      plan.camera = { ...plan.camera, shot: 'medium', angle: 'front', motion: 'static' };
      plan.format = { ...plan.format, durationSec: 1, width: 320, height: 180 };
      takes.set(kind, { plan, trace: await simulate(plan, 1) });
    }
  }, 120_000);

  it.each(Object.keys(PROMPTS) as OutfitKind[])('a %s: the twins draw the JavaScript marks\' pixels, and its JavaScript is not called', (kind) => {
    const { plan, trace } = takes.get(kind)!;
    const js = createFrameRenderer(plan, trace, { passes: 'js' });
    const native = createFrameRenderer(plan, trace, { passes: 'native' });
    js.renderFrame(FRAME); native.renderFrame(FRAME);
    // Count the JavaScript marks' calls from here on, in both passes.
    const calls = { js: 0, native: 0 };
    for (const [which, r] of [['js', js], ['native', native]] as const) {
      for (const pattern of outfitPatterns(r).values()) {
        const apply = pattern.apply.bind(pattern);
        pattern.apply = (s) => { calls[which]++; apply(s); };
      }
    }
    const a = js.renderFrame(FRAME), b = native.renderFrame(FRAME);
    const names = [...outfitPatterns(native).keys()];
    names.forEach((n) => shown.add(n));
    expect(names).toContain(`${kind}-front`);
    for (const name of names) expect(nativeRender()!.surfaceTwins(), `${name} has a C++ twin`).toContain(name);
    expect(calls.js).toBeGreaterThan(1000);
    expect(calls.native).toBe(0);
    const frame = over2(a, b);
    expect(frame.over / frame.of, `${frame.over} of the frame's pixels differ by more than 2 levels`).toBeLessThanOrEqual(0.001);
    const cloth = objectPixels(native, 'torso').mask, skirt = objectPixels(native, 'skirt').mask;
    const dressed = over2(a, b, cloth.map((m, i) => m | skirt[i]!));
    expect(dressed.of).toBeGreaterThan(3000);
    expect(dressed.over / dressed.of, `${dressed.over} of the dressed pixels differ by more than 2 levels`).toBeLessThanOrEqual(0.005);
  }, 60_000);

  // Where this CPU runs it, the x86-64-v3 build draws the outfits in the baseline build's bytes.
  const v3Here = process.platform === 'linux' && process.arch === 'x64' && nativeRender('baseline')?.cpu().runsV3 === true;
  it.skipIf(!v3Here)('draw the same bytes in the x86-64-v3 build as in the build for any CPU', () => {
    for (const { plan, trace } of takes.values()) {
      const wide = createFrameRenderer(plan, trace, { passes: 'native' }), base = createFrameRenderer(plan, trace, { passes: 'native-baseline' });
      expect(Buffer.compare(wide.renderFrame(FRAME), base.renderFrame(FRAME)), plan.prompt).toBe(0);
    }
  }, 60_000);

  it('every outfit twin is shown by one of them', () => {
    for (const twin of nativeRender()!.surfaceTwins().filter((t) => OUTFIT_TWIN.test(t))) expect([...shown], `no outfit scene shows ${twin}`).toContain(twin);
  });
});
