// When a hand does an action: the prompt names a hand, or a person does it ("she pushes the cup").
// The hand's words are then shown by the hand the action draws.
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import type { ActionKind, DraftContext } from '../../cast/draft-context';
import type { Draft } from '../../prompt/drafts';
import { canBeVerb } from '../../prompt/verb-slot';
import { hasPhrase } from '../../prompt/text';

export const HAND_WORDS = ['hand', 'hands', 'fingers', 'by hand'];

export const handNamed = (ctx: DraftContext): boolean => HAND_WORDS.some((w) => ctx.text.includes(` ${w} `));

// The viewer's own hand, coming in from outside the frame: "you push the cup" ("your hand" names
// one), or a prompt that opens with the action's verb, an order to the viewer ("spill a glass of
// milk", "stir the tea").
const viewerActs = (ctx: DraftContext, verbAt: number): boolean => ctx.words[0] === 'you' || verbAt === 0;

// A hand does it: one is named, the viewer does it ("you"), or a person (or a "she", "someone") is
// the one acting.
export const byHand = (ctx: DraftContext): boolean => handNamed(ctx) || viewerActs(ctx, -1) || ctx.has('person');

// Words that name whoever acts without saying who it is. "She" and "he" are not among them: they
// say a woman or a man, who stands at the table and does it (own-hand.ts).
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);

// A person only ever called "someone" who does a hand's action is a hand: the shot is of the hand
// at work, the rest of them outside the frame (a stranger standing idle across the room while a
// hand did it would be two people).
export function leaveOnlyTheHand(scene: CastScene): void {
  for (const [draft, ids] of scene.idsByDraft) {
    if (draft.kind !== 'person' || draft.cameo || !draft.mentions.every((m) => SOMEONE.has(scene.words.words[m] ?? ''))) continue;
    for (const id of ids) {
      const at = scene.entities.findIndex((e) => e.id === id);
      if (at >= 0) scene.entities.splice(at, 1);
    }
  }
}

// Words that open a place phrase: what follows is where someone is, not who acts ("a woman at the
// table knocks over a glass"). Not "of": "a close-up of a man stirring his coffee" names the doer.
const PLACE_WORDS = new Set(['at', 'on', 'in', 'by', 'near', 'beside', 'behind', 'from', 'with', 'across', 'to', 'into', 'onto', 'under', 'next', 'over']);
const CLAUSE_START = new Set(['and', 'then', 'while', 'but', 'as', 'when', 'so']);
const THE_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'your', 'this', 'that']);

// Whether the mention at word `at` is in a place phrase (a place word before it, past its determiner
// and up to two describing words).
function inPlacePhrase(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 3; j--) {
    const w = words[j] ?? '';
    // A new clause starts a new subject ("on the table and she pours": she is no place).
    if (CLAUSE_START.has(w)) return false;
    if (PLACE_WORDS.has(w)) return true;
    if (THE_WORDS.has(w)) return PLACE_WORDS.has(words[j - 1] ?? '');
  }
  return false;
}

const OWNERS = new Set(['his', 'her', 'their', 'my', 'your']);
const AND = new Set(['and', 'then']);

// The person the prompt says does the action whose verb is at `verbAt`: its subject (the nearest
// thing named before the verb, outside a place phrase, when that is a person: "she knocks over a
// glass", not "a woman watches the bottle tip over"), or the one after "by" ("is knocked over by a
// man"). Null when nobody does it.
export function agentDraft(ctx: DraftContext, verbAt: number): Draft | null {
  if (verbAt < 0) return null;
  const words = ctx.words;
  // "...watch as a hand pushes the cup": the hand is the subject, nobody's ("her hand" is hers).
  if (HAND_WORDS.includes(words[verbAt - 1] ?? '') && !OWNERS.has(words[verbAt - 2] ?? '')) return null;
  const before = ctx.drafts.flatMap((d) => d.mentions.filter((m) => m < verbAt && !inPlacePhrase(words, m)).map((m) => ({ d, m })));
  const subject = before.sort((a, b) => b.m - a.m)[0];
  if (subject?.d.kind === 'person') return subject.d;
  // "the man lifts the bottle and pours": a verb after "and" shares its subject with the verb
  // before it, the nearest person named before (the bottle is what he lifts, not who pours). Not
  // when a thing after the person does a verb of its own: "a woman watches the book wobble and
  // slide" (the book wobbles and slides; she only watches).
  const person = AND.has(words[verbAt - 1] ?? '') ? before.find((b) => b.d.kind === 'person') : undefined;
  const thingActs = person && before.some((b) => b.m > person.m && b.d.kind !== 'person' && canBeVerb(words[b.m + 1] ?? ''));
  if (person && !thingActs) return person.d;
  for (let i = verbAt + 1; i < words.length; i++) {
    if (words[i] !== 'by') continue;
    const by = ctx.draftNear('person', i + 1);
    if (by) return by;
  }
  return null;
}

// Whether a hand does the action whose verb is at `verbAt`: a person is its subject (even one only
// called "someone", whose hand comes from outside the frame), a hand is named, or the viewer does it.
export const handActs = (ctx: DraftContext, verbAt: number): boolean => agentDraft(ctx, verbAt) !== null || handNamed(ctx) || viewerActs(ctx, verbAt);

// Things that stand on the floor, not on a table.
const FLOOR_THINGS = new Set(['chair', 'shelf']);
// What the floor is called, and the words that put things on it or moving over it ("a cup slides
// across the floor"); not "to the floor" or "onto the floor": a glass that falls to the floor
// starts on a table.
const FLOORS = ['floor', 'ground', 'rug', 'carpet', 'kitchen floor', 'wooden floor'];
const FLOOR_PHRASES = ['on', 'across', 'along', 'over'].flatMap((at) => FLOORS.map((f) => `${at} the ${f}`));

// Whether the prompt puts the things on the floor: it says so ("on the rug", "across the floor"),
// or one of them is a thing that stands there (a chair, a shelf). One rule for every action that
// stands small things on a table.
export function onTheFloor(ctx: DraftContext): boolean {
  return hasPhrase(ctx.text, FLOOR_PHRASES) || ctx.draftsOf('object').some((d) => d.target.kind === 'object' && FLOOR_THINGS.has(d.target.form ?? ''));
}

// The table small things stand on when the prompt names none: one is added when a person does the
// action whose verb is `kind`'s (standing, they cannot reach the floor), a liquid spills (`spills`),
// or a named hand or the viewer's acts on them, unless the prompt puts them on the floor. A thing
// with no doer named keeps the floor it was on ("a row of dominoes falls": a hand from outside the
// frame pushes the first one there).
export function implyTable(ctx: DraftContext, kind: ActionKind, spills = false): void {
  if (ctx.has('table') || onTheFloor(ctx)) return;
  const at = ctx.verbAt(kind);
  if (agentDraft(ctx, at)?.kind === 'person' || spills || handNamed(ctx) || viewerActs(ctx, at)) ctx.addImplied('table', { kind: 'table', label: 'table' });
}

// The person entity the agent draft became (a cameo's or a described person's), if any.
export function agentOf(scene: CastScene, verbAt: number): Entity | null {
  const draft = agentDraft(scene.words, verbAt);
  const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
  return scene.people.find((p) => p.id === id) ?? null;
}
