// Motion blur (a 180-degree shutter): a fast ball leaves a streak along its velocity and nothing
// else in the frame changes; the native pass (native/render/src/motion-blur.cc) blurs exactly as the
// JavaScript one, float for float. Small frames.
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { computeView } from '../../main/engine/generate/take-view';
import { scenePlanSchema, type ScenePlan } from '../../main/contract/scene-plan';
import { worldTraceSchema, type WorldTrace } from '../../main/contract/world-trace';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { nativeRender } from '../../main/engine/frames/native-render';
import { MotionBlur, snapshot } from '../../main/engine/frames/post/motion-blur';
import { viewRays } from '../../main/engine/frames/shading/view-rays';
import { objectPixels } from '../helpers/frame-ids';

const W = 192;
const H = 108;
const FRAME = 6;
const FAST = { grain: false, antialias: false } as const;

// A red ball in a park, filmed wide from the side, at `x(f)` metres along the frame's width.
function ballAt(x: (f: number) => number): { plan: ScenePlan; trace: WorldTrace } {
  const plan = scenePlanSchema.parse({
    version: 1,
    prompt: 'a ball in a park',
    setting: { kind: 'park', indoor: false, timeOfDay: 'day' },
    entities: [{ id: 'ball', kind: 'ball', label: 'ball', material: 'rubber', color: 0xd02020, size: [0.3], position: [0, 0.3, 0], restitution: 0.5, friction: 0.5, mass: 1 }],
    actions: [{ kind: 'drop', object: 'ball', startSec: 0 }],
    camera: { shot: 'wide', angle: 'side', motion: 'follow', subject: null },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec: 1, fps: 12, width: W, height: H },
  });
  const trace = worldTraceSchema.parse({
    version: 1, seed: 1, fps: 12, frameCount: 12,
    bodies: [{ id: 'ball', shape: { kind: 'sphere', radius: 0.3 }, material: 'rubber', dynamic: true }],
    frames: Array.from({ length: 12 }, (_, f) => [x(f), 0.3, 0, 0, 0, 0, 1]),
    events: [], actors: [],
    outcome: { summary: 'The ball rolls.', scored: null, rimContacts: 0, attempts: 1, intentMatched: true },
  });
  return { plan, trace };
}

// Kicked hard (14 m/s, 1.2 m a frame) to the right through x = 0 at FRAME, still before and after; and
// the same path with the ball held still over the frame before FRAME (so the camera and the frame's
// geometry are the same: only the blur differs).
const path = (f: number): number => Math.max(-1.2, Math.min(1.2, (f - FRAME) * 1.2));
const flying = ballAt(path);
const lying = ballAt((f) => (f === FRAME - 1 ? 0 : path(f)));

describe('motion blur', () => {
  it('streaks a fast ball along its velocity and leaves the rest of the frame as it was', () => {
    const moving = createFrameRenderer(flying.plan, flying.trace, FAST);
    // Filmed by the moving ball's camera: the camera leads a moving ball (lead-room.ts), not a still one.
    const still = createFrameRenderer(lying.plan, lying.trace, { ...FAST, cameraAnchor: { samples: computeView(flying.plan, flying.trace).camera, joinFrame: 12, blendFrames: 0 } });
    const a = moving.renderFrame(FRAME), b = still.renderFrame(FRAME);
    // The same geometry in both frames: only the blur can differ.
    expect(Buffer.from(moving.lastFrame().target.depth.buffer).equals(Buffer.from(still.lastFrame().target.depth.buffer))).toBe(true);
    const ball = objectPixels(moving, 'ball:ball').box;
    expect(ball.count).toBeGreaterThan(100);
    const changed = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity, count: 0 };
    for (let i = 0; i < W * H; i++) {
      if (Math.max(Math.abs(a[i * 4]! - b[i * 4]!), Math.abs(a[i * 4 + 1]! - b[i * 4 + 1]!), Math.abs(a[i * 4 + 2]! - b[i * 4 + 2]!)) <= 2) continue;
      const x = i % W, y = (i / W) | 0;
      changed.count++;
      changed.minX = Math.min(changed.minX, x); changed.maxX = Math.max(changed.maxX, x);
      changed.minY = Math.min(changed.minY, y); changed.maxY = Math.max(changed.maxY, y);
    }
    expect(changed.count).toBeGreaterThan(20);
    // The streak reaches past the ball's sides, left and right (its half-length is a quarter of the
    // ~34 px the ball moved in the frame), and not above or below it, nor anywhere else.
    expect(changed.minX).toBeLessThan(ball.minX - 4);
    expect(changed.maxX).toBeGreaterThan(ball.maxX + 4);
    expect(changed.minX).toBeGreaterThan(ball.minX - 16);
    expect(changed.maxX).toBeLessThan(ball.maxX + 16);
    expect(changed.minY).toBeGreaterThanOrEqual(ball.minY - 1);
    expect(changed.maxY).toBeLessThanOrEqual(ball.maxY + 1);
  });

  it('draws the same floats in the native pass as in the JavaScript one', () => {
    const native = nativeRender();
    expect(native, 'the native render passes are built (npm run build:native)').not.toBeNull();
    const r = createFrameRenderer(flying.plan, flying.trace, FAST);
    // The scene a frame before (where the ball was), then this frame's G-buffer and image.
    r.renderFrame(FRAME - 1);
    const { draws: beforeDraws, camera } = r.lastFrame();
    let root: THREE.Object3D = beforeDraws.items[0]!.mesh;
    while (root.parent) root = root.parent;
    const before = snapshot(root, camera);
    r.renderFrame(FRAME);
    const { target, draws } = r.lastFrame();
    const rays = viewRays(camera, W, H);
    const blur = (pass: typeof native): { hdr: Float32Array; moved: number } => {
      const copy = { ...target, hdr: target.hdr.slice() };
      return { moved: new MotionBlur(W, H).apply(copy, draws, rays, before, pass), hdr: copy.hdr };
    };
    const js = blur(null), cc = blur(native);
    expect(js.moved).toBeGreaterThan(50);
    expect(cc.moved).toBe(js.moved);
    expect(Buffer.from(js.hdr.buffer).equals(Buffer.from(target.hdr.buffer))).toBe(false);
    expect(Buffer.from(cc.hdr.buffer).equals(Buffer.from(js.hdr.buffer))).toBe(true);
  });
});
