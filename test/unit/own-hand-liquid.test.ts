// A person who stirs or runs the tap does it with their own hand (actions/stir, actions/tap,
// actions/shared/own-hand.ts): "the woman stirs her coffee" puts her at the table, her right hand
// brings the spoon up from her side into the mug and stirs; "a man fills the glass from the tap" has
// his hand on the tap's lever as the water starts. Their drawn arm reaches the hand's wrist at every
// frame checked, and the summary names them. Before, a hand came in from outside the frame (or, at
// the tap, none at all) while they stood by.
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { at, dist, nearestVertex } from '../helpers/trace-points';
import { personPose } from '../../main/engine/actions/person-pose';
import { leverTop } from '../../main/engine/actions/tap/hand';
import { wristAt } from '../../main/engine/frames/hands/free-hand';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';


describe("a person's own hand at a liquid", () => {
  it('"the woman stirs her coffee": her hand brings the spoon from her side into the mug, her arm reaching it', async () => {
    const plan = parsePrompt('the woman stirs her coffee', { durationSec: 3, width: 160, height: 90 });
    const woman = plan.entities.find((e) => e.kind === 'person')!;
    const stir = plan.actions.find((a) => a.kind === 'stir')!;
    expect(stir).toMatchObject({ kind: 'stir', by: woman.id });
    if (stir.kind !== 'stir') return;
    const mug = plan.entities.find((e) => e.id === stir.in.in)!;
    const trace = await simulate(plan, 1);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ kind: 'hand', owner: woman.id });
    const track = trace.actors.find((a) => a.entityId === woman.id)!;
    const H = woman.size[0]!;
    // Her hand hangs at her side at the start, and the spoon is in the mug while she stirs.
    expect(dist(at(trace, hand.id, 0), personPose(track, H, 0).handR)).toBeLessThan(0.03);
    const stirring = Math.round((stir.startSec + stir.stirSec / 2) * trace.fps);
    const spoon = at(trace, stir.tool, stirring);
    expect(Math.hypot(spoon[0]! - mug.position[0], spoon[2]! - mug.position[2])).toBeLessThan(0.04);
    expect(trace.outcome.summary).toMatch(/^The woman stirred the coffee in the mug/);

    // Drawn: her right arm's mesh comes to the hand's wrist, from her side to the stir.
    const built = buildScene(plan, trace);
    const arm = built.scene.getObjectByName(`person:${woman.id}`)!.getObjectByName('armR') as THREE.Mesh;
    for (const f of [0, 12, stirring, trace.frameCount - 1]) {
      built.update(f);
      expect(nearestVertex(arm, wristAt(built.sampler, hand, f)!)).toBeLessThan(0.06);
    }
    expect(built.scene.getObjectByName(`hand:${hand.id}:upper`)).toBeUndefined();
  });

  it('"a man fills the glass from the tap": his hand is on the lever as the water starts, his arm reaching it', async () => {
    const plan = parsePrompt('a man fills the glass from the tap', { durationSec: 2, width: 160, height: 90 });
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const tap = plan.actions.find((a) => a.kind === 'tap')!;
    expect(tap).toMatchObject({ kind: 'tap', by: man.id });
    const trace = await simulate(plan, 1);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ kind: 'hand', owner: man.id });
    const track = trace.actors.find((a) => a.entityId === man.id)!;
    expect(dist(at(trace, hand.id, 0), personPose(track, man.size[0]!, 0).handR)).toBeLessThan(0.03);
    const starts = Math.round(tap.startSec * trace.fps);
    const lever = leverTop(plan.entities.find((e) => e.id === (tap.kind === 'tap' ? tap.object : ''))!.position);
    expect(dist(at(trace, hand.id, starts), lever)).toBeLessThan(0.06);
    expect(trace.outcome.summary).toMatch(/^The man turned on the tap: the water ran from the tap into the glass/);
    const built = buildScene(plan, trace);
    const arm = built.scene.getObjectByName(`person:${man.id}`)!.getObjectByName('armR') as THREE.Mesh;
    for (const f of [0, starts, trace.frameCount - 1]) {
      built.update(f);
      expect(nearestVertex(arm, wristAt(built.sampler, hand, f)!)).toBeLessThan(0.06);
    }
  });
});
