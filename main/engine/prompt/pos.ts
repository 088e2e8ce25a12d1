// Parts of speech for the prompt's words, from the compromise tagger (a small, well-kept English
// tagger that runs offline), aligned to our own word list. Used only to tell an unknown action from
// an unknown thing in the words Kinora did not understand.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { LIQUID_NAMES } from '../liquids/catalog';
import { ACTION_VERBS, THING_NOUNS } from './lexicon';

// The tagger is loaded the first time a prompt is read, not when this module is: the actions import
// it (their words), so every generation and frame worker loaded it at start and never tagged a word.
// Its ES module sources cost 0.74 s of CPU to import, on the generation worker's serial path before
// the simulation; its CommonJS build (the same version, bundled) loads in 0.42 s.
let tagger: typeof nlpType | null = null;
function nlp(text: string): ReturnType<typeof nlpType> {
  tagger ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return tagger(text);
}

export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'other';

function fromTags(tags: readonly string[]): PartOfSpeech {
  if (tags.includes('Verb') && !tags.includes('Auxiliary') && !tags.includes('Copula')) return 'verb';
  if (tags.includes('Noun') && !tags.includes('Pronoun')) return 'noun';
  if (tags.includes('Adjective')) return 'adjective';
  return 'other';
}

// Words after which a liquid's name is the liquid ("coffee with milk", "milk and honey").
const LIQUID_LEADS = new Set(['with', 'and', 'or', 'of', 'some', 'the', 'a', 'more', 'cold', 'hot', 'warm']);

export function tagWords(words: readonly string[]): PartOfSpeech[] {
  const out: PartOfSpeech[] = words.map(() => 'other');
  const terms = nlp(words.join(' ')).json({ terms: { normal: true } }) as { terms: { normal: string; tags: string[] }[] }[];
  let i = 0;
  for (const sentence of terms) {
    for (const term of sentence.terms) {
      // Align on our words: the tagger may drop or merge a token, so search a little ahead.
      const at = words.slice(i, i + 3).indexOf(term.normal);
      if (at < 0) continue;
      out[i + at] = fromTags(term.tags);
      i += at + 1;
    }
  }
  // Our own lists win where the tagger is known to stumble ("a dog chases", "rain falls").
  words.forEach((w, k) => {
    if ((THING_NOUNS.has(w) || LIQUID_NAMES.has(w)) && k + 1 < words.length && (out[k + 1] === 'verb' || ACTION_VERBS.has(words[k + 1] ?? ''))) out[k] = 'noun';
    // What an action verb pours or stirs is the liquid, not a second verb ("pours milk into").
    else if (LIQUID_NAMES.has(w) && (ACTION_VERBS.has(words[k - 1] ?? '') || LIQUID_LEADS.has(words[k - 1] ?? ''))) out[k] = 'noun';
    else if (ACTION_VERBS.has(w) && !THING_NOUNS.has(w)) out[k] = 'verb';
  });
  return out;
}
