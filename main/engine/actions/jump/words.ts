// How prompts say someone jumps where they stand ("a man jumps", "she jumps for joy", "a kid jumps up
// and down", "jumps twice"). A jump over, onto, into or off something, or with a rope, is another
// action Kinora does not show: those stay refused rather than become a jump on the spot.
export const JUMP = ['jumps up and down', 'jumping up and down', 'jump up and down', 'jumps', 'jump', 'jumped', 'jumping'];
// Words about the jump the result shows.
export const JUMP_DETAILS = ['up and down', 'up', 'in the air', 'into the air', 'high', 'for joy', 'on the spot', 'in place', 'straight up', 'with joy'];

const FORMS = new Set(['jump', 'jumps', 'jumped', 'jumping']);
// What after the verb makes it a jump to or over somewhere, or not a person's jump on the spot.
const ELSEWHERE = new Set(['over', 'onto', 'into', 'off', 'across', 'on', 'from', 'through', 'down', 'rope', 'ropes', 'out', 'in', 'to', 'toward', 'towards', 'shot', 'shots', 'start', 'starts']);

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'this', 'that']);

// The index of the first jump word that is a jump on the spot, or -1.
export function findJump(words: readonly string[]): number {
  return words.findIndex((w, i) => FORMS.has(w) && onTheSpot(words, i));
}

function onTheSpot(words: readonly string[], i: number, after = 1): boolean {
  const next = words[i + after] ?? '';
  // "jumps up", "jumps high", "jumps up in the air": what follows them decides.
  if (after === 1 && (next === 'up' || next === 'high')) return words[i + 2] === 'and' || onTheSpot(words, i, 2);
  // "in the air", "into the air" and "in place" are on the spot; "in the pool" is not.
  if (next === 'in' || next === 'into') return words[i + after + 1] === 'place' || (words[i + after + 1] === 'the' && words[i + after + 2] === 'air');
  // "jumps the fence", "jumps a puddle": a jump over it.
  if (ARTICLES.has(next)) return false;
  return !ELSEWHERE.has(next);
}

// "up and down" is jumping again and again: as many times as that asks when no count is said.
export const UP_AND_DOWN_TIMES = 3;
export const upAndDown = (words: readonly string[], at: number): boolean => words.slice(at + 1, at + 4).join(' ') === 'up and down';
