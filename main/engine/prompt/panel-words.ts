// The understanding panel's list: each noun and verb of the prompt and whether the result shows it,
// with why not where the simulation contradicts it ("the egg floats" where an egg sinks) or the
// prompt did not want it.
import { actionContradictions } from './clip-length';
import type { Understanding } from '../../contract/understanding';
import type { CastPrompt } from './cast-prompt';
import { doersReplaced } from './doer-words';
import { leftOutSubjects } from './left-out';
import { unshownLiquids } from './liquids-shown';
import { STOPWORDS, STYLE_WORDS } from './lexicon';
import type { Negation } from './negation';
import type { Reading } from './unread-words';

export type PanelWords = NonNullable<Understanding['words']>;

// Why a word the prompt negates is not shown: it was asked not to be.
export const NOT_WANTED = 'not wanted';
// Why a thing named where the action is not to go ("not into the coffee") is not shown: the scene
// keeps it out, so nothing can reach it.
const NOT_REACHED = 'the prompt says the action does not reach it: left out of the scene';

export const negatedReason = (negation: Negation, i: number): string => (negation.places?.has(i) ? NOT_REACHED : NOT_WANTED);

// Each noun and verb of the prompt (style words aside) and whether it was read into the result; an
// action verb the scene does not perform is not shown even where its words were read. A function
// word the tagger takes for a verb ("falls off the table": "off") carries no picture of its own,
// so it is never listed as not shown (as it is never among the unread words).
// A word the simulation contradicts is not shown either, and says why.
export function nounsAndVerbs(r: Reading, unperformed: ReadonlySet<number>, contradicted: ReadonlyMap<number, string>, negation: Negation): PanelWords {
  return r.words.flatMap((word, i) => {
    const kind = negation.negated.get(i) ?? r.tags[i];
    if ((kind !== 'noun' && kind !== 'verb') || STYLE_WORDS.has(word) || word.length > 64) return [];
    const reason = negation.negated.has(i) ? negatedReason(negation, i) : contradicted.get(i);
    // A standing-by verb ("watches") is shown by whoever does it: not when they are not there.
    const read = r.coverage.has(i) || (STOPWORDS.has(word) && !(kind === 'verb' && subjectUnread(r, i)));
    return [{ word, kind, depicted: read && !unperformed.has(i) && reason === undefined, ...(reason ? { reason } : {}) }];
  }).slice(0, 128);
}

// Whether the noun before word i (its subject) is one the result does not show ("a cat watches").
function subjectUnread(r: Reading, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && r.tags[k] !== 'noun') k--;
  return k >= 0 && r.leftover.includes(k);
}

const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'gets', 'got', 'being', 'been']);

// The prompt's words the cast actions will not bear out (physics decides: "the egg floats" where an
// egg sinks), by word index, with why.
// A verb phrase that starts with "is" ("is knocked over") is said by its verb, not by the "is".
// A doer Kinora has not got ("by a cat") whose push a hand makes is read, saying who does it instead.
export function contradictions(cast: CastPrompt, r: Reading): Map<number, string> {
  const { words } = r;
  const out = new Map<number, string>();
  for (const [i, reason] of doersReplaced(cast, words, r.tags, r.leftover)) {
    out.set(i, reason);
    r.coverage.mark(i, i + 1);
  }
  r.leftover = r.coverage.leftover();
  const verbOf = (at: number): number => (AUXILIARY.has(words[at] ?? '') && at + 1 < words.length ? at + 1 : at);
  for (const c of actionContradictions(cast)) out.set(verbOf(c.at), c.reason);
  for (const [at, reason] of leftOutSubjects(cast)) out.set(at, reason);
  for (const [at, reason] of unshownLiquids(cast, words)) if (!out.has(at)) out.set(at, reason);
  return out;
}
