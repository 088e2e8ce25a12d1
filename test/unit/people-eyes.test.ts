// Eyes set into the face: seen from the side they stay inside the face's outline (no white bead on
// the cheek), while from the front the white still shows round the iris (people-head.test.ts).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CAMERA_ANGLES } from '../../main/engine/frames/camera/angles';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { hashId } from '../../main/engine/frames/people/appearance';
import { eyesClosed } from '../../main/engine/frames/people/blink';
import { objectPixels } from '../helpers/frame-ids';

const FAST = { grain: false, antialias: false } as const;
const CLOSE = 'close-up of a man stands in a park';

describe('eyes', () => {
  it('stand no more than a few hundredths of the skull radius out of it anywhere', async () => {
    const plan = parsePrompt(CLOSE);
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const built = buildScene(plan, await simulate(plan, 3));
    built.update(0.5);
    built.scene.updateMatrixWorld(true);
    const person = built.scene.getObjectByName(`person:${plan.entities.find((e) => e.kind === 'person')!.id}`)!;
    // The skull's matrix maps the unit sphere onto it (above the jaw): its inverse measures how far
    // out of the skull a point is, as a fraction of the skull's radius there.
    const toSkull = person.getObjectByName('head')!.matrixWorld.clone().invert();
    const v = new THREE.Vector3();
    for (const name of ['eyeWhiteL', 'eyeWhiteR', 'irisL', 'irisR']) {
      const mesh = person.getObjectByName(name) as THREE.Mesh;
      const pos = mesh.geometry.getAttribute('position');
      let proud = -Infinity;
      for (let i = 0; i < pos.count; i++) proud = Math.max(proud, v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld).applyMatrix4(toSkull).length() - 1);
      // (a ball 0.12 deep set 0.86 forward stood 0.066 out: a bead on the face)
      expect(proud, name).toBeLessThan(0.035);
      expect(proud, name).toBeGreaterThan(0.01);
    }
  });

  it('seen square from the side, the near eye lies inside the face outline', async () => {
    const plan = parsePrompt(CLOSE);
    plan.camera = { ...plan.camera, angle: 'side', shot: 'close', motion: 'static' };
    plan.format = { ...plan.format, durationSec: 1, width: 640, height: 360 };
    const side = CAMERA_ANGLES.side;
    // From the subject's own side (square to the way they face).
    CAMERA_ANGLES.side = { ...side, direction: (a) => new THREE.Vector3(-a.facing.z, 0, a.facing.x) };
    try {
      const renderer = createFrameRenderer(plan, await simulate(plan, 3), FAST);
      renderer.renderFrame(6);
      const { width } = renderer.lastFrame().target;
      const head = objectPixels(renderer, 'head').box, nose = objectPixels(renderer, 'upperLip').box;
      const person = objectPixels(renderer, `person:${plan.entities.find((e) => e.kind === 'person')!.id}`).mask;
      // Which way the face looks on screen: towards the lips.
      const ahead = (nose.minX + nose.maxX) / 2 > (head.minX + head.maxX) / 2 ? 1 : -1;
      const headW = head.maxX - head.minX;
      // Per row through the eye: how far its front-most pixel stands past the front-most pixel of the
      // rest of the person (skull, nose, brows, lids) on screen, there and a few rows either side.
      const front = (mask: Uint8Array, y: number): number => {
        let best = -Infinity;
        for (let x = 0; x < width; x++) if (mask[y * width + x]) best = Math.max(best, x * ahead);
        return best;
      };
      let rows = 0, worst = 0;
      for (const s of ['L', 'R']) {
        const white = objectPixels(renderer, `eyeWhite${s}`), iris = objectPixels(renderer, `iris${s}`).mask;
        const eye = white.mask.map((w, i) => w | iris[i]!);
        const rest = person.map((p, i) => p & (eye[i]! ^ 1));
        for (let y = white.box.minY; y <= white.box.maxY; y++) {
          const e = front(eye, y);
          if (e === -Infinity) continue;
          rows++;
          // (the eye hides the skull's own outline where it lies on it: compare with the rows round it)
          let face = -Infinity;
          for (let dy = -4; dy <= 4; dy++) face = Math.max(face, front(rest, y + dy));
          worst = Math.max(worst, e - face);
        }
      }
      // (an ellipsoid standing out of the skull stood 3 px of a 142 px head past the face: a bead)
      expect(rows).toBeGreaterThan(4);
      expect(worst).toBeLessThan(0.012 * headW);
    } finally {
      CAMERA_ANGLES.side = side;
    }
  });

  it('read open and alive in a 480p close-up: a dark iris in the white, a darker pupil and rim, a bright catchlight, a dark lash line', async () => {
    const plan = parsePrompt('a close-up of a woman smiling');
    plan.format = { ...plan.format, durationSec: 2 };
    const trace = await simulate(plan, 1);
    const phase = (hashId(plan.entities.find((e) => e.kind === 'person')!.id) % 1000) / 1000;
    // A frame with the eyes open (not mid-blink).
    const frame = Array.from({ length: trace.frameCount }, (_, i) => i).find((i) => i > 20 && eyesClosed(i / trace.fps, phase) === 0)!;
    const renderer = createFrameRenderer(plan, trace, FAST);
    const rgba = renderer.renderFrame(frame);
    const luma = (i: number): number => 0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!;
    const values = (name: string): number[] => {
      const out: number[] = [];
      objectPixels(renderer, name).mask.forEach((m, i) => { if (m) out.push(luma(i)); });
      return out.sort((a, b) => a - b);
    };
    const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
    for (const s of ['L', 'R']) {
      const white = values(`eyeWhite${s}`), iris = values(`iris${s}`), glint = values(`catchlight${s}`), lash = values(`lash${s}`);
      expect(iris.length, s).toBeGreaterThan(12);
      expect(glint.length, s).toBeGreaterThan(0);
      // (before: a flat iris mostly under a skin-coloured lid, no catchlight, no lash line)
      expect(mean(iris), s).toBeLessThan(0.45 * mean(white));
      // The pupil and the limbal ring: the iris's darkest quarter well under its brightest.
      expect(mean(iris.slice(0, iris.length >> 2)), s).toBeLessThan(0.6 * mean(iris.slice(-(iris.length >> 2))));
      expect(glint[glint.length - 1]!, s).toBeGreaterThan(mean(iris) + 100);
      expect(mean(lash), s).toBeLessThan(0.5 * mean(values('head')));
    }
  });
});
