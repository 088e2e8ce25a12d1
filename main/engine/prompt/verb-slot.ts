// A word that can be a noun or a verb is read by its place in the sentence: right after a subject,
// in a clause with no verb yet, it is the verb ("a vase rocks on the shelf": it rocks, it is not
// stones; "the man and the woman watch": they watch, not a wristwatch). The tagger alone cannot
// know which of Kinora's nouns double as its verbs, and the noun finder alone cannot see the verb.
import { ACTIONS } from '../actions';
import { namesThing, type Mention } from './entities';
import { DETERMINERS } from './modifier-words';
import { ACTION_VERBS, STILL_VERBS } from './lexicon';
import { tagWords, type PartOfSpeech } from './pos';

// Words that start a new clause, whose subject comes after them ("he pushes it and it rocks").
const CLAUSE_STARTS = new Set(['and', 'but', 'then', 'while', 'when', 'as', 'after', 'before', 'until', 'so', 'because', 'where', 'which', 'that', 'who', 'if', 'once']);
// Subject pronouns a verb can follow ("it rocks"); the people's own (he, she) are mentions.
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i', 'both', 'all', 'one', 'ones', 'rest', 'others']);
// Adverbs allowed between a subject and its verb ("a vase gently rocks", "the kids just watch").
const isAdverb = (w: string): boolean => w.endsWith('ly') || ['just', 'then', 'also', 'still', 'slowly', 'almost', 'only', 'never', 'always'].includes(w);

// The single words Kinora reads as verbs somewhere: every action's own, the everyday actions it
// knows by name, and standing by. Built on first use (the action table imports this layer's peers).
let verbWords: ReadonlySet<string> | null = null;
// "Is", "are": they carry the verb after them ("a coin is flicked"), never a picture of their own.
const COPULAS = new Set(['is', 'are', 'was', 'were']);
export function canBeVerb(word: string): boolean {
  verbWords ??= new Set([...ACTIONS.flatMap((m) => m.words.verbs.filter((v) => !v.includes(' '))), ...ACTION_VERBS, ...STILL_VERBS].filter((w) => !COPULAS.has(w)));
  return verbWords.has(word);
}

// Whether the word at i stands where its clause's verb goes. `subjectEnds(j)`: whether a subject
// (a thing or a person) ends at word j.
function inVerbSlot(words: readonly string[], tags: readonly PartOfSpeech[], i: number, subjectEnds: (j: number) => boolean): boolean {
  // A verb right after it makes it part of the subject ("ocean waves roll").
  if (!canBeVerb(words[i] ?? '') || tags[i + 1] === 'verb') return false;
  let j = i - 1;
  while (j >= 0 && isAdverb(words[j] ?? '')) j--;
  if (j < 0 || !(subjectEnds(j) || SUBJECT_PRONOUNS.has(words[j] ?? ''))) return false;
  for (let k = j; k >= clauseStart(words, tags, j) && !CLAUSE_STARTS.has(words[k] ?? ''); k--) if (tags[k] === 'verb') return false;
  return true;
}

// Where the clause of the subject ending at j starts, as far as the words tell (the commas are
// gone): a subject whose article stands straight after a noun opens a clause of its own ("a block
// floats in a bowl of water, a stone sinks"), as no sentence runs two noun phrases together.
const ARTICLES = new Set(['a', 'an', 'the']);
function clauseStart(words: readonly string[], tags: readonly PartOfSpeech[], j: number): number {
  const article = tags[j - 1] === 'adjective' ? j - 2 : j - 1;
  return ARTICLES.has(words[article] ?? '') && tags[article - 1] === 'noun' ? article : 0;
}

// The parts of speech, with the words in a verb's place read as verbs.
export function tagSentence(words: readonly string[]): PartOfSpeech[] {
  const tags = tagWords(words);
  words.forEach((_, i) => {
    // The word after an article (or "no") that names a thing Kinora knows is that thing ("no can",
    // "an orange rolls"), unless it describes the noun after it ("an orange ball").
    const describing = tags[i] === 'adjective' && (namesThing(words, i + 1) || (tags[i + 1] === 'noun' && !canBeVerb(words[i + 1] ?? '')));
    if ((DETERMINERS.has(words[i - 1] ?? '') || words[i - 1] === 'no') && !describing && namesThing(words.slice(i, i + 1), 0)) tags[i] = 'noun';
    else if (tags[i] !== 'verb' && inVerbSlot(words, tags, i, (j) => tags[j] === 'noun')) tags[i] = 'verb';
  });
  return tags;
}

// The mentions, without the nouns that stand in a verb's place ("rocks" in "a vase rocks").
export function dropVerbSlots(words: readonly string[], mentions: readonly Mention[]): Mention[] {
  const tags = tagSentence(words);
  const ends = new Set(mentions.map((m) => m.end - 1));
  const kept = mentions.filter((m) => m.end - m.index > 1 || m.pronoun || !inVerbSlot(words, tags, m.index, (j) => ends.has(j) || tags[j] === 'noun'));
  return kept;
}
