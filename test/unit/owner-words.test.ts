// Someone named as a thing's owner ("his mother's vase") is not in the scene, and the understanding
// says so; someone named as someone's ("his mother watches") is a person of their own.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { normalizeMarked } from '../../main/engine/prompt/text';

const read = (prompt: string) => {
  const r = readPrompt(prompt);
  const words = r.understanding?.words ?? [];
  return { ...r, shown: (w: string) => words.find((x) => x.word === w)?.depicted, labels: r.plan?.entities.filter((e) => e.kind === 'person').map((e) => e.label) ?? [] };
};

describe("owners named with 's", () => {
  it("marks the words that carried an 's, and only those", () => {
    const { words, owners } = normalizeMarked("A boy knocks over his mother's vase; it's late");
    expect(words).toEqual(['a', 'boy', 'knocks', 'over', 'his', 'mother', 'vase', 'it', 'late']);
    expect([...owners]).toEqual([5, 7]);
  });

  it("his mother's vase: only the boy is there, and mother is listed as not shown", () => {
    const r = read("a boy knocks over his mother's vase");
    expect(r.accepted).toBe(true);
    expect(r.labels).toEqual(['boy']);
    expect(r.shown('mother')).toBe(false);
    expect(r.shown('boy')).toBe(true);
    expect(r.understanding?.notDepicted).toContain('mother');
  });

  it('his mother who watches is a second person, not the boy again', () => {
    const r = read('a boy knocks over a vase while his mother watches');
    expect(r.labels).toEqual(['boy', 'mother']);
    expect(r.shown('mother')).toBe(true);
  });

  it("an owner before anything else is not taken for an unknown subject", () => {
    const r = read("my mother's vase falls over");
    expect(r.accepted).toBe(true);
    expect(r.shown('mother')).toBe(false);
    expect(r.plan?.entities.some((e) => e.kind === 'object' && e.label === 'vase')).toBe(true);
  });

  it("the man's pushing: an 's before a verb is \"is\", and the man does it", () => {
    const r = read("the man's pushing a cup across the table");
    expect(r.labels).toEqual(['man']);
    expect(r.shown('man')).toBe(true);
  });

  it("an owner already in the scene stays shown", () => {
    const r = read("a man and his son, the son's ball rolls off the table");
    expect(r.labels).toEqual(['man', 'son']);
    expect(r.understanding?.words?.filter((w) => w.word === 'son').every((w) => w.depicted)).toBe(true);
  });

  it("the chef's hat falls: the hat is what falls, never the chef", () => {
    const r = read("the chef's hat falls off the table");
    // No hat in Kinora's world: refused by the hat's name, with the owner said with it.
    expect(r.accepted).toBe(false);
    expect(r.refusal).toContain("cannot show the chef's hat");
    expect(r.shown('chef')).toBe(false);
    expect(r.understanding?.who).toEqual([]);
  });

  it("the old man's hat: every word of the owner is the owner, none the subject", () => {
    const r = read("the old man's hat falls");
    expect(r.refusal).toContain("cannot show the old man's hat");
  });

  it("the boy's ball rolls: the ball rolls, the boy is not there", () => {
    const r = read("the boy's ball rolls across the floor");
    expect(r.plan?.actions.map((a) => a.kind)).toEqual(['roll']);
    expect(r.labels).toEqual([]);
    expect(r.understanding?.notDepicted).toContain('boy');
  });

  it("an owner Kinora does not know is no subject either: \"the dog's ball rolls\" rolls the ball", () => {
    const r = read("the dog's ball rolls down the stairs");
    expect(r.accepted).toBe(true);
    expect(r.plan?.actions.map((a) => a.kind)).toEqual(['roll']);
    expect(r.understanding?.notDepicted).toEqual(['dog']);
  });

  it("an owner after the verb is not what it is done to: \"knocks over his wife's vase\" tips the vase", () => {
    const r = read("a man knocks over his wife's vase");
    expect(r.accepted).toBe(true);
    const vase = r.plan?.entities.find((e) => e.label === 'vase');
    expect(r.plan?.actions).toMatchObject([{ kind: 'tip', object: vase?.id }]);
    expect(r.labels).toEqual(['man']);
    expect(r.understanding?.notDepicted).toEqual(['wife']);
  });
});
