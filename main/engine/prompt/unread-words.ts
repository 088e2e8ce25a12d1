// How the honesty rules read a prompt's words: which Kinora read into the scene (coverage), which
// are left over, and the phrases a refusal or the panel names them by ("concrete stairs", "jumps
// over the fence").
import type { Coverage } from './covered-words';
import type { PartOfSpeech } from './pos';
import { NOT_STILL, STILL_VERBS, STYLE_WORDS } from './lexicon';
import { COLOR_WORDS, DETERMINERS, FILLER_ADJECTIVES, MATERIAL_WORDS, NUMBER_WORDS, SIZE_WORDS } from './modifier-words';

export const PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'onto', 'off', 'from', 'to', 'with', 'by', 'over', 'under', 'through', 'across', 'near', 'beside', 'behind', 'around', 'along', 'inside', 'outside', 'toward', 'towards', 'of', 'down', 'up', 'past', 'between', 'against', 'about', 'for']);

export interface Reading {
  words: readonly string[];
  tags: PartOfSpeech[];
  coverage: Coverage;
  leftover: number[];
  // The words that carried a possessive "'s" (CleanText.owners): said with it ("the chef's hat").
  owners?: ReadonlySet<number>;
}

// A word that describes the noun after it (never a noun or verb itself: "a glass falls").
export const describes = (w: string, tag: PartOfSpeech | undefined): boolean =>
  tag !== 'noun' && tag !== 'verb' && (DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || COLOR_WORDS[w] !== undefined || MATERIAL_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined || NUMBER_WORDS[w] !== undefined || tag === 'adjective');

// The noun phrase ending at index i ("a glass", "the old dog").
export function nounPhrase(r: Reading, i: number): string {
  let from = i;
  const owns = (k: number): boolean => r.owners?.has(k) ?? false;
  // An owner before it is part of it, with their own describing words ("the old man's hat").
  while (from > 0 && (describes(r.words[from - 1] ?? '', r.tags[from - 1]) || owns(from - 1)) && i - from < 4) from--;
  return r.words.slice(from, i + 1).map((w, k) => (owns(from + k) ? `${w}'s` : w)).join(' ');
}

// The verb at i with what it is done to or where ("jumps over the fence", "jumps into the pool",
// "jumps rope"): up to the first noun after it, through a preposition and describing words; the
// verb alone when no noun follows close by.
export function verbPhrase(r: Reading, i: number): string {
  let k = i + 1;
  if (PREPOSITIONS.has(r.words[k] ?? '')) k++;
  while (k < r.words.length && k - i <= 4 && describes(r.words[k] ?? '', r.tags[k])) k++;
  return r.tags[k] === 'noun' && k - i <= 5 ? r.words.slice(i, k + 1).join(' ') : r.words[i]!;
}

// Verbs the result does not show: a still verb is shown by standing; sitting is not.
export function unshownVerbs(r: Reading): number[] {
  return r.leftover.filter((i) => {
    const w = r.words[i] ?? '';
    return r.tags[i] === 'verb' && !STYLE_WORDS.has(w) && (!STILL_VERBS.has(w) || NOT_STILL.has(w));
  });
}

// Unread words as short phrases: describing words stay with the noun they describe ("concrete
// stairs"); a noun or a verb ends a phrase (the commas are gone, so "forest footsteps" is two).
export function phrases(r: Reading, indices: readonly number[]): string[] {
  const out: string[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(run.map((k) => r.words[k]).join(' '));
    run = [];
  };
  for (const i of indices) {
    if (run.length > 0 && i !== (run[run.length - 1] as number) + 1) flush();
    run.push(i);
    // Style words stand alone, except the two-word ones ("slow motion", "time lapse").
    const w = r.words[i] ?? '';
    const pairs = (w === 'slow' && r.words[i + 1] === 'motion') || (w === 'time' && r.words[i + 1] === 'lapse');
    if (!pairs && (!describes(w, r.tags[i]) || STYLE_WORDS.has(w))) flush();
  }
  flush();
  return [...new Set(out)];
}

// Where in the prompt's words the i-th listed noun or verb stands (the list skips other words).
export function wordIndex(r: Reading, i: number): number {
  let seen = -1;
  for (let at = 0; at < r.words.length; at++) {
    const kind = r.tags[at];
    if ((kind !== 'noun' && kind !== 'verb') || STYLE_WORDS.has(r.words[at]!) || r.words[at]!.length > 64) continue;
    seen++;
    if (seen === i) return at;
  }
  return -1;
}

// Whether a preposition stands between the verb and the thing ("falls from a tree").
export const placeWord = (r: Reading, verbAt: number, at: number): boolean => r.words.slice(verbAt + 1, at).some((w) => PREPOSITIONS.has(w));
