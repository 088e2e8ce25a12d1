// Legs as a viewer sees them: trousered thighs that meet under the crotch while walking and kicking
// (no daylight or flat-topped notch between them there), and shoes shaped as shoes.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CROTCH } from '../../main/engine/frames/people/body-mesh';
import { personTake } from '../helpers/person-take';

// A person's posed scene over a take, for each of a few moments.
async function overTake(prompt: string, each: (person: THREE.Object3D, pose: Record<string, THREE.Vector3>, H: number) => void): Promise<void> {
  const { trace, built, track, H, person } = await personTake(prompt);
  for (let frame = 0; frame < trace.frameCount; frame += 3) {
    const t = frame / trace.fps;
    built.update(frame);
    built.scene.updateMatrixWorld(true);
    const raw = built.poseFn(track, H, t);
    const pose = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, new THREE.Vector3(...v)]));
    each(person, pose, H);
  }
}

// World positions of a named mesh's vertices.
function vertices(person: THREE.Object3D, name: string): THREE.Vector3[] {
  const mesh = person.getObjectByName(name) as THREE.Mesh;
  const pos = mesh.geometry.getAttribute('position');
  return Array.from({ length: pos.count }, (_, i) => new THREE.Vector3().fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld));
}

describe('the crotch', () => {
  for (const prompt of ['a man walks in the park', 'a man kicks a ball in the park']) {
    it(`${prompt}: the thighs meet under it all through the take`, async () => {
      let moments = 0, widest = -Infinity;
      await overTake(prompt, (person, pose, H) => {
        // Across the body (toward its right) through the pelvis; the crotch's height.
        const right = pose.hipR!.clone().sub(pose.hipL!).setY(0).normalize();
        const y = pose.pelvis!.y + CROTCH.downH * H;
        const side = (name: string): number[] => vertices(person, name).filter((v) => Math.abs(v.y - y) < 0.015 * H).map((v) => v.clone().sub(pose.pelvis!).dot(right));
        const left = side('legL'), rightLeg = side('legR');
        // (a thigh raised towards the horizontal, as a kick swings it, opens the crotch as on anyone)
        const hanging = [pose.kneeL!, pose.kneeR!].every((knee) => pose.pelvis!.y - knee.y > 0.15 * H);
        if (left.length === 0 || rightLeg.length === 0 || !hanging) return;
        moments++;
        // The gap between the left thigh's inner side and the right's, as a fraction of height
        // (negative: they overlap).
        widest = Math.max(widest, (Math.min(...rightLeg) - Math.max(...left)) / H);
      });
      expect(moments).toBeGreaterThan(10);
      // (centred on hip joints 0.1 H apart, with the knees splayed, the thighs stood up to 2.7% of
      // height apart there: 5 cm of daylight under a flat-topped notch)
      expect(widest).toBeLessThan(0.002);
    });
  }
});

describe('a shoe', () => {
  it('has a flat sole, a heel that rises to the ankle above a lower toe, and points where the body faces', async () => {
    let checked = 0;
    await overTake('a man stands in the park', (person, pose, H) => {
      if (checked++ > 0) return;
      const right = pose.hipR!.clone().sub(pose.hipL!).setY(0).normalize();
      const fwd = new THREE.Vector3(0, 1, 0).cross(right).normalize();
      for (const side of ['L', 'R']) {
        const upper = vertices(person, `shoe${side}`), sole = vertices(person, `sole${side}`);
        const all = [...upper, ...sole];
        const ankle = pose[`foot${side}`]!;
        const along = (v: THREE.Vector3): number => v.clone().sub(ankle).dot(fwd);
        const heel = Math.min(...all.map(along)), toe = Math.max(...all.map(along));
        const length = toe - heel;
        // Pointing forward, the ankle over its back half, about a shoe's length (25-30 cm on 1.8 m).
        expect(toe, side).toBeGreaterThan(-heel);
        expect(length / H, side).toBeGreaterThan(0.13);
        expect(length / H, side).toBeLessThan(0.17);
        // Flat underneath: much of the sole lies on its lowest level (an ellipsoid sole had 18% of its
        // points there).
        const low = Math.min(...sole.map((v) => v.y));
        expect(low, side).toBeGreaterThan(-0.004 * H);
        expect(sole.filter((v) => v.y < low + 0.002 * H).length / sole.length, side).toBeGreaterThan(0.4);
        // The heel's upper stands higher than the toe's (an egg is as tall at both ends).
        const top = (from: number, to: number): number => Math.max(...upper.filter((v) => along(v) >= heel + from * length && along(v) <= heel + to * length).map((v) => v.y));
        expect(top(0, 0.3), side).toBeGreaterThan(1.6 * top(0.75, 1));
        // Narrower than long, as a foot is (not a disc).
        const across = upper.map((v) => v.clone().sub(ankle).dot(right));
        expect(length, side).toBeGreaterThan(2.4 * (Math.max(...across) - Math.min(...across)));
      }
    });
    expect(checked).toBeGreaterThan(0);
  });
});
