// A person's own hand (actions/shared/own-hand.ts, body/reach.ts): when the prompt describes who
// handles a thing, they stand at the table and it is their right hand on the trace's path, from their
// side and back to it; the drawing bends their arm (and, as far as needed, their back) to put their
// wrist where the hand is, so no arm comes in from outside the frame.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { reachRight } from '../../main/engine/body/reach';
import { BODY, type PersonPose } from '../../main/engine/body/skeleton';
import { personPose } from '../../main/engine/actions/person-pose';
import { wristAt } from '../../main/engine/frames/hands/free-hand';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const at = (trace: WorldTrace, id: string, frame: number): number[] => {
  const i = trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
  return trace.frames[frame]!.slice(i, i + 3);
};
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe("a person's own hand", () => {
  it('"a woman lifts the glass": her hand comes from her side and lifts the glass; her arm reaches it, unbroken', async () => {
    const plan = parsePrompt('a woman lifts the glass', { durationSec: 4, width: 160, height: 90 });
    const woman = plan.entities.find((e) => e.kind === 'person')!;
    const glass = plan.entities.find((e) => e.label === 'glass')!;
    expect(plan.actions[0]).toMatchObject({ kind: 'lift', by: woman.id });
    const trace = await simulate(plan, 3);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ kind: 'hand', owner: woman.id });
    const H = woman.size[0]!;
    const track = trace.actors.find((a) => a.entityId === woman.id)!;
    // The hand hangs at her side before it reaches (and holds the glass up to the end).
    expect(dist(at(trace, hand.id, 0), personPose(track, H, 0).handR)).toBeLessThan(0.03);
    expect(at(trace, glass.id, 72)[1]! - glass.position[1]).toBeGreaterThan(0.15);
    expect(trace.outcome.summary).toMatch(/^The woman lifted the glass/);

    // Drawn: at every frame her right arm runs from her shoulder to the hand's wrist, the upper arm
    // and forearm keeping their lengths; the hand has no arm of its own and hers is not drawn twice.
    const built = buildScene(plan, trace);
    const { sampler } = built;
    for (const f of [0, 20, 40, 60, 80]) {
      built.update(f);
      const wrist = wristAt(sampler, hand, f)!;
      const pose: PersonPose = personPose(track, H, f / trace.fps);
      reachRight(pose, [...wrist] as [number, number, number], H);
      expect(dist(pose.handR, wrist)).toBeLessThan(0.01);
      expect(dist(pose.shoulderR, pose.elbowR)).toBeCloseTo(BODY.upperArm * H, 3);
      expect(dist(pose.elbowR, pose.handR)).toBeCloseTo(BODY.forearm * H, 3);
      // And the scene as drawn: her right arm's mesh comes to the hand's wrist.
      const arm = built.scene.getObjectByName(`person:${woman.id}`)!.getObjectByName('armR') as THREE.Mesh;
      arm.updateMatrixWorld(true);
      const p = arm.geometry.getAttribute('position');
      const v = new THREE.Vector3();
      let nearest = Infinity;
      for (let i = 0; i < p.count; i++) nearest = Math.min(nearest, v.fromBufferAttribute(p, i).applyMatrix4(arm.matrixWorld).distanceTo(new THREE.Vector3(...wrist)));
      expect(nearest).toBeLessThan(0.06);
    }
    const group = built.scene.getObjectByName(`person:${woman.id}`)!;
    expect(group.getObjectByName('palmR')!.visible).toBe(false);
    expect(built.scene.getObjectByName(`hand:${hand.id}:upper`)).toBeUndefined();
    expect(built.scene.getObjectByName(`hand:${hand.id}:palm`)).toBeInstanceOf(THREE.Mesh);
  });

  it('"the man places the cup on the plate": the cup ends on the plate and his hand back at his side', async () => {
    const plan = parsePrompt('the man places the cup on the plate', { durationSec: 5, width: 160, height: 90 });
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const trace = await simulate(plan, 3);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: man.id });
    const track = trace.actors.find((a) => a.entityId === man.id)!;
    const last = trace.frameCount - 1;
    expect(dist(at(trace, hand.id, last), personPose(track, man.size[0]!, last / trace.fps).handR)).toBeLessThan(0.03);
    expect(trace.outcome.summary).toMatch(/^The man placed the cup on the plate/);
  });

  it('"a man pours water into a glass": he stands at the table across from the camera, by the jug, and pours it', () => {
    const plan = parsePrompt('a man pours water into a glass', { durationSec: 2, width: 160, height: 90 });
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const jug = plan.entities.find((e) => e.form === 'jug')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(plan.actions[0]).toMatchObject({ kind: 'pour', byHand: true, by: man.id });
    // Behind the table's far edge, within an arm and a lean of the jug.
    expect(man.position[2]).toBeLessThan(table.position[2] - table.size[2]!);
    expect(Math.hypot(jug.position[0] - man.position[0], jug.position[2] - man.position[2])).toBeLessThan(0.45);
  });

  it('leans in only as far as the reach needs, smoothly', () => {
    const plan = parsePrompt('a woman lifts the glass', { durationSec: 1, width: 160, height: 90 });
    const woman = plan.entities.find((e) => e.kind === 'person')!;
    const track = { entityId: woman.id, animation: 'idle' as const, startSec: 0, releaseSec: 0, facing: -Math.PI / 2, position: [0, 0, 0] as [number, number, number] };
    const H = 1.7;
    const head = (wrist: [number, number, number]): number[] => {
      const pose = personPose(track, H, 0);
      reachRight(pose, wrist, H);
      return pose.head;
    };
    const standing = personPose(track, H, 0).head;
    // A point by her hip is within reach standing straight; one on a table in front is not.
    expect(dist(head([-0.2, 0.9, 0.15]), standing)).toBeLessThan(1e-9);
    const leaning = head([-0.15, 0.8, 0.5]);
    expect(leaning[2]! - standing[2]!).toBeGreaterThan(0.1);
    // A centimetre further moves her head by about as much, not in a jump.
    expect(dist(head([-0.15, 0.8, 0.51]), leaning)).toBeLessThan(0.04);
  });

  it('"someone lifts the glass" keeps a hand from outside the frame; "she lifts the glass" is a woman at the table', async () => {
    const plan = parsePrompt('someone lifts the glass', { durationSec: 2, width: 160, height: 90 });
    expect(plan.entities.some((e) => e.kind === 'person')).toBe(false);
    expect(plan.actions[0]).not.toHaveProperty('by');
    const trace = await simulate(plan, 3);
    expect(trace.bodies.find((b) => b.shape.kind === 'hand')!.shape).not.toHaveProperty('owner');
    const she = parsePrompt('she lifts the glass', { durationSec: 2, width: 160, height: 90 });
    const woman = she.entities.find((e) => e.kind === 'person')!;
    expect(woman.label).toBe('woman');
    expect(she.actions[0]).toMatchObject({ kind: 'lift', by: woman.id });
    expect((await simulate(she, 3)).bodies.find((b) => b.shape.kind === 'hand')!.shape).toMatchObject({ owner: woman.id });
  });
});
