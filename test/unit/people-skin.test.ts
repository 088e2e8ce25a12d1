// The face's skin is not one flat hue: cheeks and nose tip warmer, dark nostrils under the nose, and
// the mouth set a fifth of the way or more from the nose's base to the chin (head table: BODY.mouthDown).
import { describe, expect, it } from 'vitest';
import { BODY } from '../../main/engine/body/skeleton';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { facePoint } from '../../main/engine/frames/people/skull';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import * as THREE from 'three';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

describe('skin on a face', () => {
  it('is warmer on the cheeks than on the forehead, with dark nostrils', async () => {
    const plan = parsePrompt('a close-up of a woman smiling');
    plan.format = { ...plan.format, durationSec: 2 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const rgba = renderer.renderFrame(24);
    const { width } = renderer.lastFrame().target;
    const head = objectPixels(renderer, 'head');
    const { minX, maxX, minY, maxY } = head.box;
    // Red over green in a window of the head's box (fractions across and down), skin pixels only.
    const warmth = (x0: number, x1: number, y0: number, y1: number): number => {
      let r = 0, g = 0;
      for (let y = Math.round(minY + y0 * (maxY - minY)); y <= minY + y1 * (maxY - minY); y++) {
        for (let x = Math.round(minX + x0 * (maxX - minX)); x <= minX + x1 * (maxX - minX); x++) {
          const i = y * width + x;
          if (!head.mask[i]) continue;
          r += rgba[i * 4]!; g += rgba[i * 4 + 1]!;
        }
      }
      return r / g;
    };
    const forehead = warmth(0.4, 0.6, 0.15, 0.25);
    const cheeks = (warmth(0.15, 0.3, 0.55, 0.65) + warmth(0.7, 0.85, 0.55, 0.65)) / 2;
    // (one hue all over: the same ratio within a percent or two)
    expect(cheeks).toBeGreaterThan(forehead * 1.05);
    const luma = (i: number): number => 0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!;
    const mean = (mask: Uint8Array): number => {
      let sum = 0, n = 0;
      mask.forEach((m, i) => { if (m) { sum += luma(i); n++; } });
      return sum / n;
    };
    for (const s of ['L', 'R']) {
      const nostril = objectPixels(renderer, `nostril${s}`);
      expect(nostril.box.count, s).toBeGreaterThan(2);
      expect(mean(nostril.mask), s).toBeLessThan(0.5 * mean(head.mask));
    }
  });

  it('sets the mouth a fifth of the way or more from the nose to the chin', () => {
    const p = new THREE.Vector3();
    for (const kind of ['masc', 'fem', 'child'] as const) {
      // The chin's lowest point at the face's middle, and the nose's base: down the profile from its
      // tip, where the steep fall of its underside levels out.
      let chin = 0;
      for (let u = -0.4; u > -1.2; u -= 0.005) if (facePoint(kind, 0, u, p).z > 0.2) chin = Math.min(chin, p.y);
      const z = (u: number): number => facePoint(kind, 0, u, p).z;
      let tip = -0.1;
      for (let u = -0.1; u > -0.4; u -= 0.005) if (z(u) > z(tip)) tip = u;
      let base = tip;
      while (z(base) - z(base - 0.005) > 0.002) base -= 0.005;
      base = facePoint(kind, 0, base, p).y;
      const mouth = facePoint(kind, 0, -BODY.mouthDown, p).y;
      // (before: 5 mm under the nose, a twelfth of the way, with a chin a full radius down)
      expect((base - mouth) / (base - chin), kind).toBeGreaterThan(0.2);
      expect(-chin, kind).toBeLessThan(1.02);
    }
  });
});
