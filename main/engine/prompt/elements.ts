// The world's elements a prompt names ("rain falls", "waves crash"): which, and the words that say
// them and what they do. Their verbs are no one's action, so they are masked before the action
// table looks for verbs ("rain falls" is not something falling off a table).
import type { ElementKind, Setting } from '../../contract/scene-plan';
import { ELEMENT_FACTS, elementFacts } from '../elements/facts';
import { settingFacts } from '../settings/facts';
import { phraseIndices } from './text';

export interface FoundElements {
  kinds: ElementKind[];
  // Indices of the words that name the elements and say what they do.
  indices: number[];
}

// Words that may stand between an element and its verb ("rain is falling", "waves gently lap").
const BETWEEN = new Set(['is', 'are', 'keeps', 'keep', 'gently', 'softly', 'steadily', 'heavily', 'hard', 'slowly', 'loudly', 'still']);

// The verbs right after an element's name, and those joined to them by "and" ("roll in and break").
function markVerbs(words: readonly string[], from: number, verbs: readonly string[], indices: Set<number>): void {
  let next = from;
  for (;;) {
    while (BETWEEN.has(words[next] ?? '')) indices.add(next++);
    const verb = verbs.map((v) => v.split(' ')).filter((parts) => parts.every((w, j) => words[next + j] === w)).sort((a, b) => b.length - a.length)[0];
    if (!verb) return;
    verb.forEach((_, j) => indices.add(next + j));
    next += verb.length;
    if (words[next] !== 'and') return;
    const after = next + 1;
    if (!verbs.some((v) => v.split(' ').every((w, j) => words[after + j] === w))) return;
    indices.add(next++);
  }
}

export function findElements(words: readonly string[]): FoundElements {
  const kinds: ElementKind[] = [];
  const indices = new Set<number>();
  for (const facts of ELEMENT_FACTS) {
    let found = false;
    for (const phrase of facts.words) {
      const n = phrase.split(' ').length;
      for (const at of phraseIndices(words, [phrase])) {
        found = true;
        for (let i = at; i < at + n; i++) indices.add(i);
        markVerbs(words, at + n, facts.verbs, indices);
      }
    }
    if (found) kinds.push(facts.kind);
  }
  return { kinds, indices: [...indices].sort((a, b) => a - b) };
}

// The words with the elements' masked, for the verb finder.
export const maskElements = (words: readonly string[], found: FoundElements): string[] => words.map((w, i) => (found.indices.includes(i) ? '_' : w));

// Where the scene happens: the named place, or the elements' home when nothing the prompt casts says
// otherwise (rain on a street, waves on a beach), never indoors when something falls from the sky.
export function placeFor(named: Setting['kind'] | null, castDefault: Setting['kind'], found: FoundElements, nothingCast: boolean): Setting['kind'] {
  if (named) return named;
  const first = found.kinds[0];
  if (first === undefined) return castDefault;
  const facts = elementFacts(first);
  if (facts.onlyIn) return facts.onlyIn;
  return nothingCast || settingFacts(castDefault).indoor ? facts.home : castDefault;
}

// Things going into the sea: the surf splashes when something comes down into its water, but casting
// does not yet put the action over the water (it would land on the sand), so these are refused.
const INTO_WATER = ['into the sea', 'into the ocean', 'into the water', 'into the waves', 'in the sea', 'in the ocean', 'in the water', 'into the surf'];

// Why the elements cannot be where the prompt puts them, if they cannot.
export function misplaced(found: FoundElements, place: Setting['kind'], words: readonly string[] = []): string | null {
  // "in the water" away from the sea is a container's water (liquids/), not the sea's.
  const seaside = place === 'beach' || found.kinds.includes('surf');
  const into = INTO_WATER.find((p) => (seaside || !p.endsWith(' the water')) && phraseIndices(words, [p]).length > 0);
  if (into) return `Kinora cannot show things ${into} yet: the sea is on the beach behind the action, not under it.`;
  for (const kind of found.kinds) {
    const facts = elementFacts(kind);
    const where = settingFacts(place);
    if (facts.onlyIn && facts.onlyIn !== place) return `Kinora shows ${facts.words[0]} only on a ${facts.onlyIn}, not in a ${place}. Try the same prompt on a ${facts.onlyIn}.`;
    if (where.indoor) return `Kinora shows ${facts.words[0]} only outdoors, not in a ${place}. Try it on a street, in a park, in a forest or on a beach.`;
  }
  return null;
}

// The elements of a scene: the ones named, and the ones its place always has (a beach's surf).
export function elementsFor(found: FoundElements, place: Setting['kind']): ElementKind[] {
  return ELEMENT_FACTS.filter((f) => found.kinds.includes(f.kind) || f.always === place).map((f) => f.kind);
}
