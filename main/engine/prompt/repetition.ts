// How many times the prompt asks for its action: "twice", "three times", "again", "over and over".
// The understanding lists the words as not shown, with why, never silently dropped ("a ball bounces
// twice": it bounces as physics has it, and says so).
import { MAX_REPEATS } from '../../contract/format';
import { NUMBER_WORDS } from './modifier-words';

export { MAX_REPEATS };

export interface Repetition {
  // Word indices [from, to) of the phrase.
  from: number;
  to: number;
  // How many times in all (the first time included); null for "again and again", "repeatedly".
  count: number | null;
}

// Phrases with the count they mean. "Again" says it happened before: once more is twice in all.
const PHRASES: readonly (readonly [string, number | null])[] = [
  ['again and again', null], ['over and over', null], ['over and over again', null], ['repeatedly', null], ['time after time', null],
  ['one more time', 2], ['once more', 2], ['once again', 2], ['again', 2], ['twice', 2], ['thrice', 3],
];

// "3 times", "three times" (not "three seconds"): the number word before "times".
function countedTimes(words: readonly string[], i: number): number | null {
  const w = words[i - 1] ?? '';
  const n = NUMBER_WORDS[w] ?? (/^\d+$/.test(w) ? Number(w) : undefined);
  return words[i] === 'times' && words[i + 1] !== 'as' && n !== undefined && n >= 1 ? n : null;
}

// The first repetition phrase the prompt holds, longest phrase first, or null.
export function readRepetition(words: readonly string[]): Repetition | null {
  for (let i = 0; i < words.length; i++) {
    const n = countedTimes(words, i);
    if (n !== null) return { from: i - 1, to: i + 1, count: n };
    for (const [phrase, count] of [...PHRASES].sort((a, b) => b[0].length - a[0].length)) {
      const parts = phrase.split(' ');
      // "comes back again" is a return, not a second time.
      if (phrase === 'again' && words[i - 1] === 'back') continue;
      // "twice as fast", "three times as big": a measure, not a second time.
      if (words[i + parts.length] === 'as') continue;
      if (parts.every((p, k) => words[i + k] === p)) return { from: i, to: i + parts.length, count };
    }
  }
  return null;
}

// How many times in all the prompt asks for its action (1 when it does not say; "over and over":
// as many as an action may repeat).
export function timesAsked(words: readonly string[]): number {
  const r = readRepetition(words);
  return r === null ? 1 : Math.min(r.count ?? MAX_REPEATS, MAX_REPEATS);
}

// "once", "twice", "3 times", as the understanding says how often something is done.
export const timesSaid = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
