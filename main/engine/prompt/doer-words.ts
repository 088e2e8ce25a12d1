// "A glass of milk is knocked over by a cat": Kinora has no cat, so the glass is knocked over by a
// hand from outside the frame. The motion is what the prompt is about (the glass is its subject), so
// it is shown; the doer is listed as not shown, saying who does it in its place, never left to read
// as if the cat were there. ("A cat knocks over a glass", where the cat is the subject, is refused.)
import { HAND_WORDS } from '../actions/shared/hand-words';
import type { CastPrompt } from './cast-prompt';
import type { PartOfSpeech } from './pos';

// Why a doer Kinora cannot show is not shown, saying what happens in its place: a hand from outside
// the frame pushes, or the thing goes by itself (a fall with no hand).
export const HAND_IN_ITS_PLACE = 'not in Kinora\'s world: a hand from outside the frame does it in its place';
export const BY_ITSELF = 'not in Kinora\'s world: it happens by itself';

// Words that may stand between "by" and the doer ("by a big cat", "by the neighbour's dog").
const DESCRIBING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'big', 'small', 'little', 'black', 'white', 'grey', 'gray', 'brown', 'orange', 'curious', 'playful', 'naughty']);

// The unread nouns that name who does the cast action ("by a cat") where no one the scene has does
// it, by word index, with what happens in its place.
export function doersReplaced(cast: CastPrompt, words: readonly string[], tags: readonly PartOfSpeech[], unread: readonly number[]): Map<number, string> {
  const acted = cast.scene.actions[0];
  const out = new Map<number, string>();
  // Someone of the scene does it ("kicked by a dog": a person kicks; the prompt is refused).
  if (!acted || ('by' in acted && acted.by) || 'actor' in acted) return out;
  const reason = 'byHand' in acted && acted.byHand ? HAND_IN_ITS_PLACE : BY_ITSELF;
  for (const i of unread) {
    // A hand is in Kinora's world; one the action has not got is listed plain.
    if (tags[i] !== 'noun' || HAND_WORDS.includes(words[i] ?? '') || words[i] === 'finger') continue;
    let j = i - 1;
    while (j >= 0 && DESCRIBING.has(words[j] ?? '')) j--;
    if (words[j] === 'by') out.set(i, reason);
  }
  return out;
}
