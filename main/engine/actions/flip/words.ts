// How prompts say a coin is flipped ("flips a coin", "a coin is tossed", "coin toss"). A flip of
// anything else ("flips the table", "flips a pancake") is not this action and stays refused.
export const FLIP = ['flips', 'flip', 'flipped', 'flipping', 'tosses', 'toss', 'tossed', 'tossing', 'coin toss', 'coin flip'];
// Words about the flip that the result shows.
export const FLIP_DETAILS = ['into the air', 'in the air', 'up in the air', 'lands', 'landed', 'landing', 'lands on the table', 'heads or tails', 'end over end', 'with his thumb', 'with her thumb', 'with a thumb'];

// "lands heads up": which face lands up is the physics' to decide (seeds differ), never the words'.
export function faceAsked(words: readonly string[]): number {
  return words.findIndex((w, i) => (w === 'heads' || w === 'tails') && words[i + 1] !== 'or' && words[i - 1] !== 'or');
}
