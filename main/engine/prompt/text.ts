// Text clean-up shared by every extractor: quoted speech is lifted out first (so "nice shot" said by
// a character does not make anyone shoot), then the rest is lower-cased and split into words.

export interface Quote {
  text: string;
  // The prompt text before and after this quote, for finding who says it.
  before: string;
  after: string;
}

export interface CleanText {
  // Lower-case words, punctuation removed, contractions expanded ("doesn't" -> "does not").
  words: string[];
  // The same words joined by single spaces, padded with a space at each end so phrase tests can
  // match whole words with `text.includes(' off the rim ')`.
  text: string;
  quotes: Quote[];
  // Indices of the words that carried a possessive "'s" ("his mother's vase": "mother").
  owners?: ReadonlySet<number>;
}

// Double quotes, curly quotes, and single quotes that open and close a phrase ("says 'hello there' to"):
// a single quote only counts when no letter touches its outside, so apostrophes ("don't", "the
// players' ball") are never taken for speech, and one inside the line ("'it's fine'") stays in it.
const QUOTE_PATTERN = /"([^"]*)"|\u201c([^\u201d]*)\u201d|(?<![\p{L}\p{N}])['\u2018]((?:[^'\u2018\u2019"]|(?<=\p{L})['\u2019](?=\p{L}))+?)['\u2019](?![\p{L}\p{N}])/gu;

export function extractQuotes(prompt: string): { rest: string; quotes: Quote[] } {
  const quotes: Quote[] = [];
  let rest = '';
  let last = 0;
  for (const m of prompt.matchAll(QUOTE_PATTERN)) {
    const start = m.index;
    const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    rest += `${prompt.slice(last, start)} , `;
    last = start + m[0].length;
    if (inner.length > 0) quotes.push({ text: inner, before: prompt.slice(0, start), after: prompt.slice(last) });
  }
  rest += prompt.slice(last);
  return { rest, quotes };
}

// Marks where a possessive "'s" stood, through the clean-up: letters the cleaner keeps and no prompt
// holds (as cameo-mentions.ts marks a cameo).
const OWNS = 'kinoraowns';

// Slips of the keyboard people make typing a prompt fast, in the short words every prompt has
// ("teh ball", "a cup adn a plate"): read as meant, never as an unknown thing.
const TYPOS: Record<string, string> = {
  teh: 'the', hte: 'the', adn: 'and', nad: 'and', taht: 'that', wiht: 'with', wtih: 'with', tabel: 'table', tbale: 'table',
};

// The words, and which of them carried an "'s" (a possessive, or "it's": which one only the words
// after it tell).
export function normalizeMarked(text: string): { words: string[]; owners: Set<number> } {
  const marked = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    // "there's a book": "there is", never a possessive.
    .replace(/\b(there|here|that|what|where|who)'s\b/g, '$1 is')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, OWNS)
    // Keep decimals ("2.5 seconds") and split glued units ("3s", "8sec", "10-second").
    .replace(/(\d)\s*-\s*(?=[a-z])/g, '$1 ')
    // (but "4k" is a resolution, not four seconds of something)
    .replace(/(\d)(?=[a-z])(?!k\b)/g, '$1 ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(' ');
  const words: string[] = [];
  const owners = new Set<number>();
  for (const m of marked) {
    const typed = m.replaceAll(OWNS, '');
    const w = TYPOS[typed] ?? typed;
    if (w.length === 0) continue;
    if (m.endsWith(OWNS)) owners.add(words.length);
    words.push(w);
  }
  return { words, owners };
}

export function normalizeWords(text: string): string[] {
  return normalizeMarked(text).words;
}

export function cleanText(prompt: string): CleanText {
  const { rest, quotes } = extractQuotes(prompt);
  const { words, owners } = normalizeMarked(rest);
  return { words, text: ` ${words.join(' ')} `, quotes, owners };
}

// True when any of the phrases occurs as whole words.
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => text.includes(` ${p} `));
}

// Word index of the last occurrence of any phrase, or -1.
export function lastPhraseIndex(words: readonly string[], phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    const parts = p.split(' ');
    for (let i = words.length - parts.length; i >= 0; i--) {
      if (parts.every((w, j) => words[i + j] === w)) {
        best = Math.max(best, i);
        break;
      }
    }
  }
  return best;
}

export function phraseIndices(words: readonly string[], phrases: readonly string[]): number[] {
  const found: number[] = [];
  for (const p of phrases) {
    const parts = p.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((w, j) => words[i + j] === w)) found.push(i);
    }
  }
  return found.sort((a, b) => a - b);
}
