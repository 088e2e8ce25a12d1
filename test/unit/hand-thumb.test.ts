// A drawn hand (frames/hands/hand-mesh.ts) holds a spoon's handle between its fingers and a thumb
// that opposes them (the thumb's tip on the far side of the handle from the fingertips, the handle
// in the crook of the fingers), and a hand hanging at a person's side has its thumb forward, the
// right hand as the mirror of the left.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const centre = (scene: THREE.Object3D, name: string): THREE.Vector3 => {
  const m = scene.getObjectByName(name)!;
  m.updateMatrixWorld(true);
  return new THREE.Vector3().setFromMatrixPosition(m.matrixWorld);
};

describe('a hand holding a spoon', () => {
  it('"a man stirs his coffee with a spoon": the thumb opposes the fingers across the handle', async () => {
    const plan = parsePrompt('a man stirs his coffee with a spoon', { durationSec: 3, width: 160, height: 90 });
    const trace = await simulate(plan, 1);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    if (hand.shape.kind !== 'hand') throw new Error('no hand');
    const spoon = plan.entities.find((e) => e.label === 'spoon')!;
    const built = buildScene(plan, trace);
    // While it stirs. Afterwards the spoon is tipped out over the rim and carried to the table, held
    // at the handle's end while the hand stays level, so its middle leaves the palm's axis (5 cm).
    const stir = plan.actions.find((a) => a.kind === 'stir')!;
    if (stir.kind !== 'stir') throw new Error('no stir');
    for (const frame of [0.25, 0.75].map((u) => Math.round((stir.startSec + u * stir.stirSec) * plan.format.fps))) {
      built.update(frame);
      // The handle's axis: along the palm's z, against its palm side (the trace's convention).
      const p = new THREE.Vector3(), q = new THREE.Quaternion(), s = new THREE.Vector3();
      built.sampler.position(hand.id, frame, p);
      built.sampler.quaternion(hand.id, frame, q);
      built.sampler.position(spoon.id, frame, s);
      const axisDir = new THREE.Vector3(0, 0, 1).applyQuaternion(q);
      const wrap = hand.shape.grips!.find((g) => g.closes)!.wrapM;
      const axis = p.clone().addScaledVector(new THREE.Vector3(0, 1, 0).applyQuaternion(q), -(PALM_HALF[1] + wrap));
      // (the spoon itself lies on that axis)
      const off = (v: THREE.Vector3): THREE.Vector3 => {
        const d = v.clone().sub(axis);
        return d.addScaledVector(axisDir, -d.dot(axisDir));
      };
      expect(off(s).length()).toBeLessThan(0.012);
      const finger = off(centre(built.scene, `hand:${hand.id}:finger1.2`));
      const thumb = off(centre(built.scene, `hand:${hand.id}:thumb.2`));
      // Seen down the handle, the thumb's last bone and the middle finger's are on opposite sides
      // of it (more than 120 degrees apart), both close round it.
      expect(finger.angleTo(thumb)).toBeGreaterThan((2 * Math.PI) / 3);
      expect(finger.length()).toBeLessThan(0.035);
      expect(thumb.length()).toBeLessThan(0.035);
    }
  });
});

describe('a hand hanging at the side', () => {
  it('has its thumb forward and its fingers down, on the left hand and the right alike', async () => {
    const plan = parsePrompt('a man stands in a park');
    plan.format = { ...plan.format, durationSec: 1, width: 160, height: 90 };
    const e = plan.entities.find((x) => x.kind === 'person')!;
    const built = buildScene(plan, await simulate(plan, 1));
    built.update(12);
    const person = built.scene.getObjectByName(`person:${e.id}`)!;
    const pose = built.poseFn(built.sampler.actorTrack(e), e.size[0]!, 0.5);
    const right = new THREE.Vector3().fromArray(pose.shoulderR).sub(new THREE.Vector3().fromArray(pose.shoulderL)).normalize();
    const fwd = new THREE.Vector3().crossVectors(new THREE.Vector3(0, 1, 0), right).normalize();
    for (const s of ['L', 'R']) {
      const palm = centre(person, `palm${s}`);
      const thumb = centre(person, `thumb.2${s}`).sub(palm), finger = centre(person, `finger1.2${s}`).sub(palm);
      expect(thumb.dot(fwd), s).toBeGreaterThan(0.02);
      expect(finger.y, s).toBeLessThan(-0.06);
      // A knuckle is drawn where each finger leaves the palm.
      expect(person.getObjectByName(`knuckle1${s}`), s).toBeInstanceOf(THREE.Mesh);
    }
  });
});
