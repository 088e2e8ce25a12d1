// A face that reads in the light: the skin from the lips to the chin is not drawn so dark against the
// cheeks that it reads as a beard (the sphere's front turned down under the nose, away from a sun
// above the horizon), and an ear seen from the side has no crease down its middle.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CAMERA_ANGLES } from '../../main/engine/frames/camera/angles';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { faceLight } from '../helpers/face-light';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

async function renderPerson(prompt: string, seed: number, frame: number, size: [number, number]): Promise<{ renderer: ReturnType<typeof createFrameRenderer>; rgba: Uint8Array; person: THREE.Object3D }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: size[0], height: size[1] };
  const trace = await simulate(plan, seed, { speech: await speakLines(plan) });
  const renderer = createFrameRenderer(plan, trace, FAST);
  const rgba = renderer.renderFrame(frame);
  const head = renderer.lastFrame().draws.items.find((d) => d.mesh.name === 'head')!;
  return { renderer, rgba, person: head.mesh.parent! };
}

describe('the lower face', () => {
  it('is lit nearly as the cheeks are, close up and in a medium shot (0.15-0.40 of them before)', async () => {
    const shots: [string, number, number][] = [
      ['a woman says "hello there", close-up', 1, 0.65],
      ['a woman says "hello there", close-up', 2, 0.65],
      ['a woman says "hello" and waves, medium shot', 1, 0.45],
      ['a woman says "hello" and waves, medium shot', 3, 0.45],
    ];
    for (const [prompt, seed, least] of shots) {
      const { renderer, rgba, person } = await renderPerson(prompt, seed, 30, [854, 480]);
      const f = faceLight(renderer, rgba, person, 'fem');
      expect(f.lowerCount, prompt).toBeGreaterThan(100);
      expect(f.cheekCount, prompt).toBeGreaterThan(150);
      expect(f.lower / f.cheeks, `${prompt} seed ${seed}`).toBeGreaterThan(least);
    }
  }, 120_000);
});

describe('an ear seen from the side', () => {
  it('turns smoothly across its middle: no crease between neighbouring pixels there', async () => {
    const side = CAMERA_ANGLES.side;
    // Nearly square to the side of the head, where the ear faces the camera.
    CAMERA_ANGLES.side = { ...side, direction: (a) => a.facing.clone().multiplyScalar(0.3).addScaledVector(a.axis, 0.95).normalize() };
    try {
      const plan = parsePrompt('close-up of a bald man standing in the park');
      plan.camera = { ...plan.camera, angle: 'side', motion: 'static' };
      plan.format = { ...plan.format, width: 1280, height: 720 };
      const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
      renderer.renderFrame(30);
      const { target } = renderer.lastFrame();
      const ear = objectPixels(renderer, 'earL');
      const b = ear.box;
      expect(b.count).toBeGreaterThan(1500);
      // The middle of the ear: the inner third of its box, where the bowl is smooth.
      const cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2, rx = (b.maxX - b.minX) / 6, ry = (b.maxY - b.minY) / 6;
      const n = (i: number): THREE.Vector3 => new THREE.Vector3(target.normal[3 * i], target.normal[3 * i + 1], target.normal[3 * i + 2]).normalize();
      let worst = 0;
      for (let y = Math.ceil(cy - ry); y <= cy + ry; y++) {
        for (let x = Math.ceil(cx - rx); x <= cx + rx; x++) {
          const i = y * target.width + x;
          for (const j of [i + 1, i + target.width]) if (ear.mask[i] && ear.mask[j]) worst = Math.max(worst, n(i).angleTo(n(j)));
        }
      }
      // (a ring of copies of the middle vertex, each with its own normal, turned 40+ degrees from
      // one pixel to the next there)
      expect(THREE.MathUtils.radToDeg(worst)).toBeLessThan(8);
    } finally {
      CAMERA_ANGLES.side = side;
    }
  }, 60_000);
});
