// Negation (prompt/negation.ts): "no rain", "do not fall", "without spilling" leave out what they
// negate and say so on the panel, or the prompt is refused where the scene would show it anyway.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at } from '../helpers/trace-points';

const mark = (prompt: string, word: string) => readPrompt(prompt).understanding?.words?.find((w) => w.word === word);

describe('negation: what the prompt does not want', () => {
  it('"no rain": the plan has no rain, the light is not clouded, the panel says "rain: not wanted"', () => {
    const reading = readPrompt('a man walks down a quiet street at night, no rain');
    expect(reading.accepted).toBe(true);
    expect(reading.plan?.setting.elements ?? []).not.toContain('rain');
    expect(reading.understanding?.where).not.toMatch(/rain/);
    expect(reading.understanding?.action).not.toMatch(/rain/);
    expect(mark('a man walks down a quiet street at night, no rain', 'rain')).toEqual({ word: 'rain', kind: 'noun', depicted: false, reason: 'not wanted' });
    expect(reading.understanding?.notDepicted).toContain('rain (not wanted)');
    // The same prompt without the negation rains: the word, not the sentence, was left out.
    expect(readPrompt('a man walks down a quiet street at night in the rain').plan?.setting.elements).toContain('rain');
  });

  it('a place with only its negated element left is refused saying so, not turned into rain', () => {
    const reading = readPrompt('a quiet street at night, no rain, 2 seconds');
    expect(reading.accepted).toBe(false);
    expect(reading.refusal).toMatch(/^Kinora shows a street only with something in it or happening there, and with "no rain" this prompt leaves nothing\./);
  });

  it('"the dominoes do not fall": the row is cast with no push, and every domino is standing at the end of the clip', async () => {
    const reading = readPrompt("the dominoes don't fall");
    expect(reading.accepted).toBe(true);
    const plan = reading.plan!;
    expect(plan.actions).toEqual([]);
    const dominoes = plan.entities.filter((e) => e.label === 'domino');
    expect(dominoes.length).toBeGreaterThanOrEqual(2);
    expect(mark('the dominoes do not fall', 'fall')).toMatchObject({ kind: 'verb', depicted: false, reason: 'not wanted' });
    const trace = await simulate(plan, 1);
    const last = trace.frames.length - 1;
    // Standing up (centre at half its height); a fallen one lies at half its thickness.
    for (const d of dominoes) expect(Math.abs(at(trace, d.id, last)[1]! - at(trace, d.id, 0)[1]!)).toBeLessThan(0.002);
  });

  it('a negated verb the scene would still show is refused, quoting the negation', () => {
    const bounce = readPrompt('a ball falls off the table and does not bounce');
    expect(bounce.accepted).toBe(false);
    expect(bounce.refusal).toMatch(/^Kinora cannot honour "does not bounce" yet/);
    const spill = readPrompt('a glass of water tips over without spilling');
    expect(spill.refusal).toMatch(/^Kinora cannot honour "without spilling" yet/);
  });

  it('a negated element the place always has, or a thing the action needs, is refused', () => {
    expect(readPrompt('a kid kicks a ball on a beach with no waves').refusal).toMatch(/^Kinora cannot honour "no waves" yet: the place it would show always has waves/);
    expect(readPrompt('stir the tea without a spoon').refusal).toMatch(/^Kinora cannot honour "without a spoon" yet: what the prompt asks for needs the spoon/);
  });

  it('a negated thing or gesture is not cast, and what is wanted still happens', () => {
    const walk = readPrompt('a man walks in the park without a ball');
    expect(walk.plan?.entities.map((e) => e.kind)).toEqual(['person']);
    expect(walk.plan?.actions.map((a) => a.kind)).toEqual(['walk']);
    const wave = readPrompt('a man who does not wave walks in the park');
    expect(wave.plan?.actions.map((a) => a.kind)).toEqual(['walk']);
    expect(wave.understanding?.words?.find((w) => w.word === 'wave')).toMatchObject({ depicted: false, reason: 'not wanted' });
  });

  it('leaves to an action the negations it reads itself: a missed shot, a wobble that does not fall', () => {
    const miss = readPrompt('a player shoots and the ball does not go in');
    expect(miss.plan?.actions[0]).toMatchObject({ kind: 'shoot', intent: 'miss' });
    expect(miss.understanding?.words?.every((w) => w.reason !== 'not wanted')).toBe(true);
    const wobble = readPrompt('a bottle wobbles but does not fall');
    expect(wobble.accepted).toBe(true);
    expect(wobble.plan?.actions.map((a) => a.kind)).toEqual(['tip']);
  });

  it('"not into the coffee": the milk goes into the glass, and no coffee is there to receive it', () => {
    const r = readPrompt('she pours milk into the glass, not into the coffee');
    expect(r.accepted).toBe(true);
    const pour = r.plan?.actions.find((a) => a.kind === 'pour');
    const glass = r.plan?.entities.find((e) => e.label === 'glass');
    expect(pour && 'into' in pour ? pour.into : undefined).toBe(glass?.id);
    // The glass is empty when the pour starts: the coffee is not made to stand in it.
    expect(r.plan?.stillLiquid).toBeUndefined();
    expect(JSON.stringify(r.plan?.actions)).not.toContain('coffee');
    const coffee = r.understanding?.words?.find((w) => w.word === 'coffee');
    expect(coffee?.depicted).toBe(false);
    expect(coffee?.reason).toMatch(/does not reach it/);
  });

  it('"not in slow motion" names no place: the negation of a place is read only for a thing or a liquid', () => {
    const r = readPrompt('a ball rolls, not in slow motion');
    expect(r.understanding?.notDepicted.join(' ')).not.toMatch(/does not reach/);
    expect(r.plan?.actions.map((a) => a.kind)).toEqual(['roll']);
  });

  it('"pours milk, not water, into the glass": the water is not wanted, never standing in the glass', () => {
    const r = readPrompt('she pours milk, not water, into the glass');
    expect(r.plan?.actions).toMatchObject([{ kind: 'pour', from: { liquid: 'milk' } }]);
    expect(r.plan?.stillLiquid).toBeUndefined();
    expect(r.understanding?.notDepicted).toEqual(['water (not wanted)']);
  });
});
