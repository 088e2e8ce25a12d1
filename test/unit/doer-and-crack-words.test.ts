// Honest words about what a scene does in place of what it cannot show, and about what physics makes
// of what it shows: "knocked over by a cat" is a hand's push (Kinora has no cat), and the panel says
// so; "an egg rolls off the table and cracks" rolls the egg off the edge, where it breaks on the floor.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const read = (prompt: string) => readPrompt(prompt, { durationSec: 3 });
const word = (prompt: string, w: string) => read(prompt).understanding?.words?.find((x) => x.word === w);

describe('a doer Kinora has not got', () => {
  it('"a glass of milk is knocked over by a cat": the glass tips over, pushed by a hand; the cat is listed as not shown, saying the hand does it in its place', () => {
    const r = read('a glass of milk is knocked over by a cat');
    expect(r.plan!.actions[0]).toMatchObject({ kind: 'tip', byHand: true });
    expect(r.understanding?.notDepicted).toEqual(["cat (not in Kinora's world: a hand from outside the frame does it in its place)"]);
    expect(word('a glass of milk is knocked over by a cat', 'cat')).toMatchObject({ depicted: false, reason: expect.stringMatching(/a hand .* in its place/) });
    expect(word('a glass of milk is knocked over by a cat', 'knocked')).toMatchObject({ depicted: true });
    // A doer Kinora has does it with their own hand, and nothing is said in its place.
    expect(read('a vase is knocked over by the boy').understanding?.notDepicted).toEqual([]);
    // A fall is nudged by a hand too; with no hand in the action (a ball already rolling as the
    // clip starts), the panel says it happens by itself.
    expect(read('a vase is knocked off the shelf by a dog').understanding?.notDepicted).toEqual(["dog (not in Kinora's world: a hand from outside the frame does it in its place)"]);
    expect(read('a ball is rolled down the ramp by a dog').understanding?.notDepicted).toEqual(["dog (not in Kinora's world: it happens by itself)"]);
    // The cat as the subject is what the prompt is about: refused; so is a dog doing a person's kick.
    expect(read('the ball is kicked by a dog').accepted).toBe(false);
    expect(read('a cat knocks over a glass of milk').accepted).toBe(false);
  });
});

describe('cracks', () => {
  it('"an egg rolls off the table and cracks": it starts near the edge, rolls off, and breaks on the floor; across the table it is not said to crack', async () => {
    const r = read('an egg rolls off the table and cracks');
    expect(word('an egg rolls off the table and cracks', 'cracks')).toMatchObject({ depicted: true });
    expect(r.understanding?.notDepicted).toEqual([]);
    expect(word('an egg rolls across the table and cracks', 'cracks')).toMatchObject({ depicted: false });
    const egg = r.plan!.entities.find((e) => e.label === 'egg')!;
    const trace = await simulate(r.plan!, 1);
    const broke = trace.events.find((e) => e.kind === 'break' && e.object === egg.id);
    expect(broke).toBeDefined();
    // On the floor, below the table top it rolled on.
    expect(broke!.position[1]).toBeLessThan(0.1);
  });
});
