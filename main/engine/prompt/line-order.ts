// Whether a quoted line is said before or after the scene's action, by the prompt's word order:
// `says "watch this" then shoots` and `before shooting, says "watch this"` put the line first;
// `shoots, then says "nice"` and `says "nice" after the shot` put it after. A line with no order
// word next to it is placed as it always was (null).
import { SPEAK } from '../actions/speak/words';
import { normalizeWords, type Quote } from './text';
import { PEOPLE } from './vocabulary';

export type LineOrder = 'before-action' | 'after-action';

const SPEAK_WORDS = new Set(SPEAK.flatMap((v) => v.split(' ')));
// Words that only join the quote to what follows it, or say who is spoken to ("to his friend").
const FILLER = new Set(['and', 'then', 'he', 'she', 'they', 'it', 'to', 'at', 'the', 'a', 'an', 'his', 'her', 'their', 'out', 'loudly', 'quietly']);
// "then", "before" and "after" must come within this many words of the quote to be about it.
const NEAR_WORDS = 5;
// After a line, these put it before what follows.
const ORDER_FIRST = new Set(['then', 'before', 'afterwards']);

// The prompt's words between this quote and the next one (or the end).
function wordsAfter(q: Quote): string[] {
  return normalizeWords(q.after.split(/["\u201c\u201d]/)[0] ?? '');
}

// The prompt's words between the previous quote (or the start) and this one.
function wordsBefore(q: Quote): string[] {
  const parts = q.before.split(/["\u201c\u201d]/);
  return normalizeWords(parts[parts.length - 1] ?? '');
}

// A clause that goes straight on to another spoken line ("then she says", "then the coach
// shouts") orders the lines among themselves, not a line against the action.
function speaksNext(words: readonly string[], from: number): boolean {
  for (const w of words.slice(from, from + 3)) {
    if (SPEAK_WORDS.has(w)) return true;
    if (!FILLER.has(w) && !PEOPLE[w]) return false;
  }
  return false;
}

// After the quote: `"watch this" then shoots`, `"watch this" before he shoots` (line first),
// `"nice" after the ball goes in` (line after).
function orderAfterQuote(words: readonly string[]): LineOrder | null {
  for (let i = 0; i < Math.min(words.length, NEAR_WORDS); i++) {
    const w = words[i] as string;
    if (ORDER_FIRST.has(w) && !speaksNext(words, i + 1)) return 'before-action';
    if (w === 'after' && !speaksNext(words, i + 1)) return 'after-action';
    // Whom it is said to ("to her friend", "at the old man"): up to three words passed over.
    if (w === 'to' || w === 'at') while (i + 1 < words.length && i < 4 && !ORDER_FIRST.has(words[i + 1] as string) && words[i + 1] !== 'after') i++;
    else if (!FILLER.has(w)) return null;
  }
  return null;
}

// Before the quote: `shoots and then says`, `after the shot he says` (line after), `before
// shooting, she says` (line first). Only when something else happens in the clause, so that
// `says "hi" then says "bye"` keeps both lines where they were.
function orderBeforeQuote(words: readonly string[]): LineOrder | null {
  const verb = words.findLastIndex((w) => SPEAK_WORDS.has(w));
  if (verb < 0) return null;
  const lead = words.slice(0, verb);
  if (lead[0] === 'before') return 'before-action';
  if (lead[0] === 'after' || lead[0] === 'afterwards') return 'after-action';
  const near = lead.slice(-NEAR_WORDS);
  if (!near.some((w) => w === 'then' || w === 'afterwards' || w === 'after')) return null;
  const happens = lead.some((w) => !FILLER.has(w) && !PEOPLE[w] && w !== 'after' && w !== 'afterwards');
  return happens ? 'after-action' : null;
}

export function lineOrder(q: Quote): LineOrder | null {
  return orderAfterQuote(wordsAfter(q)) ?? orderBeforeQuote(wordsBefore(q));
}
