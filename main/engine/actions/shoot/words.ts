// How prompts talk about a basketball shot: the shooting verbs, the outcome phrases ("swish",
// "off the rim"), negations ("does not go in") and the range ("from three").
import { hasPhrase, lastPhraseIndex, phraseIndices } from '../../prompt/text';

export type ShotIntent = 'make' | 'miss' | 'any';
export type ShotRange = 'three' | 'free' | 'close' | null;

export const SHOOT = [
  'shoot', 'shoots', 'shooting', 'shot', 'shots', 'jump shot', 'jumper', 'free throw', 'three pointer', 'three point',
  'takes a shot', 'take a shot', 'puts up', 'layup', 'layups', 'lay up', 'dunk', 'dunks', 'dunking', 'dunked', 'fires', 'launches a shot', 'attempts a shot',
];
const MAKE = [
  'make', 'makes', 'made', 'making', 'score', 'scores', 'scored', 'scoring', 'swish', 'swishes', 'swished', 'nothing but net',
  'sink', 'sinks', 'sank', 'sunk', 'drain', 'drains', 'drained', 'nail', 'nails', 'nailed', 'bury', 'buries', 'buried',
  'goes in', 'go in', 'went in', 'drops in', 'falls in', 'goes through', 'go through', 'went through', 'through the hoop',
  'through the net', 'through the basket', 'through the rim', 'into the hoop', 'into the basket', 'into the net', 'in the basket',
  'banks it in', 'banks in', 'bank shot', 'knocks down', 'hits the shot', 'hits nothing but net', 'dunk', 'dunks', 'perfect shot', 'successful',
];
const MISS = [
  'miss', 'misses', 'missed', 'missing', 'off the rim', 'rims out', 'rim out', 'in and out', 'clank', 'clanks', 'clanked',
  'brick', 'bricks', 'bricked', 'airball', 'air ball', 'rattles out', 'bounces out', 'pops out', 'spins out', 'no good',
  'fails', 'failed', 'short of the rim', 'off the backboard', 'bounces away', 'rolls off the rim', 'rolls out',
];
// Negations that turn a make phrase into a miss ("does not go in", "fails to score").
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'fails', 'failed', 'barely']);
// The backboard named as part of what happens: a bank shot, or a miss off the glass.
const BOARD = ['backboard', 'glass', 'bank shot', 'banks it in', 'banks in', 'banked', 'off the board'];

// "drops in the gym" is a place, not a ball dropping into the basket.
function withoutPlaces(words: readonly string[]): string[] {
  return words.map((w, i) => (w === 'in' && ['drops', 'falls'].includes(words[i - 1] ?? '') && ['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their'].includes(words[i + 1] ?? '') ? '_' : w));
}

export function shotIntent(allWords: readonly string[]): ShotIntent {
  const words = withoutPlaces(allWords);
  const makeAt = lastPhraseIndex(words, shotPhrases(words, MAKE));
  const missAt = lastPhraseIndex(words, shotPhrases(words, MISS));
  // A make phrase right after a negation is a miss: "does not go in", "fails to score".
  const negated = makeAt > 0 && [1, 2, 3].some((k) => NEGATORS.has(words[makeAt - k] ?? ''));
  if (makeAt >= 0 && !negated && makeAt > missAt) return 'make';
  if (missAt >= 0 || negated) return 'miss';
  return 'any';
}

// The negated make phrase that makes a shot a miss ("the ball does not go in"), where a shot is
// named: the shot reads that negation itself (as a miss), so the negation reader leaves it alone.
export function readsNegation(allWords: readonly string[]): number[] {
  const words = withoutPlaces(allWords);
  if (phraseIndices(words, SHOOT).length === 0) return [];
  const makeAt = lastPhraseIndex(words, shotPhrases(words, MAKE));
  return makeAt > 0 && [1, 2, 3].some((k) => NEGATORS.has(words[makeAt - k] ?? '')) ? [makeAt] : [];
}

// Whether the prompt wants the ball to touch the backboard on the way.
export function wantsBoard(words: readonly string[]): boolean {
  return hasPhrase(` ${words.join(' ')} `, BOARD);
}

const THREE_RANGE = ['three pointer', 'three point', 'from three', 'a three', 'from downtown', 'from deep', 'long range', 'from the three point line', 'from the arc', 'beyond the arc'];
const FREE_RANGE = ['free throw', 'from the line', 'foul line', 'free throw line'];
const CLOSE_RANGE = ['layup', 'lay up', 'dunk', 'dunks', 'close range', 'under the basket', 'under the hoop'];
export const SHOOT_RANGE_PHRASES = [...THREE_RANGE, ...FREE_RANGE, ...CLOSE_RANGE];

export function shotRange(words: readonly string[]): ShotRange {
  const text = ` ${words.join(' ')} `;
  if (hasPhrase(text, THREE_RANGE)) return 'three';
  if (hasPhrase(text, FREE_RANGE)) return 'free';
  if (hasPhrase(text, CLOSE_RANGE)) return 'close';
  return null;
}

// Slang for a made or missed shot that is an everyday word first ("the sink", "a drain", "a nail",
// "a brick"): it names a shot only where the prompt is about basketball.
const SLANG = new Set(['sink', 'sinks', 'sank', 'sunk', 'drain', 'drains', 'drained', 'nail', 'nails', 'nailed', 'bury', 'buries', 'buried', 'brick', 'bricks', 'bricked']);
const HOOP_WORDS = [
  'basketball', 'basketballs', 'hoop', 'hoops', 'basket', 'rim', 'backboard', 'court', 'shooter', 'baller', 'nba', 'buzzer', 'player',
  'three', 'free throw', 'jumper', 'jump shot', 'layup', 'dunk', 'shot', 'shots', 'net',
];
const aboutBasketball = (words: readonly string[]): boolean => hasPhrase(` ${words.join(' ')} `, HOOP_WORDS);
function shotPhrases(words: readonly string[], phrases: readonly string[]): readonly string[] {
  return aboutBasketball(words) ? phrases : phrases.filter((p) => !SLANG.has(p));
}

// A shot is named by a shooting verb or by its outcome ("nothing but net!").
export function findShot(allWords: readonly string[]): number {
  const words = withoutPlaces(allWords);
  return phraseIndices(words, SHOOT)[0] ?? phraseIndices(words, shotPhrases(words, MAKE))[0] ?? phraseIndices(words, shotPhrases(words, MISS))[0] ?? -1;
}

// The outcome phrases and board words this module reads, so the parser can count them as understood.
export const SHOT_DETAIL_PHRASES = [...MAKE, ...MISS, ...BOARD];
