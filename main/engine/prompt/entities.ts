// Finds the things a prompt mentions ("three rubber balls", "a wooden table", "the rim") with their
// counts, materials, colours and sizes, and works out which mentions are the same thing
// ("a basketball player ... the ball" is one basketball; "the rim" is part of the hoop).
import { objectModule } from '../objects';
import { DEFAULT_CAMEO_HEIGHT_M } from '../../contract/cameo';
import type { Material, PersonLookWords } from '../../contract/scene-plan';
import { sameCameo } from './cameo-mentions';
import { lookWordAt, readPersonLook } from './person-look';
import {
  ARRANGEMENT_WORDS,
  COLOR_WORDS,
  DEFINITE,
  DETERMINERS,
  FILLER_ADJECTIVES,
  MATERIAL_WORDS,
  NOUNS,
  NUMBER_WORDS,
  PEOPLE,
  PRONOUNS,
  SIZE_WORDS,
  type EntityKind,
  type NounTarget,
} from './vocabulary';

export interface Mention {
  target: NounTarget;
  // Word index where the noun starts, and one past its end.
  index: number;
  end: number;
  count: number | null;
  plural: boolean;
  arrangement: 'stack' | 'row' | 'pile' | null;
  material: Material | null;
  color: number | null;
  scale: number;
  definite: boolean;
  pronoun: boolean;
  // "@alex": the person is this cameo (see cameo-mentions.ts).
  cameo?: string;
  // A person's looks as the prompt describes them, and the word indices read for them.
  look?: PersonLookWords;
  lookRead?: number[];
}

// Nouns that are also common verbs or idioms ("he bricks it", "a ball can bounce", "blocks the
// shot", "nothing but net"): they only count with a determiner or adjective in front.
const NEEDS_DETERMINER = new Set(['can', 'block', 'brick', 'net', 'package']);

function autoPlural(word: string): string {
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

interface CompiledNoun {
  words: string[];
  plural: boolean;
  target: NounTarget;
}

// Every singular and plural form, longest first so "basketball player" beats "basketball".
const COMPILED: CompiledNoun[] = NOUNS.flatMap((noun) => {
  const pluralWords = noun.plural ?? [...noun.words.slice(0, -1), autoPlural(noun.words[noun.words.length - 1] ?? '')];
  return [
    { words: noun.words, plural: false, target: noun.target },
    { words: pluralWords, plural: true, target: noun.target },
  ];
}).sort((a, b) => b.words.length - a.words.length);

const parseCount = (w: string): number | null => {
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
};

function modifiersBefore(words: readonly string[], index: number): Omit<Mention, 'target' | 'index' | 'end' | 'plural' | 'pronoun'> & { introduced: boolean } {
  const m = {
    count: null as number | null,
    arrangement: null as Mention['arrangement'],
    material: null as Material | null,
    color: null as number | null,
    scale: 1,
    definite: false,
    introduced: false,
  };
  for (let j = index - 1; j >= 0 && index - j <= 6; j--) {
    const w = words[j] ?? '';
    const count = parseCount(w);
    // "a bald man", "a red haired girl": her looks (person-look.ts), read past.
    if (lookWordAt(words, j)) {
      m.introduced = true;
    } else if (count !== null) {
      m.count ??= count;
      m.introduced = true;
    } else if (MATERIAL_WORDS[w]) {
      m.material ??= MATERIAL_WORDS[w];
      m.introduced = true;
    } else if (COLOR_WORDS[w] !== undefined) {
      m.color ??= COLOR_WORDS[w];
      m.introduced = true;
    } else if (SIZE_WORDS[w] !== undefined) {
      m.scale = SIZE_WORDS[w];
      m.introduced = true;
    } else if (ARRANGEMENT_WORDS[w]) {
      m.arrangement ??= ARRANGEMENT_WORDS[w];
      m.introduced = true;
    } else if (DEFINITE.has(w)) {
      m.definite = true;
      m.introduced = true;
    } else if (DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w)) {
      m.introduced = true;
    } else {
      break;
    }
  }
  return m;
}

// A person's looks around their noun, when the prompt gives any.
// "a woman in a red shirt", "a player wearing a blue jersey": the colour of the top belongs to the
// person (`top`).
function lookOf(words: readonly string[], index: number, end: number): Pick<Mention, 'look' | 'lookRead'> & { top?: number } {
  const isModifier = (w: string): boolean => DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || SIZE_WORDS[w] !== undefined || parseCount(w) !== null;
  const { look, read, top } = readPersonLook(words, index, end, isModifier, (w) => COLOR_WORDS[w]);
  return {
    ...(Object.keys(look).length > 0 ? { look } : {}),
    ...(read.length > 0 ? { lookRead: read } : {}),
    ...(top !== undefined ? { top } : {}),
  };
}

export function findMentions(words: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; ) {
    const match = COMPILED.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (!match) {
      const pronoun = PRONOUNS[words[i] ?? ''];
      if (pronoun) {
        mentions.push({
          target: { kind: 'person', key: pronoun },
          index: i,
          end: i + 1,
          count: 1,
          plural: false,
          arrangement: null,
          material: null,
          color: null,
          scale: 1,
          definite: true,
          pronoun: true,
        });
      }
      i++;
      continue;
    }
    const end = i + match.words.length;
    // "a glass table", "a china plate": a material naming the thing after it, not a thing itself.
    const single = match.words.length === 1 ? (match.words[0] as string) : '';
    if (match.target.kind === 'object' && MATERIAL_WORDS[single] && COMPILED.some((c) => c.words.every((w, k) => words[end + k] === w))) {
      i = end;
      continue;
    }
    const mods = modifiersBefore(words, i);
    const head = match.words[match.words.length - 1] ?? '';
    const singularHead = head.replace(/e?s$/, '');
    if ((NEEDS_DETERMINER.has(head) || NEEDS_DETERMINER.has(singularHead)) && !mods.introduced) {
      i = end;
      continue;
    }
    const { top, ...look } = match.target.kind === 'person' ? lookOf(words, i, end) : {};
    const color = top ?? mods.color;
    // "a ball made of steel", "a table made from glass".
    const madeOf = words[end] === 'made' && (words[end + 1] === 'of' || words[end + 1] === 'from') ? MATERIAL_WORDS[words[end + 2] ?? ''] : undefined;
    mentions.push({
      target: match.target,
      index: i,
      end,
      count: mods.count,
      plural: match.plural,
      arrangement: mods.arrangement,
      material: madeOf ?? mods.material,
      color,
      scale: mods.scale,
      definite: mods.definite,
      pronoun: false,
      ...look,
    });
    i = end;
  }
  return mentions;
}

// One thing (or group of identical things) the scene will contain.
export interface Draft {
  kind: EntityKind;
  target: NounTarget;
  count: number;
  arrangement: Mention['arrangement'];
  material: Material | null;
  color: number | null;
  scale: number;
  // Word indices of every mention that refers to it (where it sits in the sentence matters for
  // "onto the table", "down the ramp", "at the hoop").
  mentions: number[];
  // Added because something else implies it ("a basketball player" has a basketball).
  implied: boolean;
  // A person played by a cameo: its name and real height.
  cameo?: { name: string; heightM: number };
  // A person's looks as the prompt describes them.
  look?: PersonLookWords;
}

const MAX_COUNT: Record<EntityKind, number> = { ball: 10, box: 15, person: 5, hoop: 1, ramp: 1, table: 1, stairs: 1, object: 6 };
const PLURAL_DEFAULT: Record<EntityKind, number> = { ball: 3, box: 3, person: 2, hoop: 1, ramp: 1, table: 1, stairs: 1, object: 3 };

function countOf(m: Mention): number {
  const kind = m.target.kind;
  const form = m.target.kind === 'object' ? objectModule(m.target.form) : null;
  let count = m.count ?? (m.plural ? (form?.pluralCount ?? PLURAL_DEFAULT[kind]) : 1);
  // "a stack of boxes" with no number is a six-box pyramid.
  if (m.count === null && m.arrangement === 'stack' && kind === 'box') count = 6;
  if (m.count === null && m.arrangement === 'pile' && kind === 'ball') count = 5;
  // "a stack of books", "a pile of plates": as many as one scene holds.
  if (m.count === null && m.arrangement !== null && m.arrangement !== 'row' && kind === 'object') count = form?.maxCount ?? MAX_COUNT.object;
  // "one of the balls", "two boxes": clamp to what one scene can hold.
  return Math.min(Math.max(count, 1), form?.maxCount ?? MAX_COUNT[kind]);
}

function personGender(target: NounTarget): 'male' | 'female' | 'any' {
  return target.kind === 'person' ? (PEOPLE[target.key]?.gender ?? 'any') : 'any';
}

// A new draft for a mention, and a later mention of the same thing folded into its draft.
const fresh = (m: Mention): Draft => ({
  kind: m.target.kind,
  target: m.target,
  count: countOf(m),
  arrangement: m.arrangement,
  material: m.material,
  color: m.color,
  scale: m.scale,
  mentions: [m.index],
  implied: false,
  ...(m.cameo !== undefined ? { cameo: { name: m.cameo, heightM: DEFAULT_CAMEO_HEIGHT_M } } : {}),
  ...(m.look ? { look: m.look } : {}),
});
const merge = (d: Draft, m: Mention): void => {
  d.mentions.push(m.index);
  d.material ??= m.material;
  d.color ??= m.color;
  if (d.scale === 1) d.scale = m.scale;
  if (m.look) d.look = { ...d.look, ...m.look };
};

// Decide which mentions are new things and which refer back to something already mentioned.
export function resolveMentions(mentions: readonly Mention[]): Draft[] {
  const drafts: Draft[] = [];
  const lastOf = (kind: EntityKind): Draft | undefined => [...drafts].reverse().find((d) => d.kind === kind);
  for (const m of mentions) {
    const kind = m.target.kind;
    const t = m.target;
    // v1 scenes hold one hoop, one ramp and one table: every mention is the same one.
    if (kind === 'hoop' || kind === 'ramp' || kind === 'table' || kind === 'stairs') {
      const existing = lastOf(kind);
      if (existing) {
        merge(existing, m);
        // "a hoop ... the basketball hoop": a whole-hoop noun names it better than a part does.
        if (existing.target.kind === 'hoop' && existing.target.part && t.kind === 'hoop' && !t.part) existing.target = t;
      } else drafts.push(fresh(m));
      continue;
    }
    if (kind === 'person') {
      const people = drafts.filter((d) => d.kind === 'person');
      if (m.cameo !== undefined) {
        // "@alex ... @alex" is one person; two different names are two.
        const same = people.find((d) => d.cameo && sameCameo(d.cameo.name, m.cameo ?? ''));
        if (same) merge(same, m);
        else drafts.push(fresh(m));
        continue;
      }
      if (m.pronoun) {
        const g = personGender(t);
        const match = [...people].reverse().find((d) => personGender(d.target) === g) ?? [...people].reverse().find((d) => personGender(d.target) === 'any');
        if (match) merge(match, m);
        else drafts.push(fresh(m));
        continue;
      }
      if (m.definite) {
        const same = [...people].reverse().find((d) => d.target.kind === 'person' && t.kind === 'person' && d.target.key === t.key);
        const only = people.length === 1 ? people[0] : undefined;
        const target = same ?? only;
        if (target) {
          merge(target, m);
          continue;
        }
      }
      drafts.push(fresh(m));
      continue;
    }
    if (kind === 'ball') {
      const balls = drafts.filter((d) => d.kind === 'ball');
      const sameKey = (d: Draft): boolean => d.target.kind === 'ball' && t.kind === 'ball' && d.target.key === t.key;
      if (m.definite) {
        // "the ball" is the last ball of any kind; "the basketball" is the basketball.
        const target = t.kind === 'ball' && t.key === 'generic' ? balls[balls.length - 1] : [...balls].reverse().find(sameKey);
        if (target) {
          merge(target, m);
          continue;
        }
      }
      drafts.push(fresh(m));
      continue;
    }
    if (kind === 'object') {
      // "the glass" is the glass already mentioned; "a glass" is another one.
      const same = [...drafts].reverse().find((d) => d.target.kind === 'object' && t.kind === 'object' && d.target.form === t.form);
      if (m.definite && same) merge(same, m);
      else drafts.push(fresh(m));
      continue;
    }
    // Boxes: "the boxes" / "the crate" are the group already mentioned.
    const existing = lastOf('box');
    if (m.definite && existing) merge(existing, m);
    else drafts.push(fresh(m));
  }
  return drafts;
}
