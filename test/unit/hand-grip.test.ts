// A hand's fingers as drawn (frames/hands/free-hand.ts): relaxed when the hand holds nothing, curled
// round what it grips (a glass's side, a spoon's handle) once the trace says the fingers closed,
// open again when they let go; the fingertips measured from the palm in the drawn scene.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { curlAt } from '../../main/engine/frames/hands/free-hand';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

// How far (m) a fingertip bone is from the palm's plane, on the palm's side.
function tipDepth(scene: THREE.Object3D, handId: string): number {
  const palm = scene.getObjectByName(`hand:${handId}:palm`)!;
  const tip = scene.getObjectByName(`hand:${handId}:finger1.2`)!;
  const palmAt = new THREE.Vector3().setFromMatrixPosition(palm.matrix);
  const back = new THREE.Vector3().setFromMatrixColumn(palm.matrix, 1).normalize();
  return -new THREE.Vector3().setFromMatrixPosition(tip.matrix).sub(palmAt).dot(back);
}

describe('hand grip', () => {
  it('curls round what it holds by its size, relaxed otherwise, and opens when it lets go', () => {
    expect(curlAt([], 2)).toBeCloseTo(0.5);
    const glass = [{ t: 1, closes: true, wrapM: 0.035 }, { t: 3, closes: false, wrapM: 0.035 }];
    expect(curlAt(glass, 0.9)).toBeCloseTo(0.5);
    expect(curlAt(glass, 2)).toBeGreaterThan(1.5);
    // A spoon's handle closes the fingers further than a glass.
    expect(curlAt([{ t: 0, closes: true, wrapM: 0.006 }], 1)).toBeGreaterThan(curlAt(glass, 2) + 0.5);
    expect(curlAt(glass, 4)).toBeCloseTo(0.5);
    // Holding from the clip's first instant (a coin on a fist): closed at the first frame already.
    expect(curlAt([{ t: 0, closes: true, wrapM: 0.016 }], 0)).toBeGreaterThan(2.5);
  });

  it('"a woman lifts the glass": the trace records the grip, and the drawn fingertips go round the glass once it is held', async () => {
    const plan = parsePrompt('a woman lifts the glass', { durationSec: 3, width: 160, height: 90 });
    const trace = await simulate(plan, 3);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    if (hand.shape.kind !== 'hand') throw new Error('no hand');
    const grip = hand.shape.grips?.find((g) => g.closes);
    expect(grip).toBeDefined();
    // The glass's radius, not a fist's.
    expect(grip!.wrapM).toBeGreaterThan(0.02);
    expect(grip!.wrapM).toBeLessThan(0.06);
    const built = buildScene(plan, trace);
    built.update(Math.max(0, Math.floor(grip!.t * trace.fps) - 3));
    const open = tipDepth(built.scene, hand.id);
    built.update(Math.ceil((grip!.t + 0.3) * trace.fps));
    const held = tipDepth(built.scene, hand.id);
    // Relaxed: the tip is barely past the palm's plane; holding, it reaches round the glass's side.
    expect(open).toBeLessThan(0.03);
    expect(held).toBeGreaterThan(0.045);
  });
});
