// How prompts say things go into a liquid, float or sink in it, and splash.
import { phraseIndices } from '../../prompt/text';

export const FLOAT = ['floats', 'float', 'floating', 'bobs', 'bobbing', 'stays afloat'];
export const SINK = ['sinks', 'sink', 'sinking', 'sank', 'sunk', 'goes under', 'goes to the bottom', 'to the bottom'];
export const INTO = ['drops into', 'dropped into', 'drop into', 'falls into', 'fall into', 'fell into', 'is dropped into', 'thrown into', 'tossed into', 'plunges into', 'splashes into', 'lands in', 'put into', 'placed in', 'dunked', 'dunks',
  // "a bowl of water ... an apple is dropped in": the liquid named before, "in" its particle.
  'dropped in', 'drops in', 'drop in', 'falls in', 'fall in', 'put in', 'goes in', 'go in', 'thrown in', 'tossed in'];
export const SPLASH = ['splashes', 'splash', 'splashing', 'making a splash', 'with a splash'];

export const IMMERSE = [...FLOAT, ...SINK, ...INTO, ...SPLASH];

// "drop the apple into the bowl of water", "he puts an egg into a glass of water": a verb that sends
// a thing, the thing named between it and "into" (a few words, within one clause). Throwing is the
// throw action's, which comes first.
const SENDS = ['drop', 'drops', 'dropped', 'dropping', 'put', 'puts', 'dip', 'dips', 'dipped', 'dunk', 'plunge', 'plunges', 'lower', 'lowers', 'lowered'];
const CLAUSE_ENDS = ['and', 'then', 'while', 'but'];
const INTO_WORDS = ['into', 'in'];
const GAP_WORDS = 5;

function sentInto(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (!SENDS.includes(words[i] ?? '')) continue;
    for (let j = i + 2; j <= Math.min(words.length - 1, i + GAP_WORDS) && !CLAUSE_ENDS.includes(words[j - 1] ?? ''); j++) if (INTO_WORDS.includes(words[j] ?? '')) return i;
  }
  return -1;
}

// Whether the prompt has someone send a thing into the liquid ("she drops a coin into the glass").
export const sentBySomeone = (words: readonly string[]): boolean => sentInto(words) >= 0;

// Where the prompt names things going into a liquid: its phrases, or a verb sending a thing into it.
export function findImmerse(words: readonly string[]): number {
  const found = [phraseIndices(words, IMMERSE)[0] ?? -1, sentInto(words)].filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

// The sending verbs are shown when the things go in ("into" is a function word).
export const SENT_INTO = SENDS;
