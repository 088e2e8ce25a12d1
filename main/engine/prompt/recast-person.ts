// "Put @alex in this prompt": the person the prompt is about becomes the cameo. Finds the first
// person the prompt names (a man, the tall player, @sam) and rewrites each place it is named ("a man
// shoots ... the man misses" -> "@alex shoots ... @alex misses"), leaving pronouns and every other
// word as typed. Word indices come from the same cleaning the parser uses, mapped back to the
// characters of the prompt token by token.
import { maskCameos, unmaskCameos } from './cameo-mentions';
import { resolveMentions } from './drafts';
import { findMentions, type Mention } from './entities';
import { cleanText, extractQuotes, normalizeWords } from './text';
import { COLOR_WORDS, DETERMINERS, FILLER_ADJECTIVES, SIZE_WORDS } from './modifier-words';

interface Span {
  start: number;
  end: number;
}

const describesPerson = (w: string): boolean => DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || COLOR_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined;

// The characters of each cleaned word (a token that cleans to two words maps both to itself), or
// null when the prompt is too unusual to map back safely.
function wordSpans(prompt: string, wordCount: number): Span[] | null {
  const quoted: Span[] = [...prompt.matchAll(/"[^"]*"|\u201c[^\u201d]*\u201d/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const spans: Span[] = [];
  for (const token of prompt.matchAll(/\S+/g)) {
    const span = { start: token.index, end: token.index + token[0].length };
    if (quoted.some((q) => span.start < q.end && span.end > q.start)) {
      // A quote counts as a comma between words; a token half in a quote is too odd to map.
      if (quoted.some((q) => span.start < q.start || span.end > q.end)) return null;
      continue;
    }
    const { masked } = maskCameos(token[0]);
    for (let k = normalizeWords(extractQuotes(masked).rest).length; k > 0; k--) spans.push(span);
  }
  return spans.length === wordCount ? spans : null;
}

// Where the noun phrase of a mention starts: back over "a", "the", "tall", "red"...
function phraseStart(words: readonly string[], m: Mention): number {
  let from = m.index;
  while (from > 0 && m.index - from < 4 && describesPerson(words[from - 1] ?? '')) from--;
  return from;
}

export function recastPerson(prompt: string, cameoName: string): string | null {
  const masked = maskCameos(prompt);
  const { clean, cameos } = unmaskCameos(cleanText(masked.masked), masked.names);
  const mentions = findMentions(clean.words).map((m) => (cameos.at.has(m.index) ? { ...m, cameo: cameos.at.get(m.index) as string } : m));
  const person = resolveMentions(mentions).find((d) => d.kind === 'person' && !d.implied);
  const spans = wordSpans(prompt, clean.words.length);
  if (!person || !spans) return null;
  const named = mentions.filter((m) => !m.pronoun && person.mentions.includes(m.index));
  let out = prompt;
  // From the end, so earlier character offsets stay valid.
  for (const m of [...named].sort((a, b) => b.index - a.index)) {
    const first = spans[phraseStart(clean.words, m)];
    const last = spans[m.end - 1];
    if (!first || !last) return null;
    // Keep what is glued to the last word ("man," keeps its comma).
    const tail = prompt.slice(first.start, last.end).match(/[^\p{L}\p{N}_-]+$/u)?.[0] ?? '';
    out = `${out.slice(0, first.start)}@${cameoName}${tail}${out.slice(last.end)}`;
  }
  return out;
}
