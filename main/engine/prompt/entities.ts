// Finds the things a prompt mentions ("three rubber balls", "a wooden table", "the rim") with their
// counts, materials, colours and sizes; drafts.ts works out which mentions are the same thing.
import type { Material, PersonLookWords } from '../../contract/scene-plan';
import { HEADWEAR_WORDS, kitOf, wearsHeadwear, type RoleKit } from '../body/role-kit';
import { lookWordAt, readPersonLook } from './person-look';
import { LIQUID_WORDS } from '../liquids/catalog';
import { NOUNS, type NounTarget } from './nouns';
import { THREE_QUARTER_WORDS } from './scene-words';
import { withSameKind } from './same-kind';
import { phraseIndices } from './text';
import { tagWords } from './pos';
import { joinSexAndRole, type NamedSex } from './sex-and-role';
import { ARRANGEMENT_WORDS, COLOR_WORDS, DEFINITE, DETERMINERS, FILLER_ADJECTIVES, MATERIAL_WORDS, NUMBER_WORDS, PRONOUNS, SIZE_WORDS } from './modifier-words';

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
  // "his mother", "her son": a person named as someone's (never the one whose they are).
  possessed?: boolean;
  // "his mother's vase": a person named only as the owner of the thing after them.
  owner?: boolean;
  // "the man and the woman": named with "and" right after the thing before it, so not that thing.
  joined?: boolean;
  // "@alex": the person is this cameo (see cameo-mentions.ts).
  cameo?: string;
  // A person's looks as the prompt describes them, and the word indices read for them.
  look?: PersonLookWords;
  lookRead?: number[];
  // Looks the prompt gives a person whose own kit covers them (body/role-kit.ts): the words read,
  // kept off the person, and why they are not seen.
  lookHidden?: { read: number[]; reason: string };
  // "the next one", "another" (same-kind.ts): one more of the kind named before, or one of its group.
  another?: boolean;
  // "a woman astronaut" (sex-and-role.ts): the sex the prompt gives a role that leaves it open.
  sex?: NamedSex;
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

// Whether a noun Kinora knows starts at word i.
export const namesThing = (words: readonly string[], i: number): boolean => COMPILED.some((c) => c.words.every((w, k) => words[i + k] === w));

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
    possessed: false,
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
      m.possessed = POSSESSIVES.has(w);
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
// A knight or an astronaut in what the prompt names ("an astronaut in a hoodie"): their kit covers
// it, so it is read but not put on them, and listed as not shown.
function lookOf(words: readonly string[], index: number, end: number): Pick<Mention, 'look' | 'lookRead' | 'lookHidden'> & { top?: number } {
  const isModifier = (w: string): boolean => DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || SIZE_WORDS[w] !== undefined || parseCount(w) !== null;
  const { look, read, top, headwear } = readPersonLook(words, index, end, isModifier, (w) => COLOR_WORDS[w]);
  const label = words.slice(index, end).join(' ');
  // The hat they are drawn in, named, is read (shown); any other stays unread (not shown).
  const hat = headwear && wearsHeadwear(label, headwear.noun) ? headwear.read : [];
  const kit = kitOf(label);
  if (kit) {
    const worn = [...new Set([...kitNamed(words, end, kit), ...hat])];
    const hidden = read.filter((i) => !worn.includes(i));
    return { ...(worn.length > 0 ? { lookRead: worn } : {}), ...(hidden.length > 0 ? { lookHidden: { read: hidden, reason: kit.covers } } : {}) };
  }
  return {
    ...(Object.keys(look).length > 0 ? { look } : {}),
    ...(read.length + hat.length > 0 ? { lookRead: [...read, ...hat] } : {}),
    ...(top !== undefined ? { top } : {}),
  };
}

// The word indices of the kit itself named after a person's noun ("a knight in shining armour", "an
// astronaut in a space suit"): the kit is drawn, so its name is shown (a word describing it is not).
function kitNamed(words: readonly string[], end: number, kit: RoleKit): number[] {
  if (words[end] !== 'in' && words[end] !== 'wearing') return [];
  for (let j = end + 1; j <= end + 4 && j < words.length; j++) {
    const phrase = kit.wears.map((p) => p.split(' ')).find((p) => p.every((w, k) => words[j + k] === w));
    if (phrase) return [end, ...phrase.map((_, k) => j + k)];
  }
  return [];
}

// The liquids' names of more than one word, as word lists.
const LIQUID_PHRASES = LIQUID_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' '));

// Things lined up that are named by a word after them ("a domino chain", "domino rows").
const ROW_AFTER: Partial<Record<string, ReadonlySet<string>>> = { domino: new Set(['chain', 'chains', 'train', 'row', 'rows', 'line', 'lines', 'run']) };

// The determiners that say whose a thing is.
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

// A person whose "'s" is followed by a thing (past its describing words) owns it: "mother's vase",
// not "the man's running" ("is").
function markOwners(words: readonly string[], mentions: Mention[], owners: ReadonlySet<number>): Mention[] {
  return mentions.map((m, k) => {
    if (m.target.kind !== 'person' || !owners.has(m.end - 1)) return m;
    // "a chef wearing a chef's hat": a hat's owner after someone else is named (it is worn, no thing).
    if (k > 0 && HEADWEAR_WORDS.has(words[m.end] ?? '')) return { ...m, owner: true };
    const next = mentions[k + 1];
    if (next && next.target.kind !== 'person' && words.slice(m.end, next.index).every((w) => isDescribing(w))) return { ...m, owner: true };
    // "the chef's hat falls": a thing Kinora has no noun for is still what the owner owns, and the
    // subject of the verb after it, never the owner.
    return ownsUnknownThing(words, m.end, next?.index ?? words.length) ? { ...m, owner: true } : m;
  });
}

// Whether the first word past the describing words after an owner's "'s" (before the next mention at
// `limit`) is a noun: "the chef's hat", not "the man's running" or "the boy's happy".
function ownsUnknownThing(words: readonly string[], from: number, limit: number): boolean {
  let i = from;
  while (i < limit && isDescribing(words[i] ?? '')) i++;
  return i < limit && tagWords(words)[i] === 'noun';
}

const isDescribing = (w: string): boolean =>
  DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || COLOR_WORDS[w] !== undefined || MATERIAL_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined || parseCount(w) !== null;

// `owners`: the word indices that carried an "'s" (CleanText.owners).
export function findMentions(words: readonly string[], owners: ReadonlySet<number> = new Set()): Mention[] {
  return markJoined(words, withSameKind(words, markOwners(words, joinSexAndRole(words, findAll(words)), owners)));
}

// A mention joined to the one before it by "and" or "or", past their describing words.
function markJoined(words: readonly string[], mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const before = mentions[k - 1];
    if (!before || m.pronoun) return m;
    const between = words.slice(before.end, m.index).filter((w) => !isDescribing(w));
    return between.length === 1 && (between[0] === 'and' || between[0] === 'or') ? { ...m, joined: true } : m;
  });
}

// Words of a camera angle that are also nouns: the quarter of "a three-quarter view" is no coin.
function cameraWords(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const phrase of THREE_QUARTER_WORDS) {
    const n = phrase.split(' ').length;
    for (const i of phraseIndices(words, [phrase])) for (let k = 0; k < n; k++) at.add(i + k);
  }
  return at;
}

function findAll(words: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  const camera = cameraWords(words);
  for (let i = 0; i < words.length; ) {
    const match = camera.has(i) ? undefined : COMPILED.find((c) => c.words.every((w, k) => words[i + k] === w));
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
    // "a domino chain", "a domino train": a row of them, named after the noun.
    const rowAfter = match.target.kind === 'object' && ROW_AFTER[match.target.form]?.has(words[i + match.words.length] ?? '') === true;
    const end = i + match.words.length + (rowAfter ? 1 : 0);
    // "orange juice", "apple juice": the first word of a liquid's name, not a thing of its own.
    const liquid = LIQUID_PHRASES.find((p) => p.length > match.words.length && p.every((w, k) => words[i + k] === w));
    if (liquid) {
      i += liquid.length;
      continue;
    }
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
      plural: match.plural || rowAfter,
      arrangement: rowAfter ? 'row' : mods.arrangement,
      material: madeOf ?? mods.material,
      color,
      scale: mods.scale,
      definite: mods.definite,
      pronoun: false,
      ...(mods.possessed ? { possessed: true } : {}),
      ...look,
    });
    i = end;
  }
  return mentions;
}
