// When a hand does an action: the prompt names a hand, or a person does it ("she pushes the cup").
// The hand's words are then shown by the hand the action draws.
import type { DraftContext } from '../../cast/draft-context';

export const HAND_WORDS = ['hand', 'hands', 'fingers', 'by hand'];

export const handNamed = (ctx: DraftContext): boolean => HAND_WORDS.some((w) => ctx.text.includes(` ${w} `));

// A hand does it: one is named, or a person (or a "she", "someone") is the one acting.
export const byHand = (ctx: DraftContext): boolean => handNamed(ctx) || ctx.has('person');
