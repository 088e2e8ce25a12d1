// Trees never come between the camera and the action: a ball kicked across the park runs far past
// where it started, and the camera following it must still see it, not a trunk. Measured on the
// object-ID buffer (where the ball's centre projects, and what covers that spot), and on the camera
// path against the trees' spots.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { blockedFrames, keepOutOfObstacles } from '../../main/engine/frames/camera/clearance';
import { Watcher } from '../../main/engine/frames/camera/focus';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { createTraceSampler } from '../../main/engine/frames/trace-sampler';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { parkObstacles } from '../../main/engine/settings/park/trees';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 192;
const H = 108;
const FAST = { grain: false, antialias: false } as const;
// Tree meshes in the park (trees.ts: Grove.meshes, named by park/build.ts).
const TRUNKS = 'park-trees-trunks';
const LEAVES = 'park-trees-leaves';

interface FrameLook {
  frame: number;
  // The ball's centre in normalized device coordinates (in frame when both lie within +-1).
  ndc: THREE.Vector3;
  // Tree pixels over the inner part of the ball's projected disc (the ball's silhouette, shrunk so
  // a tree just behind its rim does not count).
  treeOnBall: number;
  // Share of the frame covered by tree trunks.
  trunkShare: number;
}

async function kickAcrossThePark(seed: number): Promise<FrameLook[]> {
  const plan = parsePrompt('a man kicks a soccer ball across the park');
  plan.format = { ...plan.format, width: W, height: H };
  const trace = await simulate(plan, seed);
  const ball = plan.entities.find((e) => e.kind === 'ball')!;
  const sampler = createTraceSampler(plan, trace);
  const r = createFrameRenderer(plan, trace, FAST);
  const looks: FrameLook[] = [];
  const at = new THREE.Vector3();
  for (let f = 0; f < trace.frameCount; f += 3) {
    r.renderFrame(f);
    const camera = r.lastFrame().camera;
    sampler.position(ball.id, f, at);
    const ndc = at.clone().project(camera);
    const px = ((ndc.x + 1) / 2) * W, py = ((1 - ndc.y) / 2) * H;
    const tanHalf = Math.tan(THREE.MathUtils.degToRad(camera.fov / 2));
    const radiusPx = Math.max(0.75, (0.7 * ball.size[0]! * H) / (2 * tanHalf * at.distanceTo(camera.position)));
    const trunks = objectPixels(r, TRUNKS);
    const trees = [trunks.mask, objectPixels(r, LEAVES).mask];
    let treeOnBall = 0;
    for (let y = Math.floor(py - radiusPx); y <= Math.ceil(py + radiusPx); y++) {
      for (let x = Math.floor(px - radiusPx); x <= Math.ceil(px + radiusPx); x++) {
        if (x < 0 || y < 0 || x >= W || y >= H || Math.hypot(x + 0.5 - px, y + 0.5 - py) > radiusPx) continue;
        if (trees.some((m) => m[y * W + x] === 1)) treeOnBall++;
      }
    }
    looks.push({ frame: f, ndc, treeOnBall, trunkShare: trunks.box.count / (W * H) });
  }
  return looks;
}

describe('park trees stand clear of the action', () => {
  it.each([1, 2, 3])('seed %i: following a ball kicked across the park, no tree covers the ball, no trunk fills the frame, the ball stays in frame', async (seed) => {
    const looks = await kickAcrossThePark(seed);
    for (const look of looks) {
      expect(Math.abs(look.ndc.x), `frame ${look.frame}: ball across`).toBeLessThan(1);
      expect(Math.abs(look.ndc.y), `frame ${look.frame}: ball up`).toBeLessThan(1);
      expect(look.treeOnBall, `frame ${look.frame}: tree pixels over the ball`).toBe(0);
      expect(look.trunkShare, `frame ${look.frame}: share of the frame that is trunk`).toBeLessThan(0.02);
    }
  }, 60_000);
});

describe('the camera keeps out of trees', () => {
  const kick = async (seed: number) => {
    const plan = parsePrompt('a man kicks a soccer ball across the park');
    const trace = await simulate(plan, seed);
    return { plan, trace, built: buildScene(plan, trace) };
  };

  it('a camera inside a crown is pushed out to its rim, sideways; one outside stays where it is', () => {
    const trees = [{ x: 0, z: 0, radius: 3 }];
    const inside = new THREE.Vector3(1, 1.6, 0);
    keepOutOfObstacles(inside, trees);
    expect(inside.toArray()).toEqual([3, 1.6, 0]);
    const outside = new THREE.Vector3(0, 2, 4);
    keepOutOfObstacles(outside, trees);
    expect(outside.toArray()).toEqual([0, 2, 4]);
  });

  it('counts the frames whose sight line passes through a tree, and none when the tree stands aside', async () => {
    const { plan, trace, built } = await kick(1);
    const watcher = new Watcher(plan, built.sampler, built.layout, built.poseFn);
    const cam = () => new THREE.Vector3(0, 2, 10), aim = () => new THREE.Vector3(0, 1, 0);
    const frames = trace.frameCount;
    expect(blockedFrames(cam, aim, [], [{ x: 0.5, z: 5, radius: 1.2 }], watcher, frames, 3)).toBe(Math.ceil(frames / 3));
    expect(blockedFrames(cam, aim, [], [{ x: 4, z: 5, radius: 1.2 }], watcher, frames, 3)).toBe(0);
  });

  it('following a kick across the park, the camera never stands in a tree nor looks through one', async () => {
    const { plan, built } = await kick(2);
    const trees = parkObstacles(built.layout);
    expect(trees.length).toBeGreaterThan(30);
    const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: 16 / 9, poseFn: built.poseFn });
    const q = new THREE.Vector3();
    for (let f = 0; f < built.sampler.frameCount; f++) {
      rig.update(f);
      for (let k = 0; k <= 20; k++) {
        q.copy(rig.camera.position).lerp(rig.target, k / 20);
        const nearest = Math.min(...trees.map((t) => Math.hypot(q.x - t.x, q.z - t.z) - t.radius));
        expect(nearest, `frame ${f}, ${k * 5}% of the way to the target`).toBeGreaterThan(0);
      }
    }
  });
});
