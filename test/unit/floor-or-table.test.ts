// Where small things stand is decided once (actions/shared/hand-words.ts: onTheFloor, implyTable):
// a table is added when a person does a tabletop action, a liquid spills or a named hand (or the
// viewer's) acts on them, unless the prompt puts them on the floor (on or across the floor, ground,
// rug or carpet, or a thing that stands there: a chair, a shelf). Checked on the plans, with where
// the thing stands: on the table's top or on the floor.
import { describe, expect, it } from 'vitest';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { tableGeometry } from '../../main/engine/simulate/fixtures';

const where = (prompt: string): { table: boolean; lowestM: number; topM: number } => {
  const plan = readPrompt(prompt, { durationSec: 3, width: 160, height: 90 }).plan!;
  const table = plan.entities.find((e) => e.kind === 'table');
  const things = plan.entities.filter((e) => e.kind === 'object' || e.kind === 'box');
  const lowestM = Math.min(...things.map((e) => e.position[1] - (e.kind === 'box' ? (e.size[1] ?? 0.05) : 0)));
  return { table: Boolean(table), lowestM, topM: table ? tableGeometry(table).topY : 0 };
};

describe('on the floor or on a table', () => {
  for (const prompt of ['a hand pushes the cup', 'she knocks over the glass', 'milk spills', 'an egg sinks in a glass of water', 'you push the cup']) {
    it(`"${prompt}": a table is implied and the things stand on it`, () => {
      const w = where(prompt);
      expect(w.table, prompt).toBe(true);
      expect(w.lowestM, prompt).toBeGreaterThan(w.topM - 0.01);
    });
  }
  for (const prompt of ['milk spills on the floor', 'she knocks over the glass on the rug', 'a man slides a cup across the floor', 'she pushes the chair', 'a row of dominoes falls', 'an egg sinks in a glass of water on the floor']) {
    it(`"${prompt}": no table, the things are on the floor`, () => {
      const w = where(prompt);
      expect(w.table, prompt).toBe(false);
      expect(w.lowestM, prompt).toBeLessThan(0.5);
    });
  }
});
