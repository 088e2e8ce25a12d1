// "@alex" in a prompt: a cameo plays a person. The name is lifted out before the words are cleaned
// (a name may hold capitals, digits or accents the word cleaner drops) and stands in the sentence as
// the plain noun "person", so every other rule reads "@alex shoots" as it reads "a person shoots";
// the mention at that word then carries the cameo's name.
import { CAMEO_MENTION_PATTERN } from '../../contract/cameo-use';
import type { CleanText } from './text';

// A placeholder word the cleaner keeps whole (letters only) and no prompt ever holds.
const MARK = 'kinoracameo';
const MARK_WORD = new RegExp(`^${MARK}([a-z]+)$`);

export interface CameoWords {
  // Word index (in the cleaned words) -> the cameo's name as typed after "@".
  at: Map<number, string>;
  // The names in the order the prompt first names them, each once.
  names: string[];
}

// Base-26 letters: 0 -> "a", 25 -> "z", 26 -> "ba"...
function letters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

function fromLetters(s: string): number {
  let n = 0;
  for (const c of s) n = n * 26 + (c.charCodeAt(0) - 97);
  return n;
}

// The prompt with every "@name" replaced by a placeholder word, and the names by placeholder number.
export function maskCameos(prompt: string): { masked: string; names: string[] } {
  const names: string[] = [];
  const masked = prompt.replace(CAMEO_MENTION_PATTERN, (_all, name: string) => {
    names.push(name);
    return ` ${MARK}${letters(names.length - 1)} `;
  });
  return { masked, names };
}

// Reads the placeholders back out of the cleaned text: each becomes "person" in the words, the
// quoted lines get their "@name" back, and the cameo's word indices are returned.
export function unmaskCameos(clean: CleanText, names: readonly string[]): { clean: CleanText; cameos: CameoWords } {
  const at = new Map<number, string>();
  const words = clean.words.map((w, i) => {
    const m = MARK_WORD.exec(w);
    const name = m ? names[fromLetters(m[1] ?? '')] : undefined;
    if (name === undefined) return w;
    at.set(i, name);
    return 'person';
  });
  const restore = (text: string): string => text.replace(new RegExp(`\\s*${MARK}([a-z]+)\\s*`, 'g'), (_all, l: string) => ` @${names[fromLetters(l)] ?? ''} `).trim();
  const quotes = clean.quotes.map((q) => ({ text: restore(q.text), before: restore(q.before), after: restore(q.after) }));
  const unique = [...new Set(at.values())];
  return { clean: { words, text: ` ${words.join(' ')} `, quotes, ...(clean.owners ? { owners: clean.owners } : {}) }, cameos: { at, names: unique } };
}

// Two mentions name the same cameo when their names match ignoring case, as the library's names do.
export const sameCameo = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
