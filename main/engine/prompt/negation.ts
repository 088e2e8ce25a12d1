// The negation reader: which of the prompt's nouns and verbs it says are not wanted ("no rain",
// "without a ball", "the dominoes do not fall", "never stops"). The reading masks those words before
// it looks for things, elements and verbs, so a negated word never casts what it names; the judge
// lists them as not wanted, and refuses where the scene would show one anyway (physics decides a
// bounce, a beach always has its surf).
import { ACTIONS } from '../actions';
import type { ActionKind } from '../actions/types';
import { phraseIndices } from './text';
import type { PartOfSpeech } from './pos';
import { tagSentence } from './verb-slot';
import { DETERMINERS, FILLER_ADJECTIVES } from './modifier-words';
import { findVerbs } from './verbs';
import { namesThing } from './entities';
import { LIQUID_NAMES } from '../liquids/catalog';

export interface Negation {
  // Word index of each negated noun or verb, and which it is.
  negated: ReadonlyMap<number, 'noun' | 'verb'>;
  // The negating word of each negated word ("no", "not", "without", "never"): read, so never "not
  // depicted", and quoted with it when Kinora cannot honour it.
  cueOf: ReadonlyMap<number, number>;
  // The actions a negated verb names ("fall": a fall, a domino run): none of them may be cast.
  kinds: ReadonlySet<ActionKind>;
  // The negated nouns named as where the action does not go ("not into the coffee"): not unwanted
  // things, and the panel says so.
  places?: ReadonlySet<number>;
}

const NOUN_CUES = new Set(['no', 'without']);
const VERB_CUES = new Set(['not', 'never', 'without']);
// Two-word cues that name the thing not wanted after them ("a glass rather than a cup", "a ball
// instead of a can"): the cue is their first word, what they negate starts after the second.
const NOUN_CUE_PAIRS: Record<string, string> = { rather: 'than', instead: 'of' };
const pairAt = (words: readonly string[], at: number): boolean => NOUN_CUE_PAIRS[words[at] ?? ''] === words[at + 1];
// Words between a cue and what it negates ("not even", "no more", "does not really").
const SKIPPED = new Set(['even', 'really', 'ever', 'at', 'all', 'any', 'more', 'longer', 'quite', 'yet', 'actually', 'be', 'being', 'been', 'get', 'gets', 'have', 'has']);
// "Nobody", "no one": negates a person no prompt casts, not a thing Kinora would show.
const NOT_A_THING = new Set(['one', 'body', 'matter', 'doubt', 'way', 'time']);
// Joins another negated word to the same cue ("no rain or wind", "does not fall or break").
const JOINS = new Set(['or', 'nor']);
// Where an action goes, after "not" ("not into the coffee", "not onto the floor").
const PLACE_WORDS = new Set(['into', 'onto', 'in', 'on', 'at', 'to', 'toward', 'towards', 'over', 'under', 'off', 'from', 'near', 'beside', 'behind', 'across']);
const afterAuxiliary = (words: readonly string[], at: number): boolean => AUXILIARIES.has(words[at - 1] ?? '');
const AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'can', 'could', 'would', 'should', 'must', 'may', 'might', 'shall']);

// The negated words after a cue at `at`, of the part of speech it negates ("no" a noun, "not" a verb
// or, through an article, a noun: "there is not a cloud").
function scopeOf(words: readonly string[], tags: readonly PartOfSpeech[], at: number): Map<number, 'noun' | 'verb'> & { place?: boolean } {
  const out: Map<number, 'noun' | 'verb'> & { place?: boolean } = new Map();
  const pair = pairAt(words, at);
  const cue = pair ? 'no' : (words[at] ?? '');
  let i = at + (pair ? 2 : 1);
  while (SKIPPED.has(words[i] ?? '')) i++;
  const skipped = i - at - 1;
  if (NOT_A_THING.has(words[i] ?? '')) return out;
  // "without spilling": a verb; "without a lid": a noun. After "does not", "will not", "never",
  // a verb whatever the tagger says ("does not wave": not the sea's waves).
  // "into the glass, not into the coffee": a place the action is not to reach; the thing named there
  // is what is negated (the pour never goes into it).
  const place = VERB_CUES.has(cue) && !afterAuxiliary(words, at) && PLACE_WORDS.has(words[i] ?? '');
  if (place) {
    i++;
    out.place = true;
  }
  const word = words[i] ?? '';
  const afterAux = AUXILIARIES.has(words[at - 1] ?? '') || cue === 'never';
  const verbFirst = VERB_CUES.has(cue) && !DETERMINERS.has(word) && (tags[i] === 'verb' || (cue === 'without' && word.endsWith('ing')) || (cue !== 'without' && afterAux));
  // "milk, not water": a liquid or a thing Kinora knows named right after "not" is the thing.
  const thingFirst = cue === 'not' && !afterAux && tags[i] !== 'verb' && (LIQUID_NAMES.has(word) || namesThing(words, i));
  const want: 'noun' | 'verb' = place || thingFirst ? 'noun' : verbFirst ? 'verb' : NOUN_CUES.has(cue) || DETERMINERS.has(word) ? 'noun' : 'verb';
  for (;;) {
    if (want === 'noun') {
      const from = i;
      while (i - from < 4 && tags[i] !== 'noun' && (DETERMINERS.has(words[i] ?? '') || FILLER_ADJECTIVES.has(words[i] ?? '') || tags[i] === 'adjective')) i++;
      // The word after an article or a describing word is the thing, whatever the tagger says ("not a can").
      // So is a thing Kinora names right after the cue ("no can": not the verb "can").
      const head = tags[i] === 'noun' || (i > from && tags[i] === 'other' && !JOINS.has(words[i] ?? '')) || namesThing(words, i);
      if (!head || i >= words.length) return out;
      // (a place is a thing or a liquid Kinora knows: "not in slow motion" is no place)
      if (out.place && !namesThing(words, i) && !LIQUID_NAMES.has(words[i] ?? '')) return out;
      out.set(i++, 'noun');
      // A compound names one thing ("no rain drops", "no coffee cup"): the whole of it.
      while (tags[i] === 'noun') out.set(i++, 'noun');
    } else {
      if (tags[i] !== 'verb' && !(verbFirst && i === at + 1 + skipped)) return out;
      out.set(i++, 'verb');
    }
    if (!JOINS.has(words[i] ?? '')) return out;
    i++;
  }
}

// The actions the negated verbs name: the verb finder run on each negated verb with the two words
// after it (a phrase: "knock over"), the rest of the prompt masked.
function kindsAt(words: readonly string[], at: number): Set<ActionKind> {
  const alone = words.map((w, i) => (i >= at && i <= at + 2 ? w : '_'));
  return new Set([...findVerbs(alone).at].flatMap(([action, i]) => (i === at ? [action] : [])));
}

function negatedKinds(words: readonly string[], negated: ReadonlyMap<number, 'noun' | 'verb'>): Set<ActionKind> {
  return new Set([...negated].flatMap(([at, kind]) => (kind === 'verb' ? [...kindsAt(words, at)] : [])));
}

// The negated words an action the prompt names reads as its own detail ("the shot does not go in":
// a miss; "wobbles but does not fall": a gentle tip): theirs, not unwanted.
function readByActions(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const m of ACTIONS) {
    for (const i of m.words.negations?.(words) ?? []) out.add(i);
    const named = m.words.find ? m.words.find(words) >= 0 : phraseIndices(words, m.words.verbs).length > 0;
    if (!named) continue;
    for (const phrase of m.words.details ?? []) {
      const parts = phrase.split(' ');
      if (!parts.some((w) => NOUN_CUES.has(w) || VERB_CUES.has(w))) continue;
      for (const at of phraseIndices(words, [phrase])) parts.forEach((_, k) => out.add(at + k));
    }
  }
  return out;
}

export function readNegation(words: readonly string[]): Negation {
  const tags = tagSentence(words);
  const theirs = readByActions(words);
  const negated = new Map<number, 'noun' | 'verb'>();
  const cueOf = new Map<number, number>();
  const places = new Set<number>();
  words.forEach((w, at) => {
    if (!NOUN_CUES.has(w) && !VERB_CUES.has(w) && !pairAt(words, at)) return;
    const scope = scopeOf(words, tags, at);
    if (scope.size === 0 || [...scope.keys()].some((i) => theirs.has(i))) return;
    for (const [i, kind] of scope) {
      negated.set(i, kind);
      cueOf.set(i, at);
      if (scope.place) places.add(i);
    }
  });
  return { negated, cueOf, kinds: negatedKinds(words, negated), places };
}

// The words with the negated ones masked (indices kept), for the readers of things, elements and verbs.
export const maskNegated = (words: readonly string[], negation: Negation): string[] => words.map((w, i) => (negation.negated.has(i) ? '_' : w));

// What the scene shows in spite of a negation, as the refusal that says so, or null when every
// negation is honoured. `acted`: the kinds the scene performs (with the outcomes physics may bring
// when anything moves); `elements` and `labels`: the world's elements and things it holds.
// The quoted negation of a negated word, with its auxiliary ("does not bounce", "no rain").
function said(words: readonly string[], negation: Negation, i: number): string {
  const cue = negation.cueOf.get(i) ?? i;
  return `"${words.slice(AUXILIARIES.has(words[cue - 1] ?? '') ? cue - 1 : cue, i + 1).join(' ')}"`;
}

// Why a prompt is refused when what it negates was all the scene would have had ("a quiet street,
// no rain": an empty street), or null when it negates nothing.
export function nothingLeft(words: readonly string[], negation: Negation, place: string): string | null {
  const first = [...negation.negated.keys()][0];
  if (first === undefined) return null;
  return `Kinora shows a ${place} only with something in it or happening there, and with ${said(words, negation, first)} this prompt leaves nothing.`;
}

export function notHonoured(words: readonly string[], negation: Negation, acted: ReadonlySet<ActionKind>, elementWords: readonly string[], labels: readonly string[]): string | null {
  const quote = (i: number): string => said(words, negation, i);
  const one = (w: string): string => w.replace(/(?<!s)s$/, '');
  for (const [i, kind] of negation.negated) {
    const w = words[i] ?? '';
    if (kind === 'verb' && [...acted].some((k) => kindsAt(words, i).has(k))) {
      return `Kinora cannot honour ${quote(i)} yet: in the scene it would make, that happens anyway (physics decides it).`;
    }
    if (kind !== 'noun') continue;
    if (elementWords.includes(w)) return `Kinora cannot honour ${quote(i)} yet: the place it would show always has ${w}. Try another place.`;
    const thing = labels.find((l) => one(l.split(' ').at(-1) ?? '') === one(w));
    if (thing) return `Kinora cannot honour ${quote(i)} yet: what the prompt asks for needs the ${thing}.`;
  }
  return null;
}
