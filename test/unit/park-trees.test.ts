// Trees never come between the camera and the action: a ball kicked across the park runs far past
// where it started, and the camera following it must still see it, not a trunk. Measured on the
// object-ID buffer: where the ball's centre projects, and what covers that spot.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { createTraceSampler } from '../../main/engine/frames/trace-sampler';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
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
