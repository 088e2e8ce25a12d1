// "She drops a coin into a glass of water": a hand holds the coin over the glass and lets go, the
// coin sinks to the glass's floor. Before, the panel said "woman (standing by)" and "drops" shown
// while the coin fell from nowhere; and a coin let into a glass came to rest on the glass's upper
// collider band, 2.5 cm over the water, while the card said it sank.
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { at, dist, nearestVertex } from '../helpers/trace-points';
import { wristAt } from '../../main/engine/frames/hands/free-hand';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';


function read(prompt: string) {
  const reading = readPrompt(prompt, { durationSec: 2, width: 160, height: 90 });
  const plan = reading.plan!;
  const drop = plan.actions[0];
  if (drop?.kind !== 'immerse') throw new Error(`${prompt}: not an immerse`);
  const coin = plan.entities.find((e) => e.id === drop.objects[0])!;
  const glass = plan.entities.find((e) => e.id === drop.into.in)!;
  return { reading, plan, drop, coin, glass, glassBottom: glass.position[1] - glass.size[1]! };
}

describe('a hand lets a thing go into a liquid', () => {
  it('"a woman drops a coin into a glass of water": her hand holds it over the glass, lets go, and it sinks to the floor', async () => {
    const { reading, plan, drop, coin, glassBottom } = read('a woman drops a coin into a glass of water');
    const woman = plan.entities.find((e) => e.kind === 'person')!;
    expect(drop).toMatchObject({ byHand: true, by: woman.id });
    expect(reading.understanding?.who).toEqual(['woman (drops it in)']);
    expect(reading.understanding?.words?.find((w) => w.word === 'drops')?.depicted).toBe(true);
    // Let go over the rim, not from the water's surface.
    expect(coin.position[1] - coin.size[1]!).toBeGreaterThan(glassBottom + 2 * plan.entities.find((e) => e.id === drop.into.in)!.size[1]!);

    const trace = await simulate(plan, 1);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ kind: 'hand', owner: woman.id });
    const release = Math.floor(drop.startSec * trace.fps);
    // Held: still where it was put, with the palm beside it, until the release.
    expect(dist(at(trace, coin.id, release - 1), coin.position)).toBeLessThan(0.005);
    expect(dist(at(trace, hand.id, release - 1), coin.position)).toBeLessThan(0.05);
    // Then on the glass's floor (its base is 8 mm thick), the hand gone back.
    const last = trace.frameCount - 1;
    expect(at(trace, coin.id, last)[1]! - glassBottom).toBeLessThan(0.012);
    expect(dist(at(trace, hand.id, last), at(trace, coin.id, last))).toBeGreaterThan(0.1);
    expect(trace.outcome.summary).toBe('The coin sank to the bottom.');

    // Drawn: her right arm reaches the hand's wrist while she holds it and as she lets go.
    const built = buildScene(plan, trace);
    const arm = built.scene.getObjectByName(`person:${woman.id}`)!.getObjectByName('armR') as THREE.Mesh;
    for (const f of [0, release]) {
      built.update(f);
      expect(nearestVertex(arm, wristAt(built.sampler, hand, f)!)).toBeLessThan(0.06);
    }
  }, 120_000);

  it('"she drops a coin into a glass of water": a woman at the table does it; "someone" leaves only a hand', () => {
    const she = read('she drops a coin into a glass of water');
    const woman = she.plan.entities.find((e) => e.kind === 'person');
    expect(woman?.label).toBe('woman');
    expect(she.drop).toMatchObject({ byHand: true, by: woman!.id });
    expect(she.reading.understanding?.action).toBe('the woman lets the coin go over the glass, into the water');
    const someone = read('someone drops a coin into a glass of water');
    expect(someone.drop.byHand).toBe(true);
    expect(someone.drop.by).toBeUndefined();
    expect(someone.plan.entities.some((e) => e.kind === 'person')).toBe(false);
    expect(someone.reading.understanding?.action).toBe('a hand lets the coin go over the glass, into the water');
  });

  it('"a coin falls into a glass of water": nobody\'s hand, and the coin reaches the floor', async () => {
    const { plan, drop, coin, glassBottom } = read('a coin falls into a glass of water');
    expect(drop.byHand).toBeUndefined();
    const trace = await simulate(plan, 1);
    expect(at(trace, coin.id, trace.frameCount - 1)[1]! - glassBottom).toBeLessThan(0.012);
    expect(trace.outcome.summary).toBe('The coin sank to the bottom.');
  }, 120_000);
});
