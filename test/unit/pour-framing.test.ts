// A pour is framed on both vessels from the start, measured from the object-ID buffer: a close-up
// of "pour water into a glass" on the glass alone showed an empty glass for its first 2.5 s, the jug
// over the frame's top edge (QA, 1.8 s). Now the jug, the glass and the stream between them are the
// shot: both whole inside the frame before the pour starts (0.5 s) and while it runs (2 s). A jug
// and a glass are drawn in the transparent pass, which leaves the object-ID buffer to what is
// behind them, so a glass thing's place on the frame is its drawn meshes' vertices projected with
// the frame's camera; an opaque one (the bowl) is also read from the buffer.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels, type PixelBox } from '../helpers/frame-ids';

const W = 192;
const H = 108;
const PARTICLES = 800;

// The pixel box of everything drawn under `name` in the last frame (its meshes' vertices projected).
function drawnBox(r: ReturnType<typeof createFrameRenderer>, name: string): PixelBox {
  const { draws, camera } = r.lastFrame();
  const box: PixelBox = { count: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const v = new THREE.Vector3();
  for (const item of draws.items) {
    let named = false;
    for (let o: THREE.Object3D | null = item.mesh; o; o = o.parent) named ||= o.name === name;
    const pos = item.mesh.geometry.getAttribute('position');
    if (!named || !pos) continue;
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(item.mesh.matrixWorld).project(camera);
      const x = ((v.x + 1) / 2) * W, y = ((1 - v.y) / 2) * H;
      box.count++;
      box.minX = Math.min(box.minX, x); box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y); box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

describe('pour framing', () => {
  it.each([['pour water into a glass', 1], ['pour milk into a bowl', 2]] as const)('"%s" (seed %i): the jug and what it fills are both whole in the frame at 0.5 s and 2 s', async (prompt, seed) => {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, width: W, height: H };
    const pour = plan.actions.find((a) => a.kind === 'pour');
    if (pour?.kind !== 'pour') throw new Error('no pour');
    pour.from.particles = PARTICLES;
    const r = createFrameRenderer(plan, await simulate(plan, seed), { grain: false, antialias: false });
    for (const t of [0.5, 2]) {
      r.renderFrame(Math.round(t * plan.format.fps));
      for (const id of [pour.from.in, pour.into]) {
        const box = drawnBox(r, `object:${id}`);
        const where = `${id} at ${t} s: x ${box.minX.toFixed(0)}-${box.maxX.toFixed(0)}, y ${box.minY.toFixed(0)}-${box.maxY.toFixed(0)}`;
        expect(box.count, where).toBeGreaterThan(0);
        expect(box.minX > 0 && box.minY > 0 && box.maxX < W && box.maxY < H, where).toBe(true);
        // Big enough to read: at least a sixth of the frame's height.
        expect(box.maxY - box.minY, where).toBeGreaterThan(H / 6);
        const seen = objectPixels(r, `object:${id}`).box;
        if (seen.count > 0) expect(seen.minY > 0 && seen.maxY < H - 1, where).toBe(true);
      }
    }
  }, 240_000);
});
