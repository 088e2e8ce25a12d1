// The things that do a verb: the subject just before it and everything joined to that subject by
// "and" ("an apple and an orange roll", "a man and a woman walk"). An action asks for them so that
// each one does the verb, or the understanding says which one does not.
import type { Draft } from './drafts';
import { tagWords, type PartOfSpeech } from './pos';
import { COLOR_WORDS, DETERMINERS, FILLER_ADJECTIVES, MATERIAL_WORDS, NUMBER_WORDS, SIZE_WORDS } from './modifier-words';

// Words that end a subject when walking back from its verb: a thing after one of these is where
// the verb happens or what it is done to ("the ball on the table rolls": the table does not).
const BREAKS = new Set(['on', 'in', 'at', 'into', 'onto', 'off', 'from', 'to', 'with', 'by', 'over', 'under', 'through', 'across', 'near', 'beside', 'behind', 'around', 'along', 'of', 'down', 'up', 'past', 'between', 'against', 'then', 'while', 'when', 'as', 'after', 'before', 'but', 'or', 'so', 'until', 'because', 'where', 'which', 'that', 'who', 'if']);
// Longest gap (words) from a noun's first word to its verb, or to the next noun it is joined to.
const MAX_GAP = 4;

// Words that open a clause, so a noun right after them (and its describing words) can be a subject.
const OPENERS = new Set(['and', 'then', 'while', 'when', 'as', 'after', 'before', 'but', 'so', 'until', 'because', 'once', 'if']);

const describes = (w: string): boolean =>
  DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || COLOR_WORDS[w] !== undefined || MATERIAL_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined || NUMBER_WORDS[w] !== undefined || /^\d+$/.test(w);

// The words strictly between two indices.
const gap = (words: readonly string[], from: number, to: number): readonly string[] => words.slice(from + 1, to);

// Whether the noun starting at `at` can be a subject: the prompt starts with it, or a clause does,
// or another noun stands right before it (a list whose commas are gone: "a ball a can and a
// pencil"). After a preposition it is a place ("sits on the table and an apple is dropped in"),
// after a verb what it is done to.
function opensClause(words: readonly string[], at: number, starts: ReadonlySet<number>): boolean {
  let k = at - 1;
  while (k >= 0 && describes(words[k] ?? '')) k--;
  if (k < 0 || OPENERS.has(words[k] ?? '')) return true;
  return [k, k - 1, k - 2].some((s) => starts.has(s)) && !BREAKS.has(words[k] ?? '');
}

// The drafts that are the verb's subject, in the order the prompt names them; [] when no thing
// stands right before the verb. `verbAt`: the verb's word index.
export function subjectsOf(words: readonly string[], drafts: readonly Draft[], verbAt: number): Draft[] {
  if (verbAt <= 0) return [];
  // Each named mention, by where its noun starts.
  const starts = drafts.flatMap((d) => d.mentions.filter((m) => m < verbAt).map((m) => ({ at: m, draft: d }))).sort((a, b) => b.at - a.at);
  const startSet = new Set(starts.map((s) => s.at));
  const last = starts[0];
  // Only the noun's own words and adverbs may stand between it and the verb.
  if (!last || verbAt - last.at > MAX_GAP || gap(words, last.at, verbAt).some((w) => BREAKS.has(w) || w === 'and')) return [];
  let tags: PartOfSpeech[] | null = null;
  const tagsOf = (): PartOfSpeech[] => (tags ??= tagWords(words));
  const out = [last.draft];
  let at = last.at;
  for (const prev of starts.slice(1)) {
    const between = gap(words, prev.at, at);
    // "an apple and an orange": the previous noun, "and", then the next one's describing words.
    // Without "and" (its commas gone), a list: only the first noun's own last word may come before
    // the next one's describing words, and never a verb ("a woman watches a man shoot").
    const listed = between.includes('and') || (between.slice(1).every(describes) && (between.length === 0 || describes(between[0] ?? '') || tagsOf()[prev.at + 1] === 'noun'));
    // A person right against a thing owns it ("the son's ball rolls": its "'s" is gone): not a subject.
    const owns = between.length === 0 && prev.draft.kind === 'person' && out[0]!.kind !== 'person';
    if (owns || !listed || between.length > MAX_GAP || between.some((w) => BREAKS.has(w)) || !opensClause(words, prev.at, startSet)) break;
    if (!out.includes(prev.draft)) out.unshift(prev.draft);
    at = prev.at;
  }
  return out;
}
