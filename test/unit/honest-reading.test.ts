// Misreadings of everyday prompts (issue 11, honest words), each fixed where it started in the
// prompt reader: the panel's nouns and verbs and the plan's things and actions say what was typed.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { at } from '../helpers/trace-points';

type Reading = ReturnType<typeof readPrompt>;
const words = (r: Reading) => (r.understanding?.words ?? []).map((w) => `${w.word}/${w.kind}${w.depicted ? '' : ` (${w.reason ?? 'not shown'})`}`);
const labels = (r: Reading) => (r.plan?.entities ?? []).map((e) => e.label);
const kinds = (r: Reading) => (r.plan?.actions ?? []).map((a) => a.kind);

describe('a word that can be a noun or a verb is read by its place in the sentence', () => {
  it('"a vase rocks on the table": rocks is the verb (a gentle tip), not stones', () => {
    const r = readPrompt('a vase rocks on the table');
    expect(words(r)).toEqual(['vase/noun', 'rocks/verb', 'table/noun']);
    expect(labels(r)).toEqual(['vase', 'table']);
    expect(kinds(r)).toEqual(['tip']);
  });

  it('the vase that rocks moves and settles back upright (a rock, not a fall)', async () => {
    const plan = readPrompt('a vase rocks on the table', { durationSec: 3 }).plan!;
    const vase = plan.entities.find((e) => e.label === 'vase')!;
    const trace = await simulate(plan, 1);
    const last = trace.frames.length - 1;
    const heights = trace.frames.map((_, f) => at(trace, vase.id, f)[1]!);
    const start = heights[0]!;
    // Lifted on its rim as it rocks (its centre rises), then standing again where it stood.
    expect(Math.max(...heights) - start).toBeGreaterThan(0.001);
    expect(Math.abs(heights[last]! - start)).toBeLessThan(0.002);
  }, 60_000);

  it('after a verb, or with an article, "rocks" is still the thing', () => {
    expect(labels(readPrompt('a man throws rocks'))).toEqual(['man', 'stone', 'stone', 'stone']);
    expect(labels(readPrompt('two rocks fall off the table'))).toEqual(['stone', 'stone', 'table']);
  });

  it('"three kids watch": watch is their verb on the panel', () => {
    expect(words(readPrompt('three kids watch'))).toEqual(['kids/noun', 'watch/verb']);
  });
});

describe('what the prompt says is not wanted, after a comma or in "rather than"', () => {
  it.each([
    ['a glass rather than a cup falls off the table', 'cup', ['glass', 'table'], 'fall'],
    ['a glass instead of a cup falls off the table', 'cup', ['glass', 'table'], 'fall'],
    ['a ball, not a can, rolls down the ramp', 'can', ['ball', 'ramp'], 'roll'],
    ['no can, just a ball rolls', 'can', ['ball'], 'roll'],
  ])('%s: no %s is cast, and the panel says so', (prompt, unwanted, things, action) => {
    const r = readPrompt(prompt);
    expect(labels(r)).toEqual(things);
    expect(kinds(r)).toEqual([action]);
    expect(words(r)).toContain(`${unwanted}/noun (not wanted)`);
    expect(r.understanding?.notDepicted).toEqual([`${unwanted} (not wanted)`]);
  });

  it('"no can, just a ball rolls": rolls is the verb, can is not', () => {
    expect(words(readPrompt('no can, just a ball rolls'))).toEqual(['can/noun (not wanted)', 'ball/noun', 'rolls/verb']);
  });
});

describe('people named together are each cast and listed', () => {
  it.each([
    ['The man and the woman watch', ['man', 'woman'], ['man (standing by)', 'woman (standing by)']],
    ['the man and the kid watch', ['man', 'kid'], ['man (standing by)', 'kid (standing by)']],
    ['a man and two women watch', ['man', 'woman', 'woman'], ['man (standing by)', '2 women (standing by)']],
    ['three kids watch', ['kid', 'kid', 'kid'], ['3 kids (standing by)']],
    ['a man walks in the park and the woman watches', ['man', 'woman'], ['man (walks)', 'woman (standing by)']],
  ])('%s', (prompt, people, who) => {
    const r = readPrompt(prompt);
    expect(labels(r)).toEqual(people);
    expect(r.understanding?.who).toEqual(who);
    // Each stands in its own place, not on another.
    const xs = (r.plan?.entities ?? []).map((e) => e.position[0]);
    expect(new Set(xs).size).toBe(people.length);
  });

  it('a later name for the one person already there is still that person', () => {
    expect(labels(readPrompt('a basketball player dribbles and the shooter shoots'))).toEqual(['basketball player', 'basketball', 'hoop']);
  });
});
