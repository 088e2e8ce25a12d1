// Faces that hold up in a close-up: a nose modelled into the face (its profile runs on from the
// forehead to the lip), men's and women's faces and hair that differ, a bald crown seen from above
// with nothing across it, and lips that part when a person speaks.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CAMERA_ANGLES } from '../../main/engine/frames/camera/angles';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { appearanceFor } from '../../main/engine/frames/people/appearance';
import { skullGeometry } from '../../main/engine/frames/people/skull';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;

// The skull's outline down the middle of the face: (height, how far forward) of its vertices on the
// midline in front, top to bottom.
function midline(kind: 'masc' | 'fem' | 'child'): [number, number][] {
  const pos = skullGeometry(kind).getAttribute('position');
  const pts: [number, number][] = [];
  for (let i = 0; i < pos.count; i++) if (Math.abs(pos.getX(i)) < 1e-4 && pos.getZ(i) > 0.3) pts.push([pos.getY(i), pos.getZ(i)]);
  return pts.sort((a, b) => b[0] - a[0]);
}

// Half the skull's width at a height (unit skull), from its vertices within a band round it.
function halfWidth(kind: 'masc' | 'fem' | 'child', y: number): number {
  const pos = skullGeometry(kind).getAttribute('position');
  let w = 0;
  for (let i = 0; i < pos.count; i++) if (Math.abs(pos.getY(i) - y) < 0.03) w = Math.max(w, Math.abs(pos.getX(i)));
  return w;
}

describe('the nose', () => {
  it('is part of the face: the profile rises from the forehead to a tip and back to the lip without a step', () => {
    for (const kind of ['masc', 'fem', 'child'] as const) {
      const line = midline(kind).filter(([y]) => y < 0.5 && y > -0.7);
      // Where the eyes are (y 0.1) the face is about 0.99 forward; the tip stands well out of it.
      const at = (y: number): number => line.reduce((best, p) => (Math.abs(p[0] - y) < Math.abs(best[0] - y) ? p : best))[1];
      const tip = Math.max(...line.map(([, z]) => z));
      expect(tip - at(0.1), kind).toBeGreaterThan(0.08);
      expect(tip - at(-0.5), kind).toBeGreaterThan(0.05);
      // Between neighbouring vertices (a few hundredths apart) the outline moves forward or back
      // by no more than its slope allows: a ball stuck on the face jumped 0.2 in one step.
      for (let i = 1; i < line.length; i++) {
        const [y0, z0] = line[i - 1]!, [y1, z1] = line[i]!;
        expect(Math.abs(z1 - z0), `${kind} at ${y1.toFixed(2)}`).toBeLessThan(2.5 * Math.abs(y1 - y0) + 0.01);
      }
    }
  });

  it('a man has a bigger nose and a squarer jaw than a woman', () => {
    const tip = (k: 'masc' | 'fem'): number => Math.max(...midline(k).map(([, z]) => z));
    expect(tip('masc')).toBeGreaterThan(tip('fem') + 0.02);
    // The jaw's width near its corners, as a share of the cheeks' width.
    const jaw = (k: 'masc' | 'fem'): number => halfWidth(k, -0.6) / halfWidth(k, 0);
    expect(jaw('masc')).toBeGreaterThan(jaw('fem') + 0.05);
  });
});

describe('hair by who they are', () => {
  // How far below the skull's centre their hair reaches, in head radii.
  async function hairReach(prompt: string, seed: number): Promise<number> {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, seed));
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const person = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!;
    const m = person.getObjectByName('head')!.matrixWorld.elements;
    const up = new THREE.Vector3(m[4], m[5], m[6]);
    const hr = up.length() / 1.08;
    up.normalize();
    const centre = new THREE.Vector3(m[12], m[13], m[14]);
    let lowest = 0;
    const v = new THREE.Vector3();
    for (const name of ['hair', 'hairBack', 'ponytail', 'bun']) {
      const mesh = person.getObjectByName(name) as THREE.Mesh | undefined;
      if (!mesh) continue;
      const pos = mesh.geometry.getAttribute('position');
      for (let i = 0; i < pos.count; i++) lowest = Math.min(lowest, v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).sub(centre).dot(up) / hr);
    }
    return lowest;
  }

  it('most women wear it past the jaw (long or a ponytail), no man does', async () => {
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const women = await Promise.all(seeds.map((s) => hairReach('a woman stands in a park', s)));
    const men = await Promise.all(seeds.map((s) => hairReach('a man stands in a park', s)));
    expect(women.filter((r) => r < -1.2).length).toBeGreaterThanOrEqual(6);
    expect(men.every((r) => r > -1)).toBe(true);
    const man = parsePrompt('a man stands in a park').entities.find((e) => e.kind === 'person')!;
    const woman = parsePrompt('a woman stands in a park').entities.find((e) => e.kind === 'person')!;
    expect(seeds.every((s) => appearanceFor(man, s).face === 'masc' && appearanceFor(woman, s).face === 'fem')).toBe(true);
  });
});

describe('a bald head seen from above', () => {
  it('is bare skin over the crown: nothing else drawn across it, no dark stripe', async () => {
    // (a close-up of the head itself: a close-up of hand work is framed on the hands, not the head)
    const plan = parsePrompt('close-up of a bald man standing in the kitchen');
    plan.camera = { ...plan.camera, angle: 'overhead', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 2, width: 480, height: 270 };
    const renderer = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const rgba = renderer.renderFrame(40);
    const { width } = renderer.lastFrame().target;
    const head = objectPixels(renderer, 'head');
    const b = head.box;
    expect(b.count).toBeGreaterThan(2000);
    // The middle of the crown: the inner half of the skull's box.
    const cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2, rx = (b.maxX - b.minX) / 4, ry = (b.maxY - b.minY) / 4;
    const lum: number[] = [];
    let other = 0;
    for (let y = Math.ceil(cy - ry); y <= cy + ry; y++) {
      for (let x = Math.ceil(cx - rx); x <= cx + rx; x++) {
        if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1) continue;
        const i = y * width + x;
        if (!head.mask[i]) { other++; continue; }
        lum.push(0.2126 * rgba[4 * i]! + 0.7152 * rgba[4 * i + 1]! + 0.0722 * rgba[4 * i + 2]!);
      }
    }
    // (a fringe cap squashed inside the skull showed its rim across the crown: a dark stripe)
    expect(other).toBe(0);
    lum.sort((a, c) => a - c);
    const median = lum[Math.floor(lum.length / 2)]!;
    expect(lum[Math.floor(lum.length * 0.01)]!).toBeGreaterThan(0.7 * median);
  });
});

describe('the mouth', () => {
  it('parts its lips while the person speaks and closes them after', async () => {
    const plan = parsePrompt('close-up of a woman says "hello there, how are you today"');
    plan.camera = { ...plan.camera, angle: 'side', motion: 'static' };
    const side = CAMERA_ANGLES.side;
    CAMERA_ANGLES.side = { ...side, direction: (a) => a.facing.clone() };
    try {
      plan.format = { ...plan.format, width: 480, height: 270 };
      const trace = await simulate(plan, 2, { speech: await speakLines(plan) });
      const line = trace.events.find((e) => e.kind === 'speech');
      if (line?.kind !== 'speech') throw new Error('no speech');
      const renderer = createFrameRenderer(plan, trace, FAST);
      const mouthAt = (t: number): number => {
        renderer.renderFrame(Math.round(t * trace.fps));
        return objectPixels(renderer, 'mouth').box.count;
      };
      const shut = mouthAt(Math.max(0, line.t - 0.3));
      const talking = Array.from({ length: 12 }, (_, k) => mouthAt(line.t + ((k + 0.5) / 12) * line.durationSec));
      // Shut, only the line between the lips shows; speaking, the mouth opens well past it.
      expect(Math.max(...talking)).toBeGreaterThan(3 * Math.max(shut, 5));
      // Both lips are there, the upper above the lower.
      const upper = objectPixels(renderer, 'upperLip').box, lower = objectPixels(renderer, 'lowerLip').box;
      expect(upper.count).toBeGreaterThan(10);
      expect(lower.count).toBeGreaterThan(10);
      expect(upper.minY).toBeLessThan(lower.minY);
    } finally {
      CAMERA_ANGLES.side = side;
    }
  });
  it('seen side on, stays inside the face as it opens, the lower lip still below it: no dark lump on the chin', async () => {
    const plan = parsePrompt('close-up of a woman says "hello there, how are you today", side view');
    plan.camera = { ...plan.camera, motion: 'static' };
    plan.format = { ...plan.format, width: 480, height: 270 };
    const trace = await simulate(plan, 3, { speech: await speakLines(plan) });
    const line = trace.events.find((e) => e.kind === 'speech');
    if (line?.kind !== 'speech') throw new Error('no speech');
    const renderer = createFrameRenderer(plan, trace, FAST);
    const face = ['head', 'upperLip', 'lowerLip', 'nostrilL', 'nostrilR', 'hair'];
    let opened = 0, worst = 0, lowerLip = Infinity;
    for (let k = 0; k < 8; k++) {
      const f = Math.round((line.t + ((k + 0.5) / 8) * line.durationSec) * trace.fps);
      renderer.renderFrame(f);
      const mouth = objectPixels(renderer, 'mouth');
      opened = Math.max(opened, mouth.box.count);
      lowerLip = Math.min(lowerLip, objectPixels(renderer, 'lowerLip').box.count);
      // The same frame without the mouth: where it was drawn, is there face behind it?
      const mesh = renderer.lastFrame().draws.items.find((d) => d.mesh.name === 'mouth')!.mesh;
      mesh.visible = false;
      renderer.renderFrame(f);
      mesh.visible = true;
      const behind = face.map((n) => objectPixels(renderer, n).mask);
      let out = 0;
      mouth.mask.forEach((m, i) => { if (m && !behind.some((h) => h[i])) out++; });
      worst = Math.max(worst, out);
    }
    // It opens (16-28 px at its widest here), and at most a few of its pixels lie past the face's
    // outline (a dark ellipsoid at a fixed depth stood up to 27 px out of the chin).
    expect(opened).toBeGreaterThan(12);
    expect(worst).toBeLessThanOrEqual(6);
    // The lower lip turned down with the jaw stays on the skin (16-22 px here; it sank into the
    // chin, 0-7 px, against 17 shut).
    expect(lowerLip).toBeGreaterThan(10);
  });
});
