// "A woman astronaut", "a girl footballer", "a female chef": one person, in the role the last noun
// names (its kit, its look), of the sex the word before it says. Read apart, the two nouns were two
// people ("a woman astronaut walks" walked a woman and an astronaut).
import type { Mention } from './entities';
import { DEFINITE } from './modifier-words';
import { PEOPLE } from './vocabulary';

// The sex a person's role leaves open, as the prompt said it: the word said first in their label
// ("woman astronaut") and how tall such a person usually is.
export interface NamedSex {
  gender: 'male' | 'female';
  word: string;
  heightM: number;
}

const SEX_ADJECTIVES: Record<string, NamedSex> = {
  female: { gender: 'female', word: 'woman', heightM: PEOPLE.woman?.height ?? 1.65 },
  male: { gender: 'male', word: 'man', heightM: PEOPLE.man?.height ?? 1.78 },
};

const personKey = (m: Mention | undefined): string | null => (m && m.target.kind === 'person' && !m.pronoun && !m.cameo ? m.target.key : null);

// The sex the noun right before a role names ("woman" of "woman astronaut"), if it names one.
function sexNoun(before: Mention | undefined, role: Mention): NamedSex | null {
  const spec = PEOPLE[personKey(before) ?? ''];
  if (!before || before.end !== role.index || before.plural !== role.plural || !spec || spec.gender === 'any') return null;
  return { gender: spec.gender, word: spec.label, heightM: spec.height };
}

// The mentions with each sex word joined to the role after it.
export function joinSexAndRole(words: readonly string[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const role = PEOPLE[personKey(m) ?? ''];
    if (!role || role.gender !== 'any') {
      out.push(m);
      continue;
    }
    const before = out[out.length - 1];
    const noun = sexNoun(before, m);
    const adjective = SEX_ADJECTIVES[words[m.index - 1] ?? ''];
    if (noun && before) out[out.length - 1] = { ...m, index: before.index, count: before.count ?? m.count, definite: before.definite || m.definite, color: m.color ?? before.color, sex: noun };
    else if (adjective) out.push({ ...m, index: m.index - 1, definite: m.definite || DEFINITE.has(words[m.index - 2] ?? ''), sex: adjective });
    else out.push(m);
  }
  return out;
}
