// "A domino falls and knocks over the next one", "one glass breaks, then another": a reference to
// one more thing of the kind named just before, read as a mention of that kind (drafts.ts decides
// whether it is a new thing or one of a group already named: "two balls... the other one").
import type { Mention } from './entities';
import { STOPWORDS } from './lexicon';

// Longest first, so "the next one" is read whole before "the next".
const REFERENCES = [['the', 'next', 'one'], ['the', 'other', 'one'], ['another', 'one'], ['the', 'next'], ['the', 'other'], ['another']];

// The length of the reference phrase starting at word i, or 0. A short one must end its phrase
// ("knocks over the next", "then another falls" is not: "another falls"): "the next day", "another
// cat" are not references.
function referenceAt(words: readonly string[], i: number): number {
  // "One after another", "next to one another": an order, not a thing.
  if (words[i] === 'another' && (words[i - 1] === 'after' || words[i - 1] === 'one')) return 0;
  for (const ref of REFERENCES) {
    if (!ref.every((w, k) => words[i + k] === w)) continue;
    const after = words[i + ref.length];
    if (ref[ref.length - 1] === 'one' || after === undefined || STOPWORDS.has(after)) return ref.length;
  }
  return 0;
}

// Things a scene may hold more than one of (one table, one hoop: "off the table, then another" is
// another glass).
const MANY = new Set(['ball', 'box', 'object']);

// The mentions with one added at each reference, of the kind of the last thing (not a person, nor
// the place's one table or hoop) named before it.
export function withSameKind(words: readonly string[], mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i < words.length; i++) {
    if (out.some((m) => i >= m.index && i < m.end)) continue;
    const n = referenceAt(words, i);
    const before = [...out].filter((m) => m.end <= i && MANY.has(m.target.kind)).sort((a, b) => b.end - a.end)[0];
    if (n === 0 || !before) continue;
    out.push({ ...before, index: i, end: i + n, count: 1, plural: false, arrangement: null, definite: false, pronoun: false, another: true });
    i += n - 1;
  }
  return out.sort((a, b) => a.index - b.index);
}
