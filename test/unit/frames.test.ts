import { describe, expect, it } from 'vitest';
import { GRAVITY } from '../../main/engine/physics/constants';
import type { CameraPlan, ScenePlan } from '../../main/contract/scene-plan';
import { scenePlanSchema } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace';
import { worldTraceSchema } from '../../main/contract/world-trace';
import * as THREE from 'three';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { rasterize } from '../../main/engine/frames/rasterizer/rasterize';
import { createRasterTarget } from '../../main/engine/frames/rasterizer/target';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { sampleBasketballTake } from '../../main/engine/frames/sample-scene';
import { objectPixels } from '../helpers/frame-ids';

const W = 160;
const H = 90;
const FRAMES = 12;
const FPS = 12;

// A magenta ball (no other magenta in a park) dropped from 3 m; it falls under gravity for a second.
function fallingBall(camera: Partial<CameraPlan> = {}): { plan: ScenePlan; trace: WorldTrace } {
  const plan = scenePlanSchema.parse({
    version: 1,
    prompt: 'a ball falls in a park',
    setting: { kind: 'park', indoor: false, timeOfDay: 'day' },
    entities: [
      { id: 'ball', kind: 'ball', label: 'ball', material: 'rubber', color: 0xff00ff, size: [0.15], position: [0, 3, 0], restitution: 0.7, friction: 0.5, mass: 0.4 },
    ],
    actions: [{ kind: 'drop', object: 'ball', startSec: 0 }],
    camera: { shot: 'wide', angle: 'side', motion: 'follow', subject: null, ...camera },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec: 1, fps: FPS, width: W, height: H },
  });
  const frames: number[][] = [];
  for (let f = 0; f < FRAMES; f++) {
    const t = f / FPS;
    const y = Math.max(0.15, 3 - 0.5 * GRAVITY * t * t);
    frames.push([0, y, 0, 0, 0, 0, 1]);
  }
  const trace = worldTraceSchema.parse({
    version: 1,
    seed: 1,
    fps: FPS,
    frameCount: FRAMES,
    bodies: [{ id: 'ball', shape: { kind: 'sphere', radius: 0.15 }, material: 'rubber', dynamic: true }],
    frames,
    events: [],
    actors: [],
    outcome: { summary: 'The ball fell.', scored: null, rimContacts: 0, attempts: 1, intentMatched: true },
  });
  return { plan, trace };
}

function isBallPixel(px: Uint8Array, i: number): boolean {
  const r = px[i]!, g = px[i + 1]!, b = px[i + 2]!;
  return r > 90 && b > 70 && g < 60 && Math.abs(r - b) < 100;
}

// Pixel count and mean row of the ball's pixels.
function ballStats(px: Uint8Array): { count: number; meanY: number } {
  let count = 0;
  let sumY = 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (isBallPixel(px, (y * W + x) * 4)) {
        count++;
        sumY += y;
      }
    }
  }
  return { count, meanY: count ? sumY / count : NaN };
}

describe('frame renderer', () => {
  it('renders RGBA frames of the right size that are not blank', () => {
    const { plan, trace } = fallingBall();
    const r = createFrameRenderer(plan, trace);
    expect(r.width).toBe(W);
    expect(r.height).toBe(H);
    const px = r.renderFrame(0);
    expect(px).toBeInstanceOf(Uint8Array);
    expect(px.length).toBe(W * H * 4);
    const colours = new Set<number>();
    let lumaSum = 0;
    let lumaSq = 0;
    for (let i = 0; i < px.length; i += 4) {
      expect(px[i + 3]).toBe(255);
      colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      const l = 0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]!;
      lumaSum += l;
      lumaSq += l * l;
    }
    const n = W * H;
    const std = Math.sqrt(lumaSq / n - (lumaSum / n) ** 2);
    expect(colours.size).toBeGreaterThan(100);
    expect(std).toBeGreaterThan(10);
    // Sky at the top is lighter and bluer than the grass at the bottom.
    const top = px.subarray(0, W * 4);
    const bottom = px.subarray((H - 1) * W * 4);
    const mean = (a: Uint8Array, c: number): number => {
      let s = 0;
      for (let i = c; i < a.length; i += 4) s += a[i]!;
      return s / (a.length / 4);
    };
    expect(mean(top, 2)).toBeGreaterThan(mean(bottom, 2) + 40);
    expect(mean(bottom, 1)).toBeGreaterThan(mean(bottom, 2));
  });

  it('draws the falling ball lower on screen frame after frame', () => {
    const { plan, trace } = fallingBall();
    const r = createFrameRenderer(plan, trace);
    const ys: number[] = [];
    for (const f of [0, 4, 8, 11]) {
      const s = ballStats(r.renderFrame(f));
      expect(s.count).toBeGreaterThan(3);
      ys.push(s.meanY);
    }
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]! + 1);
    // From near the top third to the ground: it travels a good part of the frame.
    expect(ys[ys.length - 1]! - ys[0]!).toBeGreaterThan(H * 0.25);
  });

  it('is deterministic: a fresh renderer gives byte-identical frames, in any order', () => {
    const a = fallingBall();
    const b = fallingBall();
    const r1 = createFrameRenderer(a.plan, a.trace);
    const r2 = createFrameRenderer(b.plan, b.trace);
    const f7 = r1.renderFrame(7);
    r2.renderFrame(2);
    expect(Buffer.from(r2.renderFrame(7)).equals(Buffer.from(f7))).toBe(true);
    expect(Buffer.from(r1.renderFrame(3)).equals(Buffer.from(r1.renderFrame(7)))).toBe(false);
  });

  it('returns a new buffer per frame so the encoder can hold on to one while the next renders', () => {
    const { plan, trace } = fallingBall();
    const r = createFrameRenderer(plan, trace);
    const f0 = r.renderFrame(0);
    const copy = Buffer.from(f0);
    r.renderFrame(11);
    expect(Buffer.from(f0).equals(copy)).toBe(true);
  });

  it('a close shot makes the ball cover more pixels than a wide one', () => {
    const wide = fallingBall({ shot: 'wide', subject: 'ball' });
    const close = fallingBall({ shot: 'close', subject: 'ball' });
    const w = ballStats(createFrameRenderer(wide.plan, wide.trace).renderFrame(6));
    const c = ballStats(createFrameRenderer(close.plan, close.trace).renderFrame(6));
    expect(w.count).toBeGreaterThan(0);
    expect(c.count).toBeGreaterThan(w.count * 4);
  });

  it('looks straight down for an overhead shot and obliquely for a high angle', () => {
    const pitch = (angle: 'high' | 'overhead'): number => {
      const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12, camera: { angle, motion: 'follow' } });
      const built = buildScene(plan, trace);
      const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: W / H, poseFn: built.poseFn });
      rig.update(0);
      const dir = rig.target.clone().sub(rig.camera.position).normalize();
      return (Math.asin(-dir.y) * 180) / Math.PI;
    };
    expect(pitch('overhead')).toBeGreaterThan(85);
    expect(pitch('high')).toBeGreaterThan(35);
    expect(pitch('high')).toBeLessThan(60);
  });

  it('shows the basketball in a full take (person, hoop, gym) from every camera angle', () => {
    // The object-ID buffer says which pixels the ball covers; those pixels must look like a
    // basketball (orange-brown: red > green > blue).
    for (const angle of ['side', 'front', 'behind', 'high', 'overhead'] as const) {
      const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12, camera: { angle, motion: 'orbit' } });
      const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
      // In flight (the release is at 1.2 s) and short of the board (by 2 s the front orbit sees it
      // pass behind the backboard's edge), so no angle has it hidden behind the shooter or the board.
      for (const f of [16, 19, 22]) {
        const px = r.renderFrame(f);
        const { mask, box } = objectPixels(r, 'ball:ball');
        // At 160x90 the ball of a wide shot is only a few pixels across, but it is always there.
        expect(box.count).toBeGreaterThanOrEqual(4);
        let ballLike = 0;
        for (let i = 0; i < mask.length; i++) {
          if (mask[i] && px[i * 4]! > px[i * 4 + 1]! * 1.25 && px[i * 4 + 1]! > px[i * 4 + 2]!) ballLike++;
        }
        expect(ballLike / box.count).toBeGreaterThan(0.6);
      }
    }
  });

  it('rasterizes with a depth buffer, back-face culling and near-plane clipping', () => {
    const scene = new THREE.Scene();
    scene.background = new THREE.Color(0x000000);
    const quad = (hex: number, z: number, size: number): THREE.Mesh => {
      const m = new THREE.Mesh(new THREE.PlaneGeometry(size, size), new THREE.MeshBasicMaterial({ color: hex }));
      m.position.z = z;
      scene.add(m);
      return m;
    };
    // Added near-first, so a painter's algorithm would get it wrong; the far quad is larger.
    quad(0xff0000, -2, 1);
    quad(0x00ff00, -5, 20);
    // A floor that passes under and behind the camera must be clipped, not smeared.
    const floor = new THREE.Mesh(new THREE.PlaneGeometry(200, 200).rotateX(-Math.PI / 2), new THREE.MeshBasicMaterial({ color: 0x0000ff }));
    floor.position.y = -1;
    scene.add(floor);
    // Seen from behind, a single-sided quad is culled.
    const back = quad(0xffffff, -1.5, 0.2);
    back.rotation.y = Math.PI;
    const camera = new THREE.PerspectiveCamera(60, 16 / 9, 0.1, 100);
    camera.updateProjectionMatrix();
    const target = createRasterTarget(W, H);
    const stats = rasterize(scene, camera, target);
    expect(stats.triangles).toBeGreaterThan(4);
    // The G-buffer's albedo (linear) says which surface won each pixel.
    const at = (x: number, y: number): number[] => {
      const i = (y * W + x) * 3;
      return [target.albedo[i]!, target.albedo[i + 1]!, target.albedo[i + 2]!].map((v) => Math.round(v));
    };
    expect(at(W / 2, H / 2)).toEqual([1, 0, 0]);
    expect(at(W / 2 + 30, H / 2)).toEqual([0, 1, 0]);
    expect(at(W / 2, H - 2)).toEqual([0, 0, 1]);
    // Row 0 is the top of the image: the green wall, not the floor.
    expect(at(W / 2, 1)).toEqual([0, 1, 0]);
  });
});
