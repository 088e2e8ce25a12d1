// The world's elements a prompt names ("rain falls", "waves crash"): which, and the words that say
// them and what they do. Their verbs are no one's action, so they are masked before the action
// table looks for verbs ("rain falls" is not something falling off a table).
import type { ElementKind, Setting } from '../../contract/scene-plan';
import { ACTIONS } from '../actions';
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
  // A person waving is not the sea's waves: words an action owns name no element.
  const owned = new Set(ACTIONS.flatMap((m) => m.words.owns?.(words) ?? []));
  for (const facts of ELEMENT_FACTS) {
    let found = false;
    for (const phrase of facts.words) {
      const n = phrase.split(' ').length;
      for (const at of phraseIndices(words, [phrase]).filter((i) => !owned.has(i))) {
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

// Things going into the sea: the surf splashes when something comes down into its water. A drop or a
// throw is carried to the water's edge and sent out over it (cast/seaward.ts); anything else said to
// go into the sea is refused, since casting would leave it on the sand.
const INTO_WATER = ['into the sea', 'into the ocean', 'into the water', 'into the waves', 'in the sea', 'in the ocean', 'in the water', 'into the surf'];

// The phrase that puts the action in the sea, if the prompt has one ("in the water" away from the sea
// is a container's water, liquids/, not the sea's).
export function intoSea(found: FoundElements, place: Setting['kind'], words: readonly string[]): string | null {
  const seaside = place === 'beach' || found.kinds.includes('surf');
  return INTO_WATER.find((p) => (seaside || !p.endsWith(' the water')) && phraseIndices(words, [p]).length > 0) ?? null;
}

// Why the elements cannot be where the prompt puts them, if they cannot. `seaward`: the action was
// carried out over the water, so going into the sea is shown.
export function misplaced(found: FoundElements, place: Setting['kind'], words: readonly string[] = [], seaward = false): string | null {
  const into = intoSea(found, place, words);
  if (into && !seaward) return `Kinora cannot show that ${into} yet: only something dropped or thrown goes into the sea, the rest stays on the sand.`;
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
