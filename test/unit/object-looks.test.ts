// Everyday things that look like themselves up close (frames/scene/looks/), measured from the
// object-ID buffer and the pixels: a book's lighter page block shows between its covers (it was a
// plain red box), a domino's dark pips show on its ivory face, a tyre's silver rim in its rubber
// (it was a black puck), a remote's buttons; and every look keeps to its collider's box, so what
// is drawn is what collides.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { OBJECT_LOOKS } from '../../main/engine/frames/scene/looks';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { objectModule } from '../../main/engine/objects';
import { heightOf, widestOf } from '../../main/engine/objects/geometry';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 320;
const H = 180;
const FAST = { grain: false, antialias: false } as const;

async function still(prompt: string, frame: number): Promise<{ r: ReturnType<typeof createFrameRenderer>; pixels: Uint8Array }> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, durationSec: 1, width: W, height: H };
  const r = createFrameRenderer(plan, await simulate(plan, 1), FAST);
  return { r, pixels: r.renderFrame(frame) };
}

// Mean luminance (0-255, Rec. 709 weights on sRGB) of the pixels of a mask, its mean colour, and
// how many pixels there are.
function luminance(pixels: Uint8Array, mask: Uint8Array): { mean: number; rgb: number[]; count: number } {
  const rgb = [0, 0, 0];
  let count = 0;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    for (let c = 0; c < 3; c++) rgb[c]! += pixels[i * 4 + c]!;
    count++;
  }
  const mean = rgb.map((v) => v / Math.max(1, count));
  return { mean: 0.2126 * mean[0]! + 0.7152 * mean[1]! + 0.0722 * mean[2]!, rgb: mean, count };
}

describe('everyday things up close', () => {
  it('a book shows a light page block between its covers', async () => {
    const { r, pixels } = await still('close-up of a book on the table', 3);
    const book = objectPixels(r, 'object:object-1');
    const pages = luminance(pixels, objectPixels(r, 'pages').mask);
    const cover = luminance(pixels, objectPixels(r, 'cover').mask);
    expect(pages.count).toBeGreaterThan(0.04 * book.box.count);
    expect(cover.count).toBeGreaterThan(0.5 * book.box.count);
    // Paper: lighter than the cover even on the shaded sides it shows, and near white, not red.
    expect(pages.mean).toBeGreaterThan(1.2 * cover.mean);
    expect(Math.max(...pages.rgb) - Math.min(...pages.rgb)).toBeLessThan(0.3 * pages.mean);
    expect(Math.max(...cover.rgb) - Math.min(...cover.rgb)).toBeGreaterThan(0.5 * cover.mean);
  });

  it('a domino shows dark pips on its light face', async () => {
    const { r, pixels } = await still('close-up of three dominoes falling', 3);
    const pips = luminance(pixels, objectPixels(r, 'pips').mask);
    const tile = luminance(pixels, objectPixels(r, 'tile').mask);
    expect(pips.count).toBeGreaterThan(40);
    expect(tile.mean).toBeGreaterThan(2 * pips.mean);
  });

  it('a tyre shows a silver rim inside its black rubber, a remote its buttons', async () => {
    const wheel = await still('close-up of a tire rolling', 3);
    const rim = luminance(wheel.pixels, objectPixels(wheel.r, 'rim').mask);
    const tyre = luminance(wheel.pixels, objectPixels(wheel.r, 'tyre').mask);
    expect(rim.count).toBeGreaterThan(0.15 * tyre.count);
    expect(rim.mean).toBeGreaterThan(2 * tyre.mean);
    const remote = await still('close-up of a tv remote on the table', 3);
    expect(objectPixels(remote.r, 'buttons').box.count).toBeGreaterThan(0.05 * objectPixels(remote.r, 'object:object-1').box.count);
  });

  it('draws every look within its collider\'s box (half a millimetre of paint and buttons aside)', () => {
    for (const [form, look] of Object.entries(OBJECT_LOOKS)) {
      const o = objectModule(form as Parameters<typeof objectModule>[0]);
      const drawn = new THREE.Box3().setFromObject(look!({ id: 'x', kind: 'object', form: o.form, size: [], position: [0, 0, 0], color: o.color, material: o.material } as never, o));
      const collider = new THREE.Box3();
      if (o.parts) for (const p of o.parts) collider.union(new THREE.Box3().setFromCenterAndSize(new THREE.Vector3(...p.center), new THREE.Vector3(...p.half).multiplyScalar(2)));
      else {
        // A turned thing is centred on half its height (its profile's last point); its top is the profile's highest.
        const top = Math.max(...o.profile.map(([, y]) => y)) - heightOf(o) / 2;
        collider.set(new THREE.Vector3(-widestOf(o), -heightOf(o) / 2, -widestOf(o)), new THREE.Vector3(widestOf(o), top, widestOf(o)));
      }
      const size = collider.getSize(new THREE.Vector3()), seen = drawn.getSize(new THREE.Vector3());
      for (const axis of ['x', 'y', 'z'] as const) {
        expect(Math.abs(drawn.min[axis] - collider.min[axis]), `${form} ${axis}`).toBeLessThan(0.0005 + 0.01 * size[axis]);
        expect(Math.abs(drawn.max[axis] - collider.max[axis]), `${form} ${axis}`).toBeLessThan(0.0005 + 0.01 * size[axis]);
        expect(seen[axis], `${form} ${axis}`).toBeGreaterThan(0);
      }
    }
  });
});
