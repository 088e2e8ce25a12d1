// Whether the scene the parser built is what the prompt asked for. The words it did not read are
// listed as not depicted; a prompt whose subject or main action Kinora cannot show is refused with
// what it could show instead, never turned into a still scene that ignores the request.
import { ACTIONS, actionModule, type AnyActionModule } from '../actions';
import { elementFacts } from '../elements/facts';
import type { ElementKind } from '../../contract/scene-plan';
import { nothingLeft, notHonoured, type Negation } from './negation';
import { CAN_SHOW, UNSUPPORTED_MESSAGE } from './can-show';
import type { CastPrompt } from './cast-prompt';
import type { FoundElements } from './elements';
import { breakingShown } from './breaks-shown';
import { Coverage, coverWords } from './covered-words';
import type { Mention } from './entities';
import { NOT_STILL } from './lexicon';
import { unrepeated } from './left-out';
import { stillLiquidWords } from './still-liquid';
import { tagSentence } from './verb-slot';
import { phraseIndices, type CleanText } from './text';
import type { FoundVerbs } from './verbs';
import type { SettingKind } from '../settings/types';
import { contradictions, negatedReason, nounsAndVerbs, type PanelWords } from './panel-words';
import { unknownObject, unknownSubject } from './unknown-words';
import { nounPhrase, phrases, placeWord, unshownVerbs, verbPhrase, wordIndex, type Reading } from './unread-words';

export { CAN_SHOW, UNSUPPORTED_MESSAGE };

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
  words: PanelWords;
  refusal: string | null;
}

// A verb Kinora shows in another sense ("jumps" on the spot) is named with what it is done to or
// where ("jumps over the fence"): the verb alone would say Kinora cannot show jumping at all.
function namedVerb(r: Reading, i: number): string {
  const w = r.words[i] ?? '';
  return ACTIONS.some((m) => m.words.verbs.includes(w)) ? verbPhrase(r, i) : w;
}

// The looks a person's kit covers ("an astronaut in a hoodie": body/role-kit.ts), read but not
// shown: by their nouns (the hoodie, the hair), or the last word read when none is one ("bearded").
function hiddenLooks(input: JudgeInput, r: Reading): [number, string][] {
  return input.mentions.flatMap((m) => {
    if (!m.lookHidden || input.unshown.has(m.index)) return [];
    const { read, reason } = m.lookHidden;
    const nouns = read.filter((i) => r.tags[i] === 'noun');
    return (nouns.length > 0 ? nouns : [Math.max(...read)]).map((i): [number, string] => [i, reason]);
  });
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
  // (and what an action shows as part of it: "crouches and picks up a ball" from the floor, the crouch)
  const joined = new Set(cast.scene.actions.flatMap((a) => [a.kind, ...((actionModule(a.kind) as AnyActionModule).alsoShows?.(a as never, ctx) ?? [])]));
  const shownActions = ACTIONS.filter((m) => m === action || joined.has(m.kind) || (moves && m.words.outcome) || (m.alongside?.(ctx) ?? false));
  const coverage = coverWords({ words: clean.words, mentions: input.mentions.filter((m) => !input.unshown.has(m.index)), action, shownActions, settingKind: input.namedSetting, sceneSetting: input.sceneSetting });
  for (const i of input.elements.indices) coverage.mark(i, i + 1);
  for (const i of outcomesDoneTo(clean.words, shownActions, action, joined, verbs)) coverage.unmark(i);
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
  const r: Reading = { words: clean.words, tags, coverage, leftover: coverage.leftover(), ...(clean.owners ? { owners: clean.owners } : {}) };
  // Actions the prompt names that the scene does not perform ("dribbles, then shoots": the shot).
  const otherActions = ACTIONS.filter((m) => {
    const at = verbs.at.get(m.kind);
    return at !== undefined && !shownActions.includes(m) && !coverage.has(at);
  });
  const contradicted = contradictions(cast, r);
  for (const [at, reason] of hiddenLooks(input, r)) contradicted.set(at, reason);
  const notDepicted = [
    // (a verb that says why it is not shown is listed once, with why)
    ...otherActions.filter((m) => !contradicted.has(verbs.at.get(m.kind) ?? -1)).map((m) => r.words[verbs.at.get(m.kind) ?? 0] ?? m.kind),
    // (a word the prompt does not want says only that)
    ...[...contradicted].filter(([at]) => !input.negation.negated.has(at)).map(([at, reason]) => `${r.words[at] ?? ''} (${reason})`),
    ...[...input.negation.negated.keys()].map((at) => `${r.words[at] ?? ''} (${negatedReason(input.negation, at)})`),
    ...(repeat?.reason ? [`${r.words.slice(repeat.from, repeat.to).join(' ')} (${repeat.reason})`] : []),
    ...phrases(r, r.leftover.filter((i) => !contradicted.has(i))),
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
  const verbSaid = mainUnshown === undefined ? null : `"${namedVerb(r, mainUnshown)}"`;
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
  const object = actionSaid && action && acted && 'object' in acted && !action.words.outcome ? unknownObject(r, input.mentions, input.unshown, verbs.at.get(action.kind) ?? -1) : null;
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

// Words that start what a verb is done to ("drops it", "drops the glass").
const OBJECT_STARTS = new Set(['it', 'them', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'your', 'our', 'this', 'that']);

// The verbs of outcomes physics may bring ("the glass falls", "it drops") said instead as something
// a doer does to a thing ("she picks up the glass and drops it"): only the action itself would show
// those, and it was not cast.
function doneToSomething(words: readonly string[], outcomes: readonly AnyActionModule[]): number[] {
  return outcomes.flatMap((m) => m.words.verbs.flatMap((v) => {
    const n = v.split(' ').length;
    // ("lets go of it": through the "of")
    const objectAt = (at: number): number => at + n + (words[at + n] === 'of' ? 1 : 0);
    return phraseIndices(words, [v]).filter((at) => OBJECT_STARTS.has(words[objectAt(at)] ?? '')).flatMap((at) => Array.from({ length: n }, (_, k) => at + k));
  }));
}

// The words of outcome verbs done to something that the cast actions' own words do not read (the
// tip's "knocks over", the immersion's "drops ... into", the dribble's "bounces the ball" stay read).
function outcomesDoneTo(words: readonly string[], shown: readonly AnyActionModule[], action: AnyActionModule | null, joined: ReadonlySet<string>, verbs: FoundVerbs): number[] {
  const cast = shown.filter((m) => m === action || joined.has(m.kind));
  const own = new Coverage(words);
  own.markPhrases(cast.flatMap((m) => [...m.words.verbs, ...(m.words.details ?? [])]));
  for (const m of cast) {
    const at = verbs.at.get(m.kind);
    if (at !== undefined) own.mark(at, at + 1);
  }
  return doneToSomething(words, shown.filter((m) => m.words.outcome && !cast.includes(m))).filter((i) => !own.has(i));
}
