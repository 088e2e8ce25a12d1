// The sun mask and occlusion are worked out only at the pixels shading lights itself (the shading
// plan): there they are the values the whole-frame passes give, in JavaScript and natively, and the
// plan leaves most pixels of a smooth scene to be filled from their neighbours.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { AmbientOcclusion } from '../../main/engine/frames/shading/ambient-occlusion';
import { lightsHere, planShading } from '../../main/engine/frames/shading/shade-plan';
import { lookFor } from '../../main/engine/frames/shading/look';
import { createShadowMap } from '../../main/engine/frames/shading/shadow-map';
import { viewRays } from '../../main/engine/frames/shading/view-rays';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('the shading plan', () => {
  it('has the sun mask and occlusion where shading reads them, as the whole-frame passes draw them', async () => {
    const plan = parsePrompt('a wooden crate slides down a ramp on a beach at sunset');
    plan.format = { ...plan.format, width: 256, height: 144, durationSec: 2 };
    const trace = await simulate(plan, 42);
    const r = createFrameRenderer(plan, trace, { passes: 'js' });
    r.renderFrame(20);
    const { target, draws, camera } = r.lastFrame();
    const W = target.width, H = target.height;
    const rays = viewRays(camera, W, H);
    const { need } = planShading(target, draws);
    let lit = 0, sky = 0;
    for (let i = 0; i < W * H; i++) { if (lightsHere(need, i)) lit++; if (target.id[i] === 0) sky++; }
    expect(sky).toBeGreaterThan(0);
    expect(lit).toBeGreaterThan(0.15 * W * H);
    expect(lit).toBeLessThan(0.5 * W * H);

    const built = buildScene(plan, trace);
    built.update(20);
    const look = lookFor(built.env, built.layout, W, H, plan.camera.shot);
    const shadow = createShadowMap({ ...look.shadow, lightDir: built.env.keyDir });
    shadow.update(built.scene, camera);
    for (const native of [null, nativeRender()]) {
      const whole = new Float32Array(W * H), planned = new Float32Array(W * H).fill(-1);
      shadow.mask(target, rays, whole, native);
      shadow.mask(target, rays, planned, native, need);
      const ao = Float32Array.from(new AmbientOcclusion(W, H).compute(target, rays, native));
      const aoPlanned = new AmbientOcclusion(W, H);
      aoPlanned.ao.fill(-1);
      aoPlanned.compute(target, rays, native, need);
      let shaded = 0;
      for (let i = 0; i < W * H; i++) {
        if (!lightsHere(need, i)) {
          // Left as it was: nothing reads it.
          expect(planned[i]).toBe(-1);
          continue;
        }
        expect(planned[i]).toBe(whole[i]);
        expect(aoPlanned.ao[i]).toBe(ao[i]);
        if (whole[i]! < 1) shaded++;
      }
      // The crate's shadow is among the pixels compared.
      expect(shaded).toBeGreaterThan(50);
    }
  }, 60_000);
});
