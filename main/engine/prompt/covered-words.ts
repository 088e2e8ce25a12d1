// Which of the prompt's words Kinora read into the scene: the things it names (with their counts,
// colours, materials and sizes), the actions, the place, time, light, camera, speed and length.
// Everything else is either a function word or something the result does not show.
import type { AnyActionModule } from '../actions';
import type { SettingKind } from '../settings/types';
import { SETTING_FACTS } from '../settings/facts';
import type { Mention } from './entities';
import { STOPWORDS } from './lexicon';
import { SCENE_PHRASES } from './scene-words';
import { phraseIndices } from './text';
import { ARRANGEMENT_WORDS, COLOR_WORDS, DETERMINERS, FILLER_ADJECTIVES, MATERIAL_WORDS, NUMBER_WORDS, SIZE_WORDS } from './modifier-words';

const UNITS = new Set(['second', 'seconds', 'sec', 'secs', 's', 'minute', 'minutes', 'min', 'm', 'meter', 'meters', 'metre', 'metres', 'feet', 'foot', 'ft', 'cm']);

const isModifier = (w: string): boolean =>
  MATERIAL_WORDS[w] !== undefined || COLOR_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined || ARRANGEMENT_WORDS[w] !== undefined ||
  NUMBER_WORDS[w] !== undefined || /^\d+$/.test(w) || DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w);

export class Coverage {
  private readonly covered = new Set<number>();
  constructor(readonly words: readonly string[]) {}

  mark(from: number, to: number): void {
    for (let i = from; i < to; i++) this.covered.add(i);
  }

  markPhrases(phrases: readonly string[]): void {
    for (const p of phrases) {
      const n = p.split(' ').length;
      for (const at of phraseIndices(this.words, [p])) this.mark(at, at + n);
    }
  }

  // "slow motion" is a look, not a speed: never read as "slowly".
  unmarkPhrase(phrase: string): void {
    const n = phrase.split(' ').length;
    for (const at of phraseIndices(this.words, [phrase])) for (let i = at; i < at + n; i++) this.covered.delete(i);
  }

  unmark(i: number): void {
    this.covered.delete(i);
  }

  has(i: number): boolean {
    return this.covered.has(i);
  }

  // Words neither read nor a function word, by index.
  leftover(): number[] {
    return this.words.flatMap((w, i) => (this.covered.has(i) || STOPWORDS.has(w) ? [] : [i]));
  }
}

// A thing's name and the words in front of it that describe it; "made of steel" after it; a
// person's looks and top colour ("a woman in a red shirt", person-look.ts).
function markMention(c: Coverage, m: Mention): void {
  const w = c.words;
  c.mark(m.index, m.end);
  for (const j of [...(m.lookRead ?? []), ...(m.lookHidden?.read ?? [])]) c.mark(j, j + 1);
  for (let j = m.index - 1; j >= 0 && m.index - j <= 6 && isModifier(w[j] ?? ''); j--) c.mark(j, j + 1);
  if (w[m.end] === 'made' && (w[m.end + 1] === 'of' || w[m.end + 1] === 'from') && MATERIAL_WORDS[w[m.end + 2] ?? '']) c.mark(m.end, m.end + 3);
}

function markNumbers(c: Coverage): void {
  c.words.forEach((w, i) => {
    const unit = c.words[i + 1] ?? '';
    if ((NUMBER_WORDS[w] !== undefined || /^\d+(\.\d+)?$/.test(w)) && UNITS.has(unit)) c.mark(i, i + 2);
    if (w === 'half' && ['a', 'minute'].includes(unit)) c.mark(i, i + 3);
  });
}

export interface CoverageInput {
  words: readonly string[];
  mentions: readonly Mention[];
  // The action that was cast, whose own detail phrases are read.
  action: AnyActionModule | null;
  // The actions whose verbs the result shows (the cast one, and what physics does to moving things).
  shownActions: readonly AnyActionModule[];
  settingKind: SettingKind | null;
  // The setting the scene is in (named or not).
  sceneSetting: SettingKind;
}

export function coverWords(input: CoverageInput): Coverage {
  const c = new Coverage(input.words);
  for (const m of input.mentions) markMention(c, m);
  for (const m of input.shownActions) c.markPhrases(m.words.verbs);
  c.markPhrases(input.action?.words.details ?? []);
  c.markPhrases(SCENE_PHRASES);
  const named = SETTING_FACTS.find((s) => s.kind === input.settingKind);
  if (named) c.markPhrases(named.words);
  // What the place is heard as ("birdsong" in a forest) is shown by its ambience, and what it is
  // always furnished with by its picture.
  const scene = SETTING_FACTS.find((s) => s.kind === input.sceneSetting);
  c.markPhrases([...(scene?.heard ?? []), ...(scene?.furnished ?? [])]);
  markNumbers(c);
  c.unmarkPhrase('slow motion');
  return c;
}
