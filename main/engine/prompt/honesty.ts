// Whether the scene the parser built is what the prompt asked for. The words it did not read are
// listed as not depicted; a prompt whose subject or main action Kinora cannot show is refused with
// what it could show instead, never turned into a still scene that ignores the request.
import { ACTIONS, actionModule, type AnyActionModule } from '../actions';
import { elementFacts } from '../elements/facts';
import type { ElementKind } from '../../contract/scene-plan';
import { nothingLeft, notHonoured, type Negation } from './negation';
import { LIQUID_NAMES } from '../liquids/catalog';
import { CAN_SHOW, UNSUPPORTED_MESSAGE } from './can-show';
import type { CastPrompt } from './cast-prompt';
import type { FoundElements } from './elements';
import { breakingShown } from './breaks-shown';
import { doersReplaced } from './doer-words';
import { coverWords, type Coverage } from './covered-words';
import type { Mention } from './entities';
import { NOT_STILL, STILL_VERBS, STOPWORDS, STYLE_WORDS } from './lexicon';
import type { PartOfSpeech } from './pos';
import { leftOutSubjects, unrepeated } from './left-out';
import { stillLiquidWords } from './still-liquid';
import { tagSentence } from './verb-slot';
import type { CleanText } from './text';
import type { FoundVerbs } from './verbs';
import type { SettingKind } from '../settings/types';
import type { Understanding } from '../../contract/understanding';
import { COLOR_WORDS, DETERMINERS, FILLER_ADJECTIVES, MATERIAL_WORDS, NUMBER_WORDS, SIZE_WORDS } from './modifier-words';

export { CAN_SHOW, UNSUPPORTED_MESSAGE };

// Why a word the prompt negates is not shown: it was asked not to be.
const NOT_WANTED = 'not wanted';

const PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'onto', 'off', 'from', 'to', 'with', 'by', 'over', 'under', 'through', 'across', 'near', 'beside', 'behind', 'around', 'along', 'inside', 'outside', 'toward', 'towards', 'of', 'down', 'up', 'past', 'between', 'against', 'about', 'for']);

export interface JudgeInput {
  clean: CleanText;
  mentions: readonly Mention[];
  // Where the mentions of people not in the scene stand (named only as an owner: "his mother's").
  unshown: ReadonlySet<number>;
  verbs: FoundVerbs;
  cast: CastPrompt;
  // The setting the prompt named, if it named one, and the one the scene is in.
  namedSetting: SettingKind | null;
  sceneSetting: SettingKind;
  // The world's elements the prompt names (rain, waves) and why they cannot be where it puts them.
  elements: FoundElements;
  misplaced: string | null;
  // What the prompt says is not wanted, and the elements the scene has (a beach always has its surf).
  negation: Negation;
  sceneElements: readonly ElementKind[];
  // The cameos the prompt names, by word index: read as "person", listed as the "@name" typed.
  cameoAt?: ReadonlyMap<number, string>;
}

export interface Verdict {
  notDepicted: string[];
  // Each noun and verb, and whether the result shows it.
  words: NonNullable<Understanding['words']>;
  refusal: string | null;
}

interface Reading {
  words: readonly string[];
  tags: PartOfSpeech[];
  coverage: Coverage;
  leftover: number[];
}

// A word that describes the noun after it (never a noun or verb itself: "a glass falls").
const describes = (w: string, tag: PartOfSpeech | undefined): boolean =>
  tag !== 'noun' && tag !== 'verb' && (DETERMINERS.has(w) || FILLER_ADJECTIVES.has(w) || COLOR_WORDS[w] !== undefined || MATERIAL_WORDS[w] !== undefined || SIZE_WORDS[w] !== undefined || NUMBER_WORDS[w] !== undefined || tag === 'adjective');

// The noun phrase ending at index i ("a glass", "the old dog").
function nounPhrase(r: Reading, i: number): string {
  let from = i;
  while (from > 0 && describes(r.words[from - 1] ?? '', r.tags[from - 1]) && i - from < 4) from--;
  return r.words.slice(from, i + 1).join(' ');
}

// A thing named before anything Kinora knows, not inside a place phrase ("in a forest"): the subject.
// A liquid Kinora knows is not one: it was left unread because of what the prompt has it do ("water
// boils in a pot": the boiling is what Kinora cannot show).
function unknownSubject(r: Reading, mentions: readonly Mention[], unshown: ReadonlySet<number>): number | null {
  const firstKnown = Math.min(...mentions.filter((m) => !m.pronoun && !unshown.has(m.index)).map((m) => m.index), Infinity);
  for (const i of r.leftover) {
    if (i > firstKnown) return null;
    // Someone Kinora knows, named only as an owner ("my mother's vase"): not the subject.
    if (unshown.has(i)) continue;
    if (r.tags[i] !== 'noun' || STYLE_WORDS.has(r.words[i] ?? '') || LIQUID_NAMES.has(r.words[i] ?? '')) continue;
    let j = i - 1;
    while (j >= 0 && describes(r.words[j] ?? '', r.tags[j])) j--;
    if (j >= 0 && PREPOSITIONS.has(r.words[j] ?? '')) continue;
    return i;
  }
  return null;
}

// Verbs the result does not show: a still verb is shown by standing; sitting is not.
function unshownVerbs(r: Reading): number[] {
  return r.leftover.filter((i) => {
    const w = r.words[i] ?? '';
    return r.tags[i] === 'verb' && !STYLE_WORDS.has(w) && (!STILL_VERBS.has(w) || NOT_STILL.has(w));
  });
}

// Unread words as short phrases: describing words stay with the noun they describe ("concrete
// stairs"); a noun or a verb ends a phrase (the commas are gone, so "forest footsteps" is two).
function phrases(r: Reading, indices: readonly number[]): string[] {
  const out: string[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(run.map((k) => r.words[k]).join(' '));
    run = [];
  };
  for (const i of indices) {
    if (run.length > 0 && i !== (run[run.length - 1] as number) + 1) flush();
    run.push(i);
    // Style words stand alone, except the two-word ones ("slow motion", "time lapse").
    const w = r.words[i] ?? '';
    const pairs = (w === 'slow' && r.words[i + 1] === 'motion') || (w === 'time' && r.words[i + 1] === 'lapse');
    if (!pairs && (!describes(w, r.tags[i]) || STYLE_WORDS.has(w))) flush();
  }
  flush();
  return [...new Set(out)];
}

// Each noun and verb of the prompt (style words aside) and whether it was read into the result; an
// action verb the scene does not perform is not shown even where its words were read. A function
// word the tagger takes for a verb ("falls off the table": "off") carries no picture of its own,
// so it is never listed as not shown (as it is never among the unread words).
// A word the simulation contradicts is not shown either, and says why.
function nounsAndVerbs(r: Reading, unperformed: ReadonlySet<number>, contradicted: ReadonlyMap<number, string>, negation: Negation): Verdict['words'] {
  return r.words.flatMap((word, i) => {
    const kind = negation.negated.get(i) ?? r.tags[i];
    if ((kind !== 'noun' && kind !== 'verb') || STYLE_WORDS.has(word) || word.length > 64) return [];
    const reason = negation.negated.has(i) ? NOT_WANTED : contradicted.get(i);
    // A standing-by verb ("watches") is shown by whoever does it: not when they are not there.
    const read = r.coverage.has(i) || (STOPWORDS.has(word) && !(kind === 'verb' && subjectUnread(r, i)));
    return [{ word, kind, depicted: read && !unperformed.has(i) && reason === undefined, ...(reason ? { reason } : {}) }];
  }).slice(0, 128);
}

// Whether the noun before word i (its subject) is one the result does not show ("a cat watches").
function subjectUnread(r: Reading, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && r.tags[k] !== 'noun') k--;
  return k >= 0 && r.leftover.includes(k);
}

// The prompt's words the cast actions will not bear out (physics decides: "the egg floats" where an
// egg sinks), by word index, with why.
// A verb phrase that starts with "is" ("is knocked over") is said by its verb, not by the "is".
// A doer Kinora has not got ("by a cat") whose push a hand makes is read, saying who does it instead.
function contradictions(cast: CastPrompt, r: Reading): Map<number, string> {
  const { words } = r;
  const out = new Map<number, string>();
  for (const [i, reason] of doersReplaced(cast, words, r.tags, r.leftover)) {
    out.set(i, reason);
    r.coverage.mark(i, i + 1);
  }
  r.leftover = r.coverage.leftover();
  const verbOf = (at: number): number => (AUXILIARY.has(words[at] ?? '') && at + 1 < words.length ? at + 1 : at);
  for (const a of cast.scene.actions) for (const c of actionModule(a.kind).contradicts?.(a, cast.scene) ?? []) out.set(verbOf(c.at), c.reason);
  for (const [at, reason] of leftOutSubjects(cast)) out.set(at, reason);
  return out;
}

const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'gets', 'got', 'being', 'been']);

// Where in the prompt's words the i-th listed noun or verb stands (the list skips other words).
function wordIndex(r: Reading, i: number): number {
  let seen = -1;
  for (let at = 0; at < r.words.length; at++) {
    const kind = r.tags[at];
    if ((kind !== 'noun' && kind !== 'verb') || STYLE_WORDS.has(r.words[at]!) || r.words[at]!.length > 64) continue;
    seen++;
    if (seen === i) return at;
  }
  return -1;
}

function refuse(what: string, could: string | null): string {
  return `Kinora cannot show ${what} yet, and a scene without it would not be what you asked for.${could ? ` Without it, it could only show ${could}.` : ''} ${CAN_SHOW}`;
}

export function judge(input: JudgeInput, could: string | null): Verdict {
  const { clean, cast, verbs } = input;
  const action = cast.action;
  const moves = cast.scene.actions.length > 0;
  const ctx = cast.scene.words;
  // An action the cast joined after its own ("walks to the table and picks up a mug": the lift) is shown too.
  const joined = new Set(cast.scene.actions.map((a) => a.kind));
  const shownActions = ACTIONS.filter((m) => m === action || joined.has(m.kind) || (moves && m.words.outcome) || (m.alongside?.(ctx) ?? false));
  const coverage = coverWords({ words: clean.words, mentions: input.mentions.filter((m) => !input.unshown.has(m.index)), action, shownActions, settingKind: input.namedSetting, sceneSetting: input.sceneSetting });
  for (const i of input.elements.indices) coverage.mark(i, i + 1);
  // A liquid standing in its vessel is shown by being there.
  if (cast.scene.stillLiquid) coverage.markPhrases(stillLiquidWords(cast.scene.stillLiquid.liquid));
  for (const b of breakingShown(cast, clean.words)) coverage.mark(b.at, b.at + b.length);
  // A thing that "sits" on the table is shown where it is put; only a person sitting is not.
  for (const i of thingsSitting(clean.words, input.mentions)) coverage.mark(i, i + 1);
  // A negated word is read (it is why something is left out), and so is the word that negates it.
  for (const [i, cue] of input.negation.cueOf) coverage.mark(Math.min(i, cue), Math.max(i, cue) + 1);
  const tags = tagSentence(clean.words);
  // A word an action owns is its verb, whatever the tagger says ("a kid waves hello": not the sea's).
  for (const m of ACTIONS) for (const i of m.words.owns?.(clean.words) ?? []) tags[i] = 'verb';
  const repeat = unrepeated(cast, clean.words);
  if (repeat) coverage.mark(repeat.from, repeat.to);
  const r: Reading = { words: clean.words, tags, coverage, leftover: coverage.leftover() };
  // Actions the prompt names that the scene does not perform ("dribbles, then shoots": the shot).
  const otherActions = ACTIONS.filter((m) => {
    const at = verbs.at.get(m.kind);
    return at !== undefined && !shownActions.includes(m) && !coverage.has(at);
  });
  const contradicted = contradictions(cast, r);
  const notDepicted = [
    ...otherActions.map((m) => r.words[verbs.at.get(m.kind) ?? 0] ?? m.kind),
    ...[...contradicted].map(([at, reason]) => `${r.words[at] ?? ''} (${reason})`),
    ...[...input.negation.negated.keys()].map((at) => `${r.words[at] ?? ''} (${NOT_WANTED})`),
    ...(repeat?.reason ? [`${r.words.slice(repeat.from, repeat.to).join(' ')} (${repeat.reason})`] : []),
    ...phrases(r, r.leftover),
  ];
  const shown = nounsAndVerbs(r, new Set(otherActions.map((m) => verbs.at.get(m.kind) ?? -1)), contradicted, input.negation).map((w, i) => {
    const at = wordIndex(r, i);
    const cameo = input.cameoAt?.get(at);
    // "Three times" where fewer are shown: read, and not shown.
    if (repeat?.reason && at >= repeat.from && at < repeat.to) return { ...w, depicted: false, reason: repeat.reason };
    return cameo === undefined ? w : { ...w, word: `@${cameo}`.slice(0, 64) };
  });
  const verdict = (refusal: string | null): Verdict => ({ notDepicted: [...new Set(notDepicted)], words: shown, refusal });

  const actionSaid = action !== null && verbs.at.has(action.kind);
  // The verb the prompt turns on, when Kinora has none of its own for it: every refusal names it.
  // (A verb some action has, left because its subject is unknown, is not it: "a cat knocks...".)
  const actionVerbs = new Set(verbs.at.values());
  const mainUnshown = actionSaid ? undefined : unshownVerbs(r).find((i) => !actionVerbs.has(i));
  const verbSaid = mainUnshown === undefined ? null : `"${r.words[mainUnshown]}"`;
  const subject = unknownSubject(r, input.mentions, input.unshown);
  if (subject !== null) return verdict(refuse(`${nounPhrase(r, subject)}${verbSaid ? ` or ${verbSaid}` : ''}`, null));
  if (input.misplaced !== null) {
    // The place words the refusal names ("walks into the sea": the sea) are not shown, nor the verbs.
    const named = new Set(input.misplaced.toLowerCase().match(/[a-z]+/g) ?? []);
    const placeWords = r.words.flatMap((w, i) => (r.tags[i] === 'noun' && named.has(w) ? [i] : []));
    const out = new Set([...input.elements.indices, ...placeWords, ...[...verbs.at.values()]]);
    const refused = verdict(`${input.misplaced} ${CAN_SHOW}`);
    const words = refused.words.map((w, i) => ({ ...w, depicted: w.depicted && !out.has(wordIndex(r, i)) }));
    return { ...refused, words, notDepicted: [...new Set([...refused.notDepicted, ...[...out].map((i) => r.words[i] ?? '').filter(Boolean)])] };
  }
  const unhonoured = negationBroken(input, shownActions);
  if (unhonoured !== null) return verdict(`${unhonoured} ${CAN_SHOW}`);
  if (cast.scene.entities.length === 0 && input.elements.kinds.length === 0) {
    const emptied = nothingLeft(clean.words, input.negation, input.sceneSetting);
    if (emptied !== null) return verdict(`${emptied} ${CAN_SHOW}`);
    // Nothing in the scene at all: the verb the prompt turns on, even one an action has ("coffee
    // drips through a filter": a tap drips, a filter is nothing Kinora knows).
    const first = actionSaid ? undefined : unshownVerbs(r)[0];
    if (first === undefined) return verdict(UNSUPPORTED_MESSAGE);
    return verdict(refuse(`"${r.words[first]}"${actionVerbs.has(first) ? ' with what this prompt names' : ''}`, null));
  }
  const needs = action?.needs?.(ctx) ?? null;
  if (needs !== null) return verdict(needs);
  if (verbSaid !== null) return verdict(refuse(verbSaid, could));
  const unclaimed = otherActions[0];
  if (!action && unclaimed) return verdict(refuse(`"${r.words[verbs.at.get(unclaimed.kind) ?? 0]}" with what this prompt names`, could));
  const acted = cast.scene.actions[0];
  const object = actionSaid && action && acted && 'object' in acted && !action.words.outcome ? unknownObject(r, input, verbs.at.get(action.kind) ?? -1) : null;
  // A thing the action is done to is named with it ("a pinecone being kicked"); one after a
  // preposition is where it happens ("falls from a tree": the tree), said alone.
  if (object !== null && action) return verdict(refuse(`${nounPhrase(r, object)}${placeWord(r, verbs.at.get(action.kind) ?? -1, object) ? '' : ` ${action.words.done}`}`, null));
  return verdict(null);
}

// A negation the scene would break: an unwanted action it performs (or an outcome physics may bring
// when anything moves), an element its place always has, a thing its action needs.
function negationBroken(input: JudgeInput, shownActions: readonly AnyActionModule[]): string | null {
  const { scene } = input.cast;
  const moves = scene.actions.length > 0;
  const acted = new Set([...scene.actions.map((a) => a.kind), ...shownActions.filter((m) => moves && m.words.outcome).map((m) => m.kind)]);
  const elementWords = input.sceneElements.flatMap((k) => elementFacts(k).words);
  return notHonoured(input.clean.words, input.negation, acted, elementWords, scene.entities.map((e) => e.label));
}

// The sitting verbs whose subject (the nearest thing named before them) is not a person.
function thingsSitting(words: readonly string[], mentions: readonly Mention[]): number[] {
  return words.flatMap((w, i) => {
    if (!NOT_STILL.has(w)) return [];
    const subject = [...mentions].reverse().find((m) => m.end <= i);
    return subject && subject.target.kind !== 'person' ? [i] : [];
  });
}

// Whether a preposition stands between the verb and the thing ("falls from a tree").
const placeWord = (r: Reading, verbAt: number, at: number): boolean => r.words.slice(verbAt + 1, at).some((w) => PREPOSITIONS.has(w));

// The thing right after the action's verb, when Kinora does not know it and the action's object was
// made up: "a kid kicks a pinecone" must not become a kicked soccer ball.
function unknownObject(r: Reading, input: JudgeInput, verbAt: number): number | null {
  const after = r.leftover.find((i) => i > verbAt && i <= verbAt + 4 && r.tags[i] === 'noun' && !input.unshown.has(i));
  if (after === undefined) return null;
  const knownBetween = input.mentions.some((m) => m.index > verbAt && m.index < after);
  return knownBetween ? null : after;
}
