// The hand that stirs turns with the spoon: as it tips the spoon in over the rim, out over it after
// the stir and down onto the table, its grip axis (the palm's z, along which it holds the handle)
// stays along the handle, and the handle stays in its grip. Measured on the trace, every frame the
// hand holds the spoon. (Held level, the hand was up to 89 degrees off the tipped handle.)
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

describe('a hand tipping a spoon', () => {
  it('"a man stirs his coffee": the hand\'s axis follows the handle as it tips, and the handle stays in its grip', async () => {
    const plan = parsePrompt('a man stirs his coffee', { durationSec: 5, width: 160, height: 90 });
    for (const a of plan.actions) if (a.kind === 'stir') a.in.particles = 600;
    const trace = await simulate(plan, 1);
    const built = buildScene(plan, trace);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    if (hand.shape.kind !== 'hand') throw new Error('no hand');
    const spoon = plan.entities.find((e) => e.label === 'spoon')!;
    // Held until it opens its fingers over the table.
    const release = hand.shape.grips?.find((g) => !g.closes)?.t ?? Infinity;
    expect(release).toBeLessThan(trace.frameCount / trace.fps);
    const wrap = hand.shape.grips!.find((g) => g.closes)!.wrapM;
    let tipped = 0, worst = 0;
    for (let f = 0; f < Math.floor(release * trace.fps); f++) {
      const p = new THREE.Vector3(), q = new THREE.Quaternion(), s = new THREE.Vector3(), sq = new THREE.Quaternion();
      if (!built.sampler.quaternion(hand.id, f, q) || !built.sampler.quaternion(spoon.id, f, sq)) continue;
      built.sampler.position(hand.id, f, p);
      built.sampler.position(spoon.id, f, s);
      const grip = new THREE.Vector3(0, 0, 1).applyQuaternion(q);
      const handle = new THREE.Vector3(0, 0, 1).applyQuaternion(sq);
      const deg = THREE.MathUtils.radToDeg(grip.angleTo(handle));
      worst = Math.max(worst, deg);
      expect(deg, `frame ${f}`).toBeLessThan(5);
      if (Math.abs(handle.y) < Math.cos(THREE.MathUtils.degToRad(30))) tipped++;
      // The spoon's centre lies on the grip's axis, against the palm side.
      const axis = p.clone().addScaledVector(new THREE.Vector3(0, 1, 0).applyQuaternion(q), -(PALM_HALF[1] + wrap));
      const d = s.clone().sub(axis);
      expect(d.addScaledVector(grip, -d.dot(grip)).length(), `frame ${f}`).toBeLessThan(0.012);
    }
    // It was measured tipped well over (more than 30 degrees from upright) for a good while.
    expect(tipped).toBeGreaterThan(20);
    expect(worst).toBeGreaterThan(0);
  }, 120_000);
});
