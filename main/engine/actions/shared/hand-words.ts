// When a hand does an action: the prompt names a hand, or a person does it ("she pushes the cup").
// The hand's words are then shown by the hand the action draws.
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { PRONOUNS } from '../../prompt/modifier-words';

export const HAND_WORDS = ['hand', 'hands', 'fingers', 'by hand'];

export const handNamed = (ctx: DraftContext): boolean => HAND_WORDS.some((w) => ctx.text.includes(` ${w} `));

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
