// The things a prompt names that Kinora does not know, where they matter: its subject ("a cat
// knocks a glass over") and the thing its action is done to ("a kid kicks a pinecone"). Either is
// refused by name rather than replaced by something Kinora has.
import type { Mention } from './entities';
import { LIQUID_NAMES } from '../liquids/catalog';
import { STYLE_WORDS } from './lexicon';
import { describes, PREPOSITIONS, type Reading } from './unread-words';

// A thing named before anything Kinora knows, not inside a place phrase ("in a forest"): the subject.
// A liquid Kinora knows is not one: it was left unread because of what the prompt has it do ("water
// boils in a pot": the boiling is what Kinora cannot show).
export function unknownSubject(r: Reading, mentions: readonly Mention[], unshown: ReadonlySet<number>): number | null {
  const firstKnown = Math.min(...mentions.filter((m) => !m.pronoun && !unshown.has(m.index)).map((m) => m.index), Infinity);
  for (const i of r.leftover) {
    if (i > firstKnown) return null;
    // Someone named only as an owner ("my mother's vase", "the dog's ball"): not the subject.
    if (unshown.has(i) || r.owners?.has(i)) continue;
    if (r.tags[i] !== 'noun' || STYLE_WORDS.has(r.words[i] ?? '') || LIQUID_NAMES.has(r.words[i] ?? '')) continue;
    let j = i - 1;
    while (j >= 0 && describes(r.words[j] ?? '', r.tags[j])) j--;
    if (j >= 0 && PREPOSITIONS.has(r.words[j] ?? '')) continue;
    return i;
  }
  return null;
}

// The thing right after the action's verb, when Kinora does not know it and the action's object was
// made up: "a kid kicks a pinecone" must not become a kicked soccer ball.
export function unknownObject(r: Reading, mentions: readonly Mention[], unshown: ReadonlySet<number>, verbAt: number): number | null {
  // (an owner is not it: "knocks over his wife's vase" is done to the vase)
  const after = r.leftover.find((i) => i > verbAt && i <= verbAt + 4 && r.tags[i] === 'noun' && !unshown.has(i) && !r.owners?.has(i));
  if (after === undefined) return null;
  const knownBetween = mentions.some((m) => m.index > verbAt && m.index < after);
  return knownBetween ? null : after;
}
