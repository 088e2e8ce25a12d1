// When a hand does an action: the prompt names a hand, or a person does it ("she pushes the cup").
// The hand's words are then shown by the hand the action draws.
import type { Entity } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { Draft } from '../../prompt/drafts';
import { PRONOUNS } from '../../prompt/modifier-words';

export const HAND_WORDS = ['hand', 'hands', 'fingers', 'by hand'];

export const handNamed = (ctx: DraftContext): boolean => HAND_WORDS.some((w) => ctx.text.includes(` ${w} `));

// The prompt opens with the action's verb, an order to the viewer ("spill a glass of milk", "stir the
// tea"): a hand does it, the viewer's own.
export const commanded = (verbAt: number): boolean => verbAt === 0;

// A hand does it: one is named, or a person (or a "she", "someone") is the one acting.
export const byHand = (ctx: DraftContext): boolean => handNamed(ctx) || ctx.has('person');

// Words that name whoever acts without describing them.
const SOMEONE = new Set([...Object.keys(PRONOUNS), 'someone', 'somebody']);

// A person only ever called "she", "he" or "someone" who does a hand's action is their hand: the
// shot is of the hand at work, the rest of them outside the frame (a woman standing idle across the
// room while a hand did it would be two people). A person the prompt describes stays in the scene.
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
// table knocks over a glass").
const PLACE_WORDS = new Set(['at', 'on', 'in', 'by', 'near', 'beside', 'behind', 'from', 'with', 'of', 'across', 'to', 'into', 'onto', 'under', 'next', 'over']);
const THE_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'your', 'this', 'that']);

// Whether the mention at word `at` is in a place phrase (a place word before it, past its determiner
// and up to two describing words).
function inPlacePhrase(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 3; j--) {
    const w = words[j] ?? '';
    if (PLACE_WORDS.has(w)) return true;
    if (THE_WORDS.has(w)) return PLACE_WORDS.has(words[j - 1] ?? '');
  }
  return false;
}

// The person the prompt says does the action whose verb is at `verbAt`: its subject (the nearest
// thing named before the verb, outside a place phrase, when that is a person: "she knocks over a
// glass", not "a woman watches the bottle tip over"), or the one after "by" ("is knocked over by a
// man"). Null when nobody does it.
export function agentDraft(ctx: DraftContext, verbAt: number): Draft | null {
  if (verbAt < 0) return null;
  const words = ctx.words;
  const before = ctx.drafts.flatMap((d) => d.mentions.filter((m) => m < verbAt && !inPlacePhrase(words, m)).map((m) => ({ d, m })));
  const subject = before.sort((a, b) => b.m - a.m)[0];
  if (subject?.d.kind === 'person') return subject.d;
  for (let i = verbAt + 1; i < words.length; i++) {
    if (words[i] !== 'by') continue;
    const by = ctx.draftNear('person', i + 1);
    if (by) return by;
  }
  return null;
}

// The person entity the agent draft became (a cameo's or a described person's), if any.
export function agentOf(scene: CastScene, verbAt: number): Entity | null {
  const draft = agentDraft(scene.words, verbAt);
  const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
  return scene.people.find((p) => p.id === id) ?? null;
}
