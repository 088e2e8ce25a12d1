// "@name" in prompts: the parser reads the cameo as the person (the action decides what they do, as
// for "a man"), at the cameo's real height; the reading names the cameo; a picker can put a cameo in
// place of the person an existing prompt is about; the plan records who played whom.
import { describe, expect, it } from 'vitest';
import { scenePlanSchema, type Entity, type ScenePlan } from '../../main/contract/scene-plan';
import { attachCameos } from '../../main/engine/cameo/attach-cameos';
import { readPrompt, type CameoLookup } from '../../main/engine/prompt/parse-prompt';
import { recastPerson } from '../../main/engine/prompt/recast-person';
import { onlyCastDiffers } from '../../main/app/cameo-casting';

const HEIGHTS: Record<string, number> = { alex: 1.82, sam: 1.6 };
const lookup: CameoLookup = { heightM: (name) => HEIGHTS[name.toLowerCase()] ?? null };
const people = (plan: ScenePlan | null): Entity[] => plan?.entities.filter((e) => e.kind === 'person') ?? [];

describe('cameos in prompts', () => {
  it('"@alex shoots at the hoop and misses": alex is the shooter, at his real height', () => {
    const reading = readPrompt('@alex shoots at the hoop and misses', {}, lookup);
    expect(reading.accepted).toBe(true);
    const [alex] = people(reading.plan);
    expect(people(reading.plan)).toHaveLength(1);
    expect(alex).toMatchObject({ label: '@alex', size: [1.82] });
    expect(reading.plan?.actions[0]).toMatchObject({ kind: 'shoot', actor: alex?.id, intent: 'miss' });
    expect(reading.cameos).toEqual([{ name: 'alex', entityId: alex?.id }]);
    expect(reading.understanding).toMatchObject({ who: ['@alex (shoots)'], cameos: ['alex'], action: '@alex shoots at the hoop, to miss', notDepicted: [] });
  });

  it('"@alex stands on the beach at sunset while a ball rolls past": alex stands by, the ball rolls', () => {
    const reading = readPrompt('@alex stands on the beach at sunset while a ball rolls past', {}, lookup);
    expect(reading.plan?.setting).toMatchObject({ kind: 'beach', timeOfDay: 'sunset' });
    expect(reading.plan?.actions.map((a) => a.kind)).toEqual(['roll']);
    expect(people(reading.plan)).toMatchObject([{ label: '@alex', size: [1.82] }]);
    expect(reading.understanding?.who).toEqual(['@alex (standing by)']);
  });

  it('"@alex walks through the forest": alex walks', () => {
    const reading = readPrompt('@alex walks through the forest', {}, lookup);
    const [alex] = people(reading.plan);
    expect(reading.plan?.setting.kind).toBe('forest');
    expect(reading.plan?.actions[0]).toMatchObject({ kind: 'walk', actor: alex?.id, gait: 'walk' });
  });

  it('the same name twice is one person; two names are two; a name inside a spoken line is only words', () => {
    const twice = readPrompt('@alex dribbles, then @Alex shoots', {}, lookup);
    expect(people(twice.plan)).toHaveLength(1);
    expect(twice.cameos).toHaveLength(1);
    const pair = readPrompt('@alex and @sam walk in a park', {}, lookup);
    expect(people(pair.plan).map((p) => [p.label, p.size[0]])).toEqual([['@alex', 1.82], ['@sam', 1.6]]);
    const quoted = readPrompt('@alex says "nice one @sam" and kicks a ball', {}, lookup);
    expect(quoted.cameos.map((c) => c.name)).toEqual(['alex']);
    // The line is spoken by alex, and "@sam" in it stays words.
    expect(quoted.plan?.dialogue.map((line) => [line.text, line.actor])).toEqual([['nice one @sam', people(quoted.plan)[0]!.id]]);
  });

  it('a name the library does not know still reads as a person (the studio refuses it by name)', () => {
    const reading = readPrompt('@nobody walks in a park', {}, lookup);
    expect(reading.accepted).toBe(true);
    expect(reading.cameos.map((c) => c.name)).toEqual(['nobody']);
  });

  it('the plan records who played whom, with the measured body width, and stays a valid plan', () => {
    const reading = readPrompt('@alex shoots at the hoop and misses', {}, lookup);
    const entityId = reading.cameos[0]!.entityId;
    const plan = attachCameos(reading.plan!, [{ use: { id: 'c1', name: 'alex', entityId, heightM: 1.82, consentAt: '2024-01-01T00:00:00.000Z' }, bodyHalfWidthM: 0.21 }]);
    expect(scenePlanSchema.parse(plan).cameos).toEqual([{ id: 'c1', name: 'alex', entityId, heightM: 1.82, consentAt: '2024-01-01T00:00:00.000Z' }]);
    expect(plan.entities.find((e) => e.id === entityId)?.size).toEqual([1.82, 0.21]);
  });
});

describe('casting a cameo into an existing prompt', () => {
  it('replaces the person the prompt is about, every time it is named, and keeps the rest as typed', () => {
    expect(recastPerson('A basketball player shoots at the hoop and misses', 'alex')).toBe('@alex shoots at the hoop and misses');
    expect(recastPerson('a man dribbles, then the man shoots', 'alex')).toBe('@alex dribbles, then @alex shoots');
    expect(recastPerson('a tall woman in a red shirt says "hi there" and kicks a ball', 'alex')).toBe('@alex in a red shirt says "hi there" and kicks a ball');
  });

  it('swaps one cameo for another, and finds no one in a prompt without a person', () => {
    expect(recastPerson('@sam walks through the forest', 'alex')).toBe('@alex walks through the forest');
    expect(recastPerson('a ball rolls down a ramp', 'alex')).toBeNull();
  });

  it('tells a recast (same scene, kept at its length when regenerated) from a new scene', () => {
    expect(onlyCastDiffers('@alex shoots at the hoop and misses', '@sam shoots at the hoop and misses')).toBe(true);
    expect(onlyCastDiffers('a man shoots at the hoop and misses', '@sam shoots at the hoop and misses')).toBe(true);
    expect(onlyCastDiffers('@alex shoots at the hoop and misses', '@sam shoots at the hoop and scores')).toBe(false);
    expect(onlyCastDiffers('@alex walks through the forest', '@alex walks through the forest for 8 seconds')).toBe(false);
  });
});
