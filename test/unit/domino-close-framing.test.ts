// A close-up of a domino run too long to be seen whole at close-up size follows the wave front
// (frames/camera/wave-front.ts), read from the object-ID buffer at 320x180: a standing domino is a
// close-up's size (framed whole, the twelve were specks a sixth of the frame tall), the falling
// domino nearest the front is inside the frame's middle band on every frame of the wave, the camera
// moves smoothly with it (its acceleration bounded, never backing up: no overshoot), and at the end
// the last domino lies whole in frame, its pips readable (it covers at least 800 pixels).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { createTraceSampler } from '../../main/engine/frames/trace-sampler';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 320, H = 180;

describe('a long row of dominoes falls, close-up', () => {
  it('follows the falling front: in the middle band every frame of the wave, the camera smooth, the last domino whole at the end', async () => {
    const plan = parsePrompt('close-up of a long row of dominoes falling');
    plan.format = { ...plan.format, durationSec: 2.5, width: W, height: H };
    expect(plan.camera.shot).toBe('close');
    const run = plan.actions.find((a) => a.kind === 'dominoes');
    const ids = run?.kind === 'dominoes' ? run.objects : [];
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const trace = await simulate(plan, 1);
    const sampler = createTraceSampler(plan, trace);
    const q = new THREE.Quaternion();
    const tiltDeg = (id: string, f: number): number => {
      sampler.quaternion(id, f, q);
      return THREE.MathUtils.radToDeg(Math.acos(Math.min(1, new THREE.Vector3(0, 1, 0).applyQuaternion(q).y)));
    };
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    const box = (id: string): ReturnType<typeof objectPixels>['box'] => objectPixels(r, `object:${id}`).box;

    r.renderFrame(0);
    expect(box(ids[0]!).maxY - box(ids[0]!).minY, 'a standing domino, px tall').toBeGreaterThan(0.3 * H);
    expect(ids.filter((id) => box(id).count === 0).length, 'dominoes out of the close-up').toBeGreaterThan(0);

    // The wave: from the first domino's tip until the last is down.
    const last = ids[ids.length - 1]!;
    const start = Array.from({ length: trace.frameCount }, (_, f) => f).find((f) => tiltDeg(ids[0]!, f) > 5)!;
    const end = Array.from({ length: trace.frameCount }, (_, f) => f).find((f) => tiltDeg(last, f) > 80)!;
    expect(end - start).toBeGreaterThan(8);
    const xs: string[] = [];
    for (let f = start; f <= end; f++) {
      const front = ids.reduce((k, id, i) => (tiltDeg(id, f) > 5 ? i : k), 0);
      r.renderFrame(f);
      const b = box(ids[front]!);
      const x = (b.minX + b.maxX) / 2 / W;
      xs.push(`${f}:${front}@${x.toFixed(2)}`);
      expect(b.count, `frame ${f}: domino ${front} in frame`).toBeGreaterThan(0);
      expect(x, `frame ${f}: domino ${front}`).toBeGreaterThan(0.2);
      expect(x, `frame ${f}: domino ${front}`).toBeLessThan(0.8);
    }
    console.info(`the front across the frame (frame:domino@x): ${xs.join(' ')}`);

    r.renderFrame(trace.frameCount - 1);
    const lying = box(last);
    expect(lying.count).toBeGreaterThan(800);
    expect(lying.minX).toBeGreaterThan(0.03 * W);
    expect(lying.maxX).toBeLessThan(0.97 * W);
    expect(lying.minY).toBeGreaterThan(0.03 * H);
    expect(lying.maxY).toBeLessThan(0.97 * H);

    // The camera's path: along the row it never backs up, its acceleration stays under 2.5% of the
    // frame's width per frame squared (measured 1.45%, as it stops at the row's end), and it
    // speeds up once and slows down once: no hunting back and forth (a jitter flips it every frame).
    const built = buildScene(plan, trace);
    const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: W / H, poseFn: built.poseFn });
    const along = new THREE.Vector3(...plan.entities.find((e) => e.id === last)!.position).sub(new THREE.Vector3(...plan.entities.find((e) => e.id === ids[0])!.position)).normalize();
    const pos: THREE.Vector3[] = [], widths: number[] = [];
    for (let f = 0; f < trace.frameCount; f++) {
      rig.update(f);
      pos.push(rig.camera.position.clone());
      widths.push(2 * rig.camera.position.distanceTo(rig.target) * Math.tan(THREE.MathUtils.degToRad(rig.camera.fov / 2)) * (W / H));
    }
    const back = Math.max(...pos.slice(1).map((p, i) => pos[i]!.dot(along) - p.dot(along)));
    const accel = Math.max(...pos.slice(1, -1).map((p, i) => p.clone().multiplyScalar(2).sub(pos[i]!).sub(pos[i + 2]!).length() / widths[i + 1]!));
    const travel = pos[pos.length - 1]!.dot(along) - pos[0]!.dot(along);
    const pushes = pos.slice(1, -1).map((p, i) => (2 * p.dot(along) - pos[i]!.dot(along) - pos[i + 2]!.dot(along)) / widths[i + 1]!).filter((a) => Math.abs(a) > 0.001);
    const flips = pushes.slice(1).filter((a, i) => Math.sign(a) !== Math.sign(pushes[i]!)).length;
    console.info(`camera: travels ${travel.toFixed(3)} m along the row, backs up at most ${(back * 1000).toFixed(2)} mm a frame, acceleration at most ${(accel * 100).toFixed(2)}% of the frame width per frame^2, changing sign ${flips} times`);
    expect(travel).toBeGreaterThan(0.15);
    expect(back).toBeLessThan(0.0005);
    expect(accel).toBeLessThan(0.025);
    expect(flips).toBeLessThanOrEqual(2);
  }, 60_000);
});
