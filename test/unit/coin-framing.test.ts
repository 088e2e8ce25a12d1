// A coin spinning on a table, wide and up close, read from the object-ID buffer at 320x180 (one
// trace: the camera words do not change the physics). A wide shot of a thing so small that a quarter
// of the frame would be a macro shot shows where it is: the top of the table it spins on whole, the
// coin small on it (before, the "wide" shot was 10 cm from the coin, which filled a third of the
// frame's height, and no table edge was in frame). A close-up is the coin filling most of the frame,
// with only the fingers that flick it (before, the whole hand was held in frame at the start and
// the coin was a tenth of the frame's height); a medium shot likewise, a little looser (it kept the
// whole hand, the coin 0.10 of the frame's height at the start).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { BEYOND_M } from '../../main/engine/frames/hands/free-hand';
import { objectPixels } from '../helpers/frame-ids';

// How many pixels of the last frame show any part of a hand from outside the frame.
function handPixels(items: readonly { id: number; mesh: THREE.Object3D }[], ids: ArrayLike<number>): number {
  const hand = new Set(items.filter((i) => i.mesh.name.startsWith('hand:')).map((i) => i.id));
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (hand.has(ids[i]!)) n++;
  return n;
}

const W = 320, H = 180;

describe('a coin spinning on the table', () => {
  it('wide: holds the table top whole with the coin small on it; close-up and medium: the coin fills the frame, fingers and all', async () => {
    const plan = parsePrompt('wide shot of a coin spinning on the table');
    plan.format = { ...plan.format, durationSec: 1.5, width: W, height: H };
    expect(plan.camera.shot).toBe('wide');
    const coin = plan.entities.find((e) => e.kind === 'object')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const trace = await simulate(plan, 1);
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    for (const f of [0, trace.frameCount - 1]) {
      r.renderFrame(f);
      const t = objectPixels(r, `table:${table.id}`).box, c = objectPixels(r, `object:${coin.id}`).box;
      console.info(`frame ${f}: table x ${t.minX}-${t.maxX}, y ${t.minY}-${t.maxY}; coin ${c.count} px, ${c.maxY - c.minY + 1} px tall`);
      // The table's top from edge to edge inside the frame, taking most of its width.
      expect(t.minX).toBeGreaterThan(0);
      expect(t.maxX).toBeLessThan(W - 1);
      expect(t.minY).toBeGreaterThan(0);
      expect((t.maxX - t.minX) / W).toBeGreaterThan(0.6);
      // The coin seen, and small.
      expect(c.count).toBeGreaterThan(0);
      expect((c.maxY - c.minY + 1) / H).toBeLessThan(0.1);
    }
    // The hand from outside the frame that flicks it and withdraws: its arm runs out of the
    // picture in every frame it is in: neither its drawn shoulder nor the sleeve's cut end (the far
    // end of the upper arm) is in view. Before, the arm ran back to a shoulder behind the coin, in
    // the middle of the wide shot, in 13 of these 11 frames' 40-frame kin (hands/arm-route.ts).
    const shown = [];
    for (let f = 0; f < trace.frameCount; f += 3) {
      r.renderFrame(f);
      const { draws, camera, target } = r.lastFrame();
      const upper = draws.items.find((i) => /^hand:.*:upper$/.test(i.mesh.name));
      expect(upper).toBeDefined();
      const inView = handPixels(draws.items, target.id) > 0;
      const m = upper!.mesh.matrixWorld.elements;
      const axis = new THREE.Vector3(m[4]!, m[5]!, m[6]!);
      const end = new THREE.Vector3(m[12]!, m[13]!, m[14]!).add(axis);
      const shoulder = end.clone().addScaledVector(axis.normalize(), -BEYOND_M);
      const ends = [shoulder, end].map((p) => p.project(camera)).filter((p) => p.z < 1 && Math.max(Math.abs(p.x), Math.abs(p.y)) <= 1);
      if (inView) shown.push(f);
      console.info(`frame ${f}: hand ${inView ? 'in view' : 'gone'}, ${ends.length} of shoulder and cut end in the picture`);
      expect(ends).toEqual([]);
    }
    // The hand was in the picture while the arm was checked.
    expect(shown.length).toBeGreaterThan(5);
    const close = createFrameRenderer({ ...plan, camera: { ...plan.camera, shot: 'close' } }, trace, { grain: false, antialias: false });
    const tall = [0, Math.floor(trace.frameCount / 2), trace.frameCount - 1].map((f) => {
      close.renderFrame(f);
      const c = objectPixels(close, `object:${coin.id}`).box;
      return (c.maxY - c.minY + 1) / H;
    });
    console.info(`close-up: the coin ${tall.map((v) => v.toFixed(2)).join(', ')} of the frame's height`);
    expect(tall[0]).toBeGreaterThan(0.4);
    for (const v of tall) expect(v).toBeGreaterThan(0.3);
    // Medium: the coin and the fingers on it, not the whole hand (0.10 of the frame at the start).
    const medium = createFrameRenderer({ ...plan, camera: { ...plan.camera, shot: 'medium' } }, trace, { grain: false, antialias: false });
    medium.renderFrame(0);
    const m = objectPixels(medium, `object:${coin.id}`).box;
    console.info(`medium, first frame: the coin ${((m.maxY - m.minY + 1) / H).toFixed(2)} of the frame's height`);
    expect((m.maxY - m.minY + 1) / H).toBeGreaterThan(0.25);
  }, 60_000);
});
