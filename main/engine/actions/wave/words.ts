// How prompts say someone waves: a hand raised and swung to greet or see someone off. "Waves" is
// also the sea's (elements/surf): it is a gesture only where a person does it ("a man waves",
// "says hello then waves", "waving goodbye"), never where waves are a thing ("the waves", "waves
// crash").
import { surfFacts } from '../../elements/surf/facts';
import { ACTION_VERBS, STILL_VERBS } from '../../prompt/lexicon';
import { DETERMINERS, PRONOUNS } from '../../prompt/modifier-words';
import { NOUNS } from '../../prompt/nouns';
import { PEOPLE } from '../../prompt/vocabulary';
import { SPEAK } from '../speak/words';

const FORMS = new Set(['wave', 'waves', 'waved', 'waving']);
export const WAVE = ['waves', 'wave', 'waved', 'waving', 'waves goodbye', 'waves hello'];
// Whom or what for: the greeting words a wave shows, the hand it waves with.
const GREETINGS = ['hello', 'goodbye', 'bye', 'hi', 'farewell'];
export const WAVE_DETAILS = [...GREETINGS, 'his hand', 'her hand', 'their hand', 'a hand', 'hand', 'his arm', 'her arm', 'their arm', 'back'];

// Words that may stand between the one who waves and the wave ("a man then waves", "she is
// waving", "a woman happily waves"), and the ones of them that join it to something they did first.
const JOINS = new Set(['and', 'then', 'while', 'as']);
const BETWEEN = new Set([...JOINS, 'is', 'are', 'was', 'also', 'just', 'happily', 'cheerfully', 'warmly', 'excitedly', 'briefly', 'quickly', 'slowly', 'gently', 'frantically', 'enthusiastically', 'back', 'who']);
// What a person may do first: say something, stand, walk...
const DOES = new Set([...SPEAK.flatMap((v) => v.split(' ')), ...ACTION_VERBS, ...STILL_VERBS].filter((w) => !FORMS.has(w)));
// What the sea's waves do right after their name ("waves crash"): those are never a gesture.
const SEA_VERBS = new Set(surfFacts.verbs.map((v) => v.split(' ')[0] as string));

// The last word of every noun for people, singular and plural ("kids", "women"): "two kids wave".
let personWords: ReadonlySet<string> | null = null;
function personWord(w: string): boolean {
  personWords ??= new Set(NOUNS.filter((n) => n.target.kind === 'person').flatMap((n) => [n.words.at(-1) ?? '', n.plural?.at(-1) ?? `${n.words.at(-1) ?? ''}s`]));
  return personWords.has(w);
}

// Whether the wave word at i is a person waving: its doer is a person or a pronoun for one (or a
// person in or with something), or it follows "and"/"then" after something a person did ("says
// hello then waves").
function gestureAt(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  if (SEA_VERBS.has(next)) return false;
  if (GREETINGS.includes(next)) return true;
  let j = i - 1;
  let joined = false;
  while (j >= 0 && BETWEEN.has(words[j] as string)) joined = JOINS.has(words[j--] as string) || joined;
  const doer = words[j] ?? '';
  if (DETERMINERS.has(doer)) return false;
  if (isPerson(doer)) return true;
  return (joined && DOES.has(doer)) || (!joined && personBefore(words, j));
}

const isPerson = (w: string): boolean => PEOPLE[w] !== undefined || personWord(w) || PRONOUNS[w] !== undefined || w === 'they' || w === 'who';

// Words that tie a thing to the person named before them ("a man in a raincoat", "a boy with a
// hat", "the woman by the car"), and the water the sea's waves are in ("a man in the sea waves": the
// sea's).
const TIES = new Set(['in', 'wearing', 'with', 'by', 'near', 'holding', 'on']);
const SEA_WORDS = new Set(['sea', 'ocean', 'water', 'surf', 'shore', 'bay', 'lake']);
const PHRASE_WORDS = 4;

// Whether the thing named at `at` is in a phrase about a person just before it ("a man in a red
// raincoat waves": the man waves, not the sea).
function personBefore(words: readonly string[], at: number): boolean {
  if (SEA_WORDS.has(words[at] ?? '')) return false;
  for (let k = at - 1; k >= Math.max(1, at - PHRASE_WORDS); k--) {
    if (TIES.has(words[k] ?? '')) return isPerson(words[k - 1] ?? '');
  }
  return false;
}

// The indices of the words that are a person waving.
export function waveGestures(words: readonly string[]): number[] {
  return words.flatMap((w, i) => (FORMS.has(w) && gestureAt(words, i) ? [i] : []));
}

// Whether the wave is at the camera (the viewer): then it faces the camera.
export const atCamera = (words: readonly string[], from: number): boolean => {
  const rest = ` ${words.slice(from, from + 6).join(' ')} `;
  return / (at|to|towards|toward|into) (the )?(camera|viewer|viewers|lens|us|you) /.test(rest);
};
