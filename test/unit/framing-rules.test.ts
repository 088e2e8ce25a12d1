// A cinematographer's rules in a wide outdoor shot of someone walking, read from what the camera
// films (one trace, a few frames at 160x90): lead room (the walker sits behind the frame's middle,
// the empty room ahead of him, the way he walks) and the horizon (the ground's vanishing line, drawn
// where sky meets sea in the object-ID buffer, is not through the middle of the frame).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { objectPixels } from '../helpers/frame-ids';

const W = 160, H = 90;

describe('framing rules in a wide outdoor shot', () => {
  it('a man walking on the beach has lead room ahead of him, and the horizon is not through the middle', async () => {
    const plan = parsePrompt('wide shot of a man walking on the beach');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    expect(plan.camera.shot).toBe('wide');
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const trace = await simulate(plan, 7);
    const track = trace.actors.find((a) => a.entityId === man.id)!;
    const walks = new THREE.Vector3(Math.cos(track.facing), 0, -Math.sin(track.facing));
    const r = createFrameRenderer(plan, trace, { grain: false, antialias: false });
    for (const f of [20, 35, 47]) {
      r.renderFrame(f);
      const { target, camera } = r.lastFrame();
      const box = objectPixels(r, `person:${man.id}`).box;
      // Which way he walks across the frame (+1: to the right), and where his middle sits.
      const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
      const ahead = Math.sign(walks.dot(right));
      const cx = (box.minX + box.maxX) / 2 / W;
      const roomAhead = ahead > 0 ? W - 1 - box.maxX : box.minX;
      const roomBehind = ahead > 0 ? box.minX : W - 1 - box.maxX;
      // The ground's vanishing line: a far point straight ahead, level with the lens.
      const level = camera.getWorldDirection(new THREE.Vector3()).setY(0).normalize();
      const horizonY = ((1 - camera.position.clone().addScaledVector(level, 5000).project(camera).y) / 2) * H;
      const column = Math.round(ahead > 0 ? W * 0.85 : W * 0.15);
      const idAt = (y: number): number => target.id[Math.round(y) * W + column]!;
      console.info(`frame ${f}: walks ${ahead > 0 ? 'right' : 'left'}, middle at ${cx.toFixed(2)}, room ahead ${roomAhead} px, behind ${roomBehind} px; horizon at ${(horizonY / H).toFixed(2)} of the height`);
      expect(ahead).not.toBe(0);
      expect((cx - 0.5) * ahead).toBeLessThan(-0.04);
      expect(roomAhead).toBeGreaterThan(roomBehind);
      // Off the middle by at least a tenth of the frame (rule of thirds: nearer a third).
      expect(Math.abs(horizonY / H - 0.5)).toBeGreaterThan(0.1);
      expect(horizonY).toBeGreaterThan(3);
      // It is where the picture changes: the sky above it is not what the ground below it is.
      expect(idAt(horizonY - 3)).not.toBe(idAt(horizonY + 3));
    }
  }, 60_000);
});
