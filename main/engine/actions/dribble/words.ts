// How prompts name a dribble: "dribbles", and a person bouncing a ball ("he bounces the ball three
// times", "a kid bouncing a basketball"): "bounces" with the ball right after it is done by
// someone's hand; "the ball bounces" is a dropped ball's (drop).
import { phraseIndices } from '../../prompt/text';

export const DRIBBLE = ['dribble', 'dribbles', 'dribbling', 'dribbled'];
const BOUNCES = ['bounce', 'bounces', 'bouncing', 'bounced'];
const OWNERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'our']);

// "bounces the ball", "bouncing his basketball", "bounces a red ball": a ball noun within three words.
function bouncesABall(words: readonly string[], i: number): boolean {
  if (!OWNERS.has(words[i + 1] ?? '')) return false;
  return words.slice(i + 2, i + 5).some((w) => /ball$/.test(w));
}

// Where the prompt names a dribble (word index), or -1.
export function findDribble(words: readonly string[]): number {
  const said = phraseIndices(words, DRIBBLE)[0] ?? -1;
  const bounced = words.findIndex((w, i) => BOUNCES.includes(w) && bouncesABall(words, i));
  return [said, bounced].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
}

// The bounce words of a dribble, read with it.
export const BOUNCE_DETAILS = BOUNCES;
