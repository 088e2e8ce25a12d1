// Every hand verb has its doer (actions/shared/own-hand.ts): a "she" or "he" who is the verb's
// subject is a woman or a man at the table doing it with their own hand; "someone", "a hand" and
// "you" leave a hand from outside the frame; a cameo (a picture, with no arm) stands at the table
// while a hand does it, and the understanding says the verb is not shown, with why. A flicked coin
// and a pushed-over tower are done by the doer's hand, touching the thing as it starts to move.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Action, Entity, ScenePlan } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { lyingHalf } from '../../main/engine/actions/shared/tabletop';
import { PALM_HALF } from '../../main/engine/hands/hand-shape';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const read = (prompt: string, durationSec = 3) => {
  const reading = readPrompt(prompt, { durationSec, width: 160, height: 90 });
  return { reading, plan: reading.plan!, action: reading.plan!.actions[0] as Action & { byHand?: boolean; by?: string } };
};
const slot = (trace: WorldTrace, id: string): number => trace.bodies.findIndex((b) => b.id === id) * FLOATS_PER_BODY;
const pos = (trace: WorldTrace, id: string, f: number): number[] => trace.frames[f]!.slice(slot(trace, id), slot(trace, id) + 3);
const quat = (trace: WorldTrace, id: string, f: number): number[] => trace.frames[f]!.slice(slot(trace, id) + 3, slot(trace, id) + 7);
// The first frame a body has turned or moved from where it was at frame 0.
const firstMoved = (trace: WorldTrace, id: string, byM = 1e-4): number =>
  trace.frames.findIndex((_, f) => Math.hypot(...quat(trace, id, f).map((v, k) => v - quat(trace, id, 0)[k]!)) > byM || Math.hypot(...pos(trace, id, f).map((v, k) => v - pos(trace, id, 0)[k]!)) > byM);

describe('who does a hand verb', () => {
  it('"she"/"he" as the subject is a woman or man at the table doing it, for every hand verb', () => {
    for (const [prompt, label] of [['she pushes the cup', 'woman'], ['he lifts a glass', 'man'], ['she pours water into a glass', 'woman'], ['she knocks over the glass', 'woman'], ['he spins a coin', 'man'], ['she places the cup on the plate', 'woman']] as const) {
      const { reading, plan, action } = read(prompt);
      const person = plan.entities.find((e) => e.kind === 'person');
      expect(person?.label, prompt).toBe(label);
      expect(action.by, prompt).toBe(person!.id);
      const table = plan.entities.find((e) => e.kind === 'table')!;
      // Behind the table's far edge, across it from the camera.
      expect(person!.position[2], prompt).toBeLessThan(table.position[2] - (table.size[2] ?? 0.4));
      expect(reading.understanding?.action, prompt).toMatch(new RegExp(`^the ${label} `));
      expect(reading.understanding?.words?.every((w) => w.depicted), prompt).toBe(true);
    }
  });

  it('"someone", "a hand" and "you" leave the hand alone, from outside the frame', () => {
    for (const prompt of ['someone pushes the cup', 'a hand pushes the cup', 'you push the cup', 'someone knocks over the glass']) {
      const { reading, plan, action } = read(prompt);
      expect(plan.entities.some((e) => e.kind === 'person'), prompt).toBe(false);
      expect(action.byHand, prompt).toBe(true);
      expect(action.by, prompt).toBeUndefined();
      expect(reading.understanding?.action, prompt).toMatch(/^a hand /);
    }
  });

  it('a person who is not the subject stands by ("a woman watches the book slide", "... as a hand pushes the cup")', () => {
    for (const prompt of ['a woman watches the book slide across the table', 'a woman watches as a hand pushes the cup']) {
      const { reading, action } = read(prompt);
      expect(action.byHand, prompt).toBe(true);
      expect(action.by, prompt).toBeUndefined();
      expect(reading.understanding?.who, prompt).toEqual(['woman (standing by)']);
    }
  });

  it('the hand is decided before the delay: with nobody named a hand from outside the frame reaches it first', () => {
    const nobody = read('a bottle tips over').action;
    const byHand = read('a hand knocks over the bottle').action;
    const hers = read('she knocks over the bottle').action;
    expect(nobody).toMatchObject({ byHand: true, startSec: 0.9 });
    expect(nobody.by).toBeUndefined();
    // A hand first reaches it (0.4 s); her own hand first comes up from her side (0.5 s more).
    expect(byHand.startSec).toBe(0.9);
    expect(hers.startSec).toBe(1.4);
  });
});

// Nothing at rest starts to move untouched: with no cause named, a hand from outside the frame pushes
// it, its palm there on the frame the thing starts to move, the touch heard, and the words say so.
describe('every push has a visible cause', () => {
  const cases = [
    ['a row of dominoes falls', /^a hand pushes the first of a row of \d+ dominoes over/, (p: ScenePlan) => (p.actions[0] as { objects: string[] }).objects[0]!],
    ['milk spills on the table', /^a hand pushes the glass at the top and it tips over, spilling its milk/, (p: ScenePlan) => (p.actions[0] as { object: string }).object],
    ['a bottle tips over', /^a hand pushes the bottle at the top and it tips over$/, (p: ScenePlan) => (p.actions[0] as { object: string }).object],
    ['the tower of blocks topples', /^a hand pushes the block at the top of a tower of \d+ and it topples$/, (p: ScenePlan) => (p.actions[0] as { objects: string[] }).objects.at(-1)!],
  ] as const;
  for (const [prompt, said, pushedOf] of cases) {
    it(`"${prompt}": a hand's palm meets the thing as it starts to move, heard`, async () => {
      const { reading, plan, action } = read(prompt, 2.5);
      expect(action.byHand).toBe(true);
      expect(reading.understanding?.action).toMatch(said);
      const id = pushedOf(plan);
      const thing = plan.entities.find((e) => e.id === id)!;
      const trace = await simulate(plan, 1);
      // Moved 3 mm along the push (+x). (Things settle a few millimetres on the first frames, a
      // glass up 3 mm, a tower of six blocks on the rug 1 cm down and 4 mm back; not along it.)
      const start = trace.frames.findIndex((_, f) => pos(trace, id, f)[0]! - pos(trace, id, 0)[0]! > 0.003);
      expect(start).toBeGreaterThan(Math.round(0.8 * trace.fps));
      // The palm's centre is within its half thickness and 2 cm of the thing's outline (its largest
      // half size bounds it) as it starts, and was 5 cm or more off it half a second before.
      const half = Math.max(...(thing.kind === 'box' ? thing.size : lyingHalf(thing)));
      const off = (f: number): number => Math.hypot(...pos(trace, 'hand-1', f).map((v, k) => v - pos(trace, id, f)[k]!)) - half;
      // (The touch falls between this frame and the one before; a pushed block is 2 cm off a frame later.)
      expect(Math.min(off(start - 1), off(start))).toBeLessThan(PALM_HALF[1] + 0.02);
      expect(off(start - 12)).toBeGreaterThan(0.05);
      // One touch between the hand and the thing is heard, within a frame of the start.
      const touches = trace.events.filter((e) => e.kind === 'contact' && [e.a, e.b].includes('hand-1') && [e.a, e.b].includes(id));
      expect(touches).toHaveLength(1);
      expect(Math.abs(touches[0]!.t * trace.fps - start)).toBeLessThanOrEqual(1.5);
      expect(trace.outcome.summary).toMatch(/^A hand pushed the /);
    }, 60_000);
  }
});

describe('a cameo cannot reach', () => {
  it('"@alex knocks over the glass": @alex stands at the table, a hand does it, and the panel says the verb is not shown and why', async () => {
    const { reading, plan, action } = read('@alex knocks over the glass');
    const alex = plan.entities.find((e) => e.label === '@alex')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    expect(alex.position[2]).toBeLessThan(table.position[2] - (table.size[2] ?? 0.4));
    expect(action).toMatchObject({ kind: 'tip', byHand: true });
    expect(action.by).toBeUndefined();
    const knocks = reading.understanding?.words?.find((w) => w.word === 'knocks');
    expect(knocks).toMatchObject({ depicted: false, reason: 'a cameo cannot reach: a hand from outside the frame does it' });
    expect(reading.understanding?.action).toMatch(/^a hand pushes the glass/);
    const trace = await simulate(plan, 2);
    expect(trace.bodies.find((b) => b.shape.kind === 'hand')!.shape).not.toHaveProperty('owner');
  });
});

describe('a flicked coin and a pushed tower', () => {
  it('"a man spins a coin on the table": his fingertip, as drawn, holds the coin up by its top edge in every frame until the spin starts, then flicks off', async () => {
    const { plan, action } = read('a man spins a coin on the table', 3);
    const man = plan.entities.find((e) => e.kind === 'person')!;
    const coin = plan.entities.find((e) => e.form === 'coin')!;
    expect(action).toMatchObject({ kind: 'spin', byHand: true, by: man.id });
    const trace = await simulate(plan, 3);
    const hand = trace.bodies.find((b) => b.shape.kind === 'hand')!;
    expect(hand.shape).toMatchObject({ owner: man.id });
    const start = firstMoved(trace, coin.id);
    expect(start).toBeGreaterThan(10);
    const built = buildScene(plan, trace);
    // The coin's top edge as it stands: its rim's highest point, from its pose in the trace.
    const topEdge = (f: number): THREE.Vector3 => {
      const q = new THREE.Quaternion(...(quat(trace, coin.id, f) as [number, number, number, number]));
      const x = new THREE.Vector3(1, 0, 0).applyQuaternion(q);
      const z = new THREE.Vector3(0, 0, 1).applyQuaternion(q);
      const up = Math.hypot(x.y, z.y) > 0 ? x.multiplyScalar(x.y).add(z.multiplyScalar(z.y)).normalize() : x;
      return new THREE.Vector3(...(pos(trace, coin.id, f) as [number, number, number])).add(up.multiplyScalar(coin.size[0]!));
    };
    const nearestFinger = (f: number): number => {
      built.update(f);
      const rim = topEdge(f);
      let best = Infinity;
      const v = new THREE.Vector3();
      built.scene.traverse((o) => {
        if (!(o instanceof THREE.Mesh) || !o.name.startsWith(`hand:${hand.id}:finger`)) return;
        o.updateMatrixWorld(true);
        const p = o.geometry.getAttribute('position');
        for (let i = 0; i < p.count; i++) best = Math.min(best, v.fromBufferAttribute(p, i).applyMatrix4(o.matrixWorld).distanceTo(rim));
      });
      return best;
    };
    // From the first frame to the last before the spin starts, a finger's skin is within 6 mm of the
    // top edge (in the frame it starts, the flick is a frame's time under way).
    const held = Array.from({ length: start }, (_, f) => nearestFinger(f));
    expect(Math.max(...held)).toBeLessThan(0.006);
    // Half a second on, the finger has flicked away.
    expect(nearestFinger(start + 12)).toBeGreaterThan(0.03);
    expect(trace.outcome.summary).toMatch(/^The man flicked the coin: it /);
  }, 60_000);

  it('"a coin spins on the table": nobody named, a hand from outside the frame flicks it, heard, and it spins', async () => {
    const { reading, plan, action } = read('a coin spins on the table', 2);
    expect(action).toMatchObject({ kind: 'spin', byHand: true });
    expect(reading.understanding?.action).toBe('a hand flicks the coin and it spins on its edge');
    const trace = await simulate(plan, 3);
    expect(trace.bodies.filter((b) => b.shape.kind === 'hand')).toHaveLength(1);
    const coin = plan.entities.find((e) => e.form === 'coin')!;
    const start = firstMoved(trace, coin.id);
    expect(start).toBeGreaterThan(0);
    // The flick is heard, once, as the spin starts.
    const touches = trace.events.filter((e) => e.kind === 'contact' && [e.a, e.b].includes('hand-1') && [e.a, e.b].includes(coin.id));
    expect(touches).toHaveLength(1);
    expect(Math.abs(touches[0]!.t * trace.fps - start)).toBeLessThanOrEqual(1);
  }, 60_000);

  it('"a boy topples the tower of blocks": a tower at the table, his palm at its top as it starts to go, and it comes down', async () => {
    const { plan, action } = read('a boy topples the tower of blocks', 4);
    const boy = plan.entities.find((e) => e.kind === 'person')!;
    const blocks = plan.entities.filter((e): e is Entity => e.kind === 'box').sort((a, b) => a.position[1] - b.position[1]);
    expect(action).toMatchObject({ kind: 'topple', byHand: true, by: boy.id });
    // One column, each block on the one below.
    for (let i = 1; i < blocks.length; i++) expect(Math.abs(blocks[i]!.position[0] - blocks[0]!.position[0])).toBeLessThan(1e-6);
    const trace = await simulate(plan, 3);
    const top = blocks[blocks.length - 1]!;
    // (Along the push: each block settles the half millimetre it was set above the one below at first.)
    const start = trace.frames.findIndex((_, f) => pos(trace, top.id, f)[0]! - top.position[0] > 0.002);
    // The palm's face comes in to where the top block's side stood, at its height, never into it, and
    // the block starts to move within a frame of its getting there (24 fps; the palm arrives at about
    // a metre a second).
    const face0 = pos(trace, top.id, 0)[0]! - top.size[0]!;
    const palmFace = (f: number): number => pos(trace, 'hand-1', f)[0]! + PALM_HALF[1];
    // (From his side the hand first comes round to the tower's -x side, 3 cm or more off it.)
    const frames = trace.frames.map((_, f) => f);
    const coming = Math.max(...frames.filter((f) => f < start && palmFace(f) < face0 - 0.03));
    const touch = frames.find((f) => f > coming && palmFace(f) > face0 - 0.005)!;
    expect(Math.abs(start - touch)).toBeLessThanOrEqual(1);
    expect(Math.max(...frames.filter((f) => f > coming).map(palmFace))).toBeLessThan(face0 + 0.003);
    expect(Math.abs(pos(trace, 'hand-1', touch)[1]! - pos(trace, top.id, 0)[1]!)).toBeLessThan(0.03);
    // Before the touch, nothing moves (the tower stands by itself).
    expect(start).toBeGreaterThan(Math.round(1.2 * trace.fps));
    expect(top.position[1] - pos(trace, top.id, trace.frameCount - 1)[1]!).toBeGreaterThan(0.3);
    expect(trace.outcome.summary).toMatch(/^The boy pushed the top of the tower of 6 blocks: it toppled/);
  }, 60_000);

  it('a tower of boxes or crates is told as one: "the crate at the top", "6 boxes" (not "blocks", not "boxs")', async () => {
    expect(read('a woman topples the pile of crates').reading.understanding?.action).toBe('the woman pushes the crate at the top of a tower of 3 and it topples');
    const { plan } = read('a man topples the stack of boxes', 4);
    expect((await simulate(plan, 3)).outcome.summary).toMatch(/^The man pushed the top of the tower of 6 boxes: it /);
  }, 60_000);

  it('"the tower of blocks topples": nobody named, it stands as a tower until a hand pushes it, and comes down', async () => {
    const { plan, action } = read('the tower of blocks topples');
    expect(action).toMatchObject({ kind: 'topple', byHand: true });
    const trace = await simulate(plan, 3);
    const top = plan.entities.filter((e) => e.kind === 'box').sort((a, b) => b.position[1] - a.position[1])[0]!;
    // It stands until the push (0.9 s; six blocks on the rug settle 1 cm into their contacts), then
    // its highest block ends well lower.
    expect(Math.abs(pos(trace, top.id, Math.round(0.8 * trace.fps))[1]! - top.position[1])).toBeLessThan(0.015);
    expect(top.position[1] - pos(trace, top.id, trace.frameCount - 1)[1]!).toBeGreaterThan(0.1);
  }, 60_000);
});

describe('a book that slides', () => {
  it('"a book slides across the table": a hand from outside the frame gives it the push, touching it as it starts', async () => {
    const { reading, plan, action } = read('a book slides across the table', 3);
    expect(action).toMatchObject({ kind: 'slide', byHand: true });
    expect(reading.understanding?.action).toBe('a hand pushes the book and it slides');
    const book = plan.entities.find((e) => e.form === 'book')!;
    const trace = await simulate(plan, 3);
    const start = firstMoved(trace, book.id, 0.002);
    const palm = pos(trace, 'hand-1', start);
    // The palm's face against the book's near end (its half length as it lies), within a centimetre.
    const gap = pos(trace, book.id, start)[0]! - lyingHalf(book)[0] - (palm[0]! + PALM_HALF[1]);
    expect(Math.abs(gap)).toBeLessThan(0.01);
    expect(trace.outcome.summary).toMatch(/^A hand pushed the book: it slid/);
  }, 60_000);
});
