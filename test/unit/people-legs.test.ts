// Legs as a viewer sees them: trousered thighs that meet under the crotch while walking and kicking
// (no daylight or flat-topped notch between them there).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { CROTCH } from '../../main/engine/frames/people/body-mesh';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

// A person's posed scene over a take, for each of a few moments.
async function overTake(prompt: string, each: (person: THREE.Object3D, pose: Record<string, THREE.Vector3>, H: number) => void): Promise<void> {
  const plan = parsePrompt(prompt);
  plan.format = { ...plan.format, width: 160, height: 90 };
  const trace = await simulate(plan, 42);
  const built = buildScene(plan, trace);
  const entity = plan.entities.find((e) => e.kind === 'person')!;
  const track = trace.actors.find((a) => a.entityId === entity.id)!;
  const H = entity.size[0]!;
  const person = built.scene.getObjectByName(`person:${entity.id}`)!;
  for (let frame = 0; frame < trace.frameCount; frame += 3) {
    const t = frame / trace.fps;
    built.update(t);
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
        if (left.length === 0 || rightLeg.length === 0) return;
        moments++;
        // The gap between the left thigh's inner side and the right's, as a fraction of height
        // (negative: they overlap).
        widest = Math.max(widest, (Math.min(...rightLeg) - Math.max(...left)) / H);
      });
      expect(moments).toBeGreaterThan(10);
      // (centred on hip joints 0.1 H apart, with the knees splayed, the thighs stood up to 1.9% of
      // height apart there: 3 cm of daylight under a flat-topped notch)
      expect(widest).toBeLessThan(0.002);
    });
  }
});
