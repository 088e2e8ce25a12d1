// The native render passes (native/render/) and the JavaScript passes they mirror draw the same
// frames: five scenes that between them show every surface with a C++ twin (grass, foliage, bark,
// skin, cloth in the park; litter, concrete and a knight's brushed steel in the forest; sand with its wet band and a wooden
// crate at the beach, beside water, whose pattern still runs in JavaScript; asphalt and paint in the
// street; the kitchen's tiles), with shadows, occlusion, haze, FXAA and grain. Within 2 levels for 99.9% of pixels
// (another machine's libm may round exp or sin differently); on this one they are the same bytes.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { OUTFIT_KINDS, type ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace-types';

const SCENES = [
  'a kid kicks a soccer ball in the park',
  'a knight walks through a forest, footsteps and birdsong',
  'a wooden crate slides down a ramp on a beach at sunset',
  'a woman walks down a city street',
  'wide shot of a man pushing a book across the kitchen table',
];
const SIZE = { width: 256, height: 144 };

// Per pixel, the largest channel difference.
function differences(a: Uint8Array, b: Uint8Array): { over2: number; max: number; pixels: number } {
  let over2 = 0, max = 0;
  for (let p = 0; p < a.length; p += 4) {
    const d = Math.max(Math.abs(a[p]! - b[p]!), Math.abs(a[p + 1]! - b[p + 1]!), Math.abs(a[p + 2]! - b[p + 2]!));
    if (d > 2) over2++;
    if (d > max) max = d;
  }
  return { over2, max, pixels: a.length / 4 };
}

describe('native render passes', () => {
  const takes: { plan: ScenePlan; trace: WorldTrace }[] = [];
  beforeAll(async () => {
    for (const prompt of SCENES) {
      const plan = parsePrompt(prompt);
      takes.push({ plan: { ...plan, format: { ...plan.format, ...SIZE } }, trace: await simulate(plan, 42) });
    }
  }, 120_000);

  it('are built (npm ci builds them; npm run build:native after editing native/render/)', () => {
    expect(nativeRender()).not.toBeNull();
    expect(nativeRender()!.surfaceTwins()).toEqual(expect.arrayContaining(['grass', 'wood', 'sand', 'cloth', 'skin']));
  });

  it('draw the frames the JavaScript passes draw, and every surface twin is among them', () => {
    const shown = new Set<string>();
    for (const { plan, trace } of takes) {
      const js = createFrameRenderer(plan, trace, { passes: 'js' });
      const native = createFrameRenderer(plan, trace, { passes: 'native' });
      const frame = Math.floor((trace.frameCount * 2) / 3);
      const a = js.renderFrame(frame), b = native.renderFrame(frame);
      const d = differences(a, b);
      expect(d.over2 / d.pixels, `${plan.prompt}, frame ${frame}: ${d.over2} pixels differ by more than 2 levels (max ${d.max})`).toBeLessThanOrEqual(0.001);
      // Not a blank frame: the scene was drawn.
      expect(new Set(Array.from({ length: 64 }, (_, k) => a[k * 577 * 4])).size).toBeGreaterThan(4);
      const { target, draws } = native.lastFrame();
      for (const id of target.id) if (id > 0) shown.add(draws.items[id - 1]!.material.pattern?.name ?? '');
    }
    // (the outfits' marks are shown, and held to their JavaScript, by outfits-native.test.ts)
    const outfitTwin = new RegExp(`^(${OUTFIT_KINDS.join('|')})-(front|skirt)$`);
    for (const twin of nativeRender()!.surfaceTwins().filter((t) => !outfitTwin.test(t))) expect([...shown], `no test scene shows the ${twin} surface`).toContain(twin);
  }, 120_000);

  // Where this CPU runs it, the x86-64-v3 build (AVX2, no fused multiply-adds) draws frames, and
  // they are the baseline build's bytes, at frames where the ball, the people and the camera move.
  const v3Here = process.platform === 'linux' && process.arch === 'x64' && nativeRender('baseline')?.cpu().runsV3 === true;
  it.skipIf(!v3Here)('draw the same bytes in the x86-64-v3 build as in the build for any CPU', () => {
    expect(nativeRender()!.cpu().build).toBe('x86-64-v3');
    expect(nativeRender('baseline')!.cpu().build).toBe('x86-64');
    for (const { plan, trace } of takes) {
      const wide = createFrameRenderer(plan, trace, { passes: 'native' });
      const base = createFrameRenderer(plan, trace, { passes: 'native-baseline' });
      for (const frame of [Math.floor(trace.frameCount / 3), trace.frameCount - 1]) {
        const a = wide.renderFrame(frame), b = base.renderFrame(frame);
        expect(differences(a, b).max, `${plan.prompt}, frame ${frame}`).toBe(0);
      }
    }
  }, 120_000);
});
