// Handles (objects/handle.ts): a mug, a teacup and a jug have a loop handle on their +x side, drawn
// as a tube that leaves and rejoins the wall, collided with as a box round its outer bar (a mug on
// its side rests on it), and held by the hand that pours, which stays on it as the jug tips.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { objectModule } from '../../main/engine/objects';
import { heightOf, radiusAt } from '../../main/engine/objects/geometry';
import { handleBox, handleGrip, handlePath } from '../../main/engine/objects/handle';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const pose = (trace: WorldTrace, id: string, frame: number): { p: THREE.Vector3; q: THREE.Quaternion } => {
  const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  const r = trace.frames[frame]!;
  return { p: new THREE.Vector3(r[i], r[i + 1], r[i + 2]), q: new THREE.Quaternion(r[i + 3], r[i + 4], r[i + 5], r[i + 6]) };
};

describe('handles', () => {
  it.each(['mug', 'cup', 'jug'] as const)('a %s\'s handle leaves and rejoins its wall, its bar out from it', (form) => {
    const o = objectModule(form);
    const h = o.handle!;
    const path = handlePath(o);
    const half = heightOf(o) / 2;
    const [first, last] = [path[0]!, path[path.length - 1]!];
    // The ends sit in the wall (within the tube's radius of it) at the handle's heights.
    expect(Math.abs(first[0] - radiusAt(o, first[1] + half))).toBeLessThan(h.thickM / 2);
    expect(Math.abs(last[0] - radiusAt(o, last[1] + half))).toBeLessThan(h.thickM / 2);
    expect(last[1] - first[1]).toBeCloseTo(h.highM - h.lowM, 5);
    // The bar stands reachM out from the wall; the box and the grip are round it.
    const outer = Math.max(...path.map((p) => p[0]));
    expect(outer - radiusAt(o, (h.lowM + h.highM) / 2)).toBeCloseTo(h.reachM, 2);
    const box = handleBox(o)!;
    expect(box.center[0] + box.half[0]).toBeGreaterThan(outer);
    expect(handleGrip(o)![0]).toBeGreaterThan(outer);
  });

  it('is drawn with the mug, on its +x side, as far out as its bar', async () => {
    const plan = parsePrompt('a mug slides across the table');
    const trace = await simulate(plan, 1);
    const built = buildScene(plan, trace);
    const mug = plan.entities.find((e) => e.form === 'mug')!;
    const handle = built.scene.getObjectByName(`object:${mug.id}:handle`)!;
    expect(handle).toBeDefined();
    const body = built.scene.getObjectByName(`object:${mug.id}`)!;
    body.updateMatrixWorld(true);
    // In the mug's own frame: out on +x to the bar.
    const local = new THREE.Box3().setFromObject(handle).applyMatrix4(body.matrixWorld.clone().invert());
    const o = objectModule('mug');
    expect(local.max.x).toBeGreaterThan(radiusAt(o, 0.05) + o.handle!.reachM);
    expect(local.min.x).toBeGreaterThan(radiusAt(o, 0.05) - o.handle!.thickM);
  });

  it('the hand that pours holds the jug by its handle, there while it tips', async () => {
    const plan = parsePrompt('a hand pours water from a jug into a glass', { durationSec: 2.5, width: 160, height: 90 });
    const pour = plan.actions.find((a) => a.kind === 'pour');
    if (pour?.kind !== 'pour') throw new Error('no pour');
    const trace = await simulate(plan, 1);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    const grip = new THREE.Vector3(...handleGrip(objectModule('jug'))!);
    for (const f of [5, 30, 55]) {
      const jug = pose(trace, pour.from.in, f);
      const palm = pose(trace, hand.id, f).p;
      const bar = grip.clone().applyQuaternion(jug.q).add(jug.p);
      // The palm is on the bar (its centre a palm's half width from it along the bar's side).
      expect(palm.distanceTo(bar), `frame ${f}`).toBeLessThan(0.06);
    }
  });
});
