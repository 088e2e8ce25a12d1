// What happens: a shot (and whether the prompt wants it to go in), a drop or bounce, a roll, a
// throw or kick. Verbs and outcome phrases only; who does what to which entity is decided when the
// scene is assembled.
import { hasPhrase, lastPhraseIndex, phraseIndices } from './text';

export type ShotIntent = 'make' | 'miss' | 'any';

export interface Verbs {
  shoot: boolean;
  intent: ShotIntent;
  drop: boolean;
  bounce: boolean;
  roll: boolean;
  throw: boolean;
  kick: boolean;
  dribble: boolean;
  // Boxes falling or toppling on their own ("a stack of boxes collapses").
  topple: boolean;
  // A long or short shot.
  shotRange: 'three' | 'free' | 'close' | null;
  // Word index of the first shooting / throwing / kicking verb (-1 if none), to find who does it.
  shootAt: number;
  throwAt: number;
}

const SHOOT = [
  'shoot', 'shoots', 'shooting', 'shot', 'shots', 'jump shot', 'jumper', 'free throw', 'three pointer', 'three point',
  'takes a shot', 'take a shot', 'puts up', 'layup', 'lay up', 'dunk', 'dunks', 'fires', 'launches a shot', 'attempts a shot',
];
const MAKE = [
  'make', 'makes', 'made', 'making', 'score', 'scores', 'scored', 'scoring', 'swish', 'swishes', 'swished', 'nothing but net',
  'sink', 'sinks', 'sank', 'sunk', 'drain', 'drains', 'drained', 'nail', 'nails', 'nailed', 'bury', 'buries', 'buried',
  'goes in', 'go in', 'went in', 'drops in', 'falls in', 'goes through', 'go through', 'went through', 'through the hoop',
  'through the net', 'through the basket', 'through the rim', 'into the hoop', 'into the basket', 'into the net', 'in the basket',
  'banks it in', 'bank shot', 'knocks down', 'hits the shot', 'hits nothing but net', 'dunk', 'dunks', 'perfect shot', 'successful',
];
const MISS = [
  'miss', 'misses', 'missed', 'missing', 'off the rim', 'rims out', 'rim out', 'in and out', 'clank', 'clanks', 'clanked',
  'brick', 'bricks', 'bricked', 'airball', 'air ball', 'rattles out', 'bounces out', 'pops out', 'spins out', 'no good',
  'fails', 'failed', 'short of the rim', 'off the backboard', 'bounces away', 'rolls off the rim', 'rolls out',
];
// Negations that turn a make phrase into a miss ("does not go in", "fails to score").
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'fails', 'failed', 'barely']);

const DROP = ['drop', 'drops', 'dropped', 'dropping', 'fall', 'falls', 'fell', 'falling', 'lands', 'land', 'landing', 'tumbles', 'plummets', 'released', 'let go', 'lets go'];
const BOUNCE = ['bounce', 'bounces', 'bounced', 'bouncing', 'bouncy'];
const ROLL = ['roll', 'rolls', 'rolled', 'rolling', 'rolls down', 'slides down', 'careens', 'knocks over', 'knock over', 'knocks down the', 'crashes into', 'smashes into', 'plows into', 'ploughs into', 'strikes'];
const THROW = ['throw', 'throws', 'threw', 'thrown', 'throwing', 'toss', 'tosses', 'tossed', 'tossing', 'hurl', 'hurls', 'hurled', 'lob', 'lobs', 'lobbed', 'pitch', 'pitches', 'pitched', 'chuck', 'chucks', 'fling', 'flings', 'flung', 'launch', 'launches', 'launched'];
const KICK = ['kick', 'kicks', 'kicked', 'kicking', 'punts', 'boots'];
const DRIBBLE = ['dribble', 'dribbles', 'dribbling', 'dribbled'];
const TOPPLE = ['topple', 'topples', 'toppled', 'toppling', 'collapse', 'collapses', 'collapsed', 'collapsing', 'tip over', 'tips over', 'fall over', 'falls over', 'come down', 'comes down', 'tumble', 'tumbles'];

function shotIntent(words: readonly string[]): ShotIntent {
  const makeAt = lastPhraseIndex(words, MAKE);
  const missAt = lastPhraseIndex(words, MISS);
  // A make phrase right after a negation is a miss: "does not go in", "fails to score".
  const negated = makeAt > 0 && [1, 2, 3].some((k) => NEGATORS.has(words[makeAt - k] ?? ''));
  if (makeAt >= 0 && !negated && makeAt > missAt) return 'make';
  if (missAt >= 0 || negated) return 'miss';
  return 'any';
}

// Phrases where "shot" means a camera shot and "made" means a material, which must not read as a
// basketball shot or a made basket.
const NOT_VERBS = /\b(close up|closeup|wide|medium|mid|tracking|long|establishing|overhead|aerial|drone|static|tight|side|action|camera|slow motion|cinematic|dolly|orbit|orbiting|pov)\s+shots?\b|\bshots? of\b|\bmade (of|from|out of)\b|\bmake of\b/g;

export function findVerbs(allWords: readonly string[]): Verbs {
  // Masked word by word, so word indices still match the prompt's.
  const masked = allWords.join(' ').replace(NOT_VERBS, (m) => m.split(' ').map(() => '_').join(' '));
  const text = ` ${masked} `;
  const words = masked.split(' ');
  const intent = shotIntent(words);
  const outcome = intent !== 'any';
  const range = hasPhrase(text, ['three pointer', 'three point', 'from three', 'a three', 'from downtown', 'from deep', 'long range', 'from the three point line', 'from the arc', 'beyond the arc'])
    ? 'three'
    : hasPhrase(text, ['free throw', 'from the line', 'foul line', 'free throw line'])
      ? 'free'
      : hasPhrase(text, ['layup', 'lay up', 'dunk', 'dunks', 'close range', 'under the basket', 'under the hoop'])
        ? 'close'
        : null;
  return {
    shoot: hasPhrase(text, SHOOT) || outcome,
    intent,
    drop: hasPhrase(text, DROP),
    bounce: hasPhrase(text, BOUNCE),
    roll: hasPhrase(text, ROLL),
    throw: hasPhrase(text, THROW),
    kick: hasPhrase(text, KICK),
    dribble: hasPhrase(text, DRIBBLE),
    topple: hasPhrase(text, TOPPLE),
    shotRange: range,
    shootAt: phraseIndices(words, SHOOT)[0] ?? phraseIndices(words, MAKE)[0] ?? phraseIndices(words, MISS)[0] ?? -1,
    throwAt: phraseIndices(words, [...THROW, ...KICK])[0] ?? -1,
  };
}
