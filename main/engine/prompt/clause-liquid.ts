// Which liquid each action's own words name, where a prompt names more than one ("stirs the tea and
// then pours milk": the pour pours milk; "pours water into a glass of juice": the pour pours water,
// the juice is what the glass already holds). An action's clause runs from its verb to the next
// clause word or action verb either side; a prompt naming one liquid gives it to every action.
import type { LiquidKind } from '../../contract/scene-plan';
import { LIQUIDS, NAMES_A_THING } from '../liquids/catalog';

export interface LiquidNamed {
  kind: LiquidKind;
  // Word index of its name's first word, and how many words the name has ("orange juice": 2).
  at: number;
  length: number;
}

// Each liquid phrase as words, longest first, so "orange juice" is read before "juice".
const PHRASES = LIQUIDS.flatMap((l) => l.words.map((w) => ({ kind: l.kind, words: w.split(' ') }))).sort((a, b) => b.words.length - a.words.length);

// The liquids the words name, in order; a liquid's name before a thing's is that thing ("a tea cup").
export function liquidsNamed(words: readonly string[]): LiquidNamed[] {
  const out: LiquidNamed[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = PHRASES.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (!hit || NAMES_A_THING.test(`${words.slice(i + hit.words.length).join(' ')} `)) continue;
    out.push({ kind: hit.kind, at: i, length: hit.words.length });
    i += hit.words.length - 1;
  }
  return out;
}

// Words that end one clause and begin the next.
const CLAUSE_WORDS = new Set(['and', 'then', 'while', 'after', 'before', 'until', 'but', 'so']);
// Words after which a liquid is what the vessel holds, not what the action brings.
const INTO = new Set(['into', 'in', 'onto']);

// The clause of the verb at `verbAt`: [from, to) word indices.
function clauseOf(words: readonly string[], verbAt: number, verbs: readonly number[]): [number, number] {
  const ends = (i: number): boolean => CLAUSE_WORDS.has(words[i] ?? '') || (i !== verbAt && verbs.includes(i));
  let from = verbAt;
  while (from > 0 && !ends(from - 1)) from--;
  let to = verbAt + 1;
  while (to < words.length && !ends(to)) to++;
  return [from, to];
}

// What the action at `verbAt` does with its liquid: `brings` (a pour's: the liquid it names after
// its verb before "into", else the one before its verb, "milk is poured"), or `holds` (a stir's:
// what the vessel holds, the liquid after "in"/"into" first: "stirs the milk into her coffee").
export type LiquidRole = 'brings' | 'holds';

export function clauseLiquid(words: readonly string[], verbAt: number, verbs: readonly number[], role: LiquidRole): LiquidKind | null {
  const named = liquidsNamed(words);
  if (verbAt < 0) return named[0]?.kind ?? null;
  const [from, to] = clauseOf(words, verbAt, verbs);
  const inClause = named.filter((l) => l.at >= from && l.at < to);
  const intoAt = words.findIndex((w, i) => i > verbAt && i < to && INTO.has(w));
  const held = intoAt < 0 ? [] : inClause.filter((l) => l.at > intoAt);
  const brought = inClause.filter((l) => !held.includes(l));
  const after = brought.filter((l) => l.at > verbAt);
  // Before the verb, the nearest is its subject ("next to a glass of milk water runs": water).
  const before = brought.filter((l) => l.at < verbAt).reverse();
  const order = role === 'holds' ? [...held, ...inClause] : [...after, ...before, ...inClause];
  // Words that name none in this clause leave it to the prompt's first one ("a cup of tea: she stirs it").
  return order[0]?.kind ?? named[0]?.kind ?? null;
}

// Words that may stand between a pour's verb and its liquid, or between two liquids it brings
// ("pours some milk and a little coffee").
const BETWEEN = new Set(['a', 'an', 'the', 'some', 'little', 'bit', 'of', 'more', 'cold', 'hot', 'warm', 'fresh', 'and', 'or', 'then', 'with']);
// Words that join a second liquid to the first a pour brings ("milk and coffee", "coffee with milk").
const JOINS = new Set(['and', 'or', 'then', 'with']);

// Every liquid the action at `verbAt` brings when its words join more than one ("pours milk and
// coffee into a glass": both), in order; the first alone, or none, otherwise.
export function broughtTogether(words: readonly string[], verbAt: number): LiquidKind[] {
  if (verbAt < 0) return [];
  const out: LiquidKind[] = [];
  let from = verbAt + 1;
  for (const l of liquidsNamed(words).filter((x) => x.at > verbAt)) {
    const between = words.slice(from, l.at);
    const joined = out.length === 0 || between.some((w) => JOINS.has(w));
    if (between.length > 4 || !joined || between.some((w) => !BETWEEN.has(w))) break;
    out.push(l.kind);
    from = l.at + l.length;
  }
  return out;
}

// Words between a vessel's name and the liquid it holds ("a glass of milk", "a mug full of tea").
const HOLDING = [['of'], ['full', 'of'], ['filled', 'with'], ['with']];

// The liquid named with a vessel at any of its mentions (word indices): "a glass of milk" -> milk.
export function liquidWith(words: readonly string[], mentions: readonly number[]): LiquidKind | null {
  const named = liquidsNamed(words);
  // A mention is its name's first word: the link comes after one or two ("a wine glass of water").
  for (const at of mentions.flatMap((m) => [m + 1, m + 2])) {
    for (const link of HOLDING) {
      if (!link.every((w, k) => words[at + k] === w)) continue;
      const after = at + link.length;
      // "a glass of cold milk": a word or two describing it may stand between.
      const found = named.find((l) => l.at >= after && l.at <= after + 2);
      if (found) return found.kind;
    }
  }
  return null;
}

// Whether every mention of `kind` is brought in by a later action of its own ("she pours coffee into
// a cup, then stirs the milk into it": the milk comes with the stir, so it did not stand in the cup
// before the pour): each stands after `pourAt`, in another action's clause that takes it "into".
export function broughtLater(words: readonly string[], kind: LiquidKind, pourAt: number, verbs: readonly number[]): boolean {
  const named = liquidsNamed(words).filter((l) => l.kind === kind);
  return named.length > 0 && named.every((l) => {
    const verb = [...verbs].filter((v) => v !== pourAt && v < l.at).sort((a, b) => b - a)[0];
    if (verb === undefined || verb < pourAt) return false;
    const [, to] = clauseOf(words, verb, verbs);
    return words.slice(l.at + l.length, to).some((w) => INTO.has(w));
  });
}
