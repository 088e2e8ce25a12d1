// The nouns Kinora understands, as word sequences, and what each names (a ball by its key, a person
// by theirs, an everyday object by its form). The facts behind them live in vocabulary.ts.
import type { ObjectForm } from '../../contract/scene-plan';
import { OBJECTS } from '../objects';
import type { BallKey, BoxKey } from './vocabulary';

// Nouns, as word sequences, and what they name. Longer phrases win over their parts
// ("basketball player" is a person, not a basketball).
export type NounTarget =
  | { kind: 'ball'; key: BallKey }
  | { kind: 'box'; key: BoxKey }
  | { kind: 'person'; key: string }
  | { kind: 'hoop'; part: boolean }
  | { kind: 'ramp' }
  | { kind: 'table'; label: string }
  | { kind: 'stairs' }
  | { kind: 'wall' }
  | { kind: 'object'; form: ObjectForm };

export interface Noun {
  words: string[];
  plural?: string[];
  target: NounTarget;
}

const n = (phrase: string, target: NounTarget, plural?: string): Noun => ({
  words: phrase.split(' '),
  ...(plural ? { plural: plural.split(' ') } : {}),
  target,
});

export const NOUNS: Noun[] = [
  n('basketball player', { kind: 'person', key: 'baller' }),
  n('soccer player', { kind: 'person', key: 'footballer' }),
  n('football player', { kind: 'person', key: 'footballer' }),
  n('footballer', { kind: 'person', key: 'footballer' }),
  n('basketball hoop', { kind: 'hoop', part: false }),
  n('basketball', { kind: 'ball', key: 'basketball' }),
  n('tennis ball', { kind: 'ball', key: 'tennis' }),
  n('soccer ball', { kind: 'ball', key: 'soccer' }),
  n('football', { kind: 'ball', key: 'soccer' }),
  n('volleyball', { kind: 'ball', key: 'volleyball' }),
  n('bowling ball', { kind: 'ball', key: 'bowling' }),
  n('golf ball', { kind: 'ball', key: 'golf' }),
  n('baseball', { kind: 'ball', key: 'baseball' }),
  n('ping pong ball', { kind: 'ball', key: 'pingpong' }),
  n('pingpong ball', { kind: 'ball', key: 'pingpong' }),
  n('table tennis ball', { kind: 'ball', key: 'pingpong' }),
  n('beach ball', { kind: 'ball', key: 'beach' }),
  n('bouncy ball', { kind: 'ball', key: 'bouncy' }),
  n('super ball', { kind: 'ball', key: 'bouncy' }),
  n('medicine ball', { kind: 'ball', key: 'medicine' }),
  n('marble', { kind: 'ball', key: 'marble' }),
  n('ball', { kind: 'ball', key: 'generic' }),
  n('sphere', { kind: 'ball', key: 'generic' }),
  n('hoop', { kind: 'hoop', part: false }),
  n('basket', { kind: 'hoop', part: false }),
  n('rim', { kind: 'hoop', part: true }),
  n('backboard', { kind: 'hoop', part: true }),
  n('net', { kind: 'hoop', part: true }),
  n('cardboard box', { kind: 'box', key: 'box' }, 'cardboard boxes'),
  n('box', { kind: 'box', key: 'box' }, 'boxes'),
  n('carton', { kind: 'box', key: 'box' }),
  n('package', { kind: 'box', key: 'box' }),
  n('crate', { kind: 'box', key: 'crate' }),
  n('ice cube', { kind: 'box', key: 'ice' }, 'ice cubes'),
  n('cube of ice', { kind: 'box', key: 'ice' }, 'cubes of ice'),
  n('cube', { kind: 'box', key: 'block' }),
  n('block', { kind: 'box', key: 'block' }),
  n('flight of stairs', { kind: 'stairs' }, 'flights of stairs'),
  n('staircase', { kind: 'stairs' }),
  n('stairway', { kind: 'stairs' }),
  n('stairs', { kind: 'stairs' }, 'stairs'),
  n('wall', { kind: 'wall' }, 'walls'),
  n('steps', { kind: 'stairs' }, 'steps'),
  n('ramp', { kind: 'ramp' }),
  n('slope', { kind: 'ramp' }),
  n('incline', { kind: 'ramp' }),
  n('chute', { kind: 'ramp' }),
  n('coffee table', { kind: 'table', label: 'coffee table' }),
  n('kitchen table', { kind: 'table', label: 'kitchen table' }),
  n('table', { kind: 'table', label: 'table' }),
  n('desk', { kind: 'table', label: 'desk' }),
  n('workbench', { kind: 'table', label: 'workbench' }),
  n('kitchen counter', { kind: 'table', label: 'counter' }),
  n('countertop', { kind: 'table', label: 'counter' }),
  n('counter', { kind: 'table', label: 'counter' }),
  n('old man', { kind: 'person', key: 'old man' }, 'old men'),
  n('old woman', { kind: 'person', key: 'old woman' }, 'old women'),
  // Everyday objects, from the object catalog's own nouns.
  ...OBJECTS.flatMap((o) => o.nouns.map((noun) => n(noun, { kind: 'object', form: o.form }, o.plurals?.[noun]))),
  n('man', { kind: 'person', key: 'man' }, 'men'),
  n('guy', { kind: 'person', key: 'guy' }),
  n('woman', { kind: 'person', key: 'woman' }, 'women'),
  n('lady', { kind: 'person', key: 'lady' }, 'ladies'),
  n('boy', { kind: 'person', key: 'boy' }),
  n('girl', { kind: 'person', key: 'girl' }),
  n('kid', { kind: 'person', key: 'kid' }),
  n('child', { kind: 'person', key: 'child' }, 'children'),
  n('teenager', { kind: 'person', key: 'teenager' }),
  n('teen', { kind: 'person', key: 'teenager' }),
  n('businessman', { kind: 'person', key: 'businessman' }, 'businessmen'),
  n('businesswoman', { kind: 'person', key: 'businesswoman' }, 'businesswomen'),
  n('person', { kind: 'person', key: 'person' }, 'people'),
  n('player', { kind: 'person', key: 'player' }),
  n('athlete', { kind: 'person', key: 'athlete' }),
  n('shooter', { kind: 'person', key: 'shooter' }),
  n('baller', { kind: 'person', key: 'baller' }),
  n('coach', { kind: 'person', key: 'coach' }, 'coaches'),
  n('friend', { kind: 'person', key: 'friend' }),
  n('someone', { kind: 'person', key: 'someone' }),
  n('somebody', { kind: 'person', key: 'someone' }),
  n('father', { kind: 'person', key: 'father' }),
  n('hiker', { kind: 'person', key: 'hiker' }),
  n('runner', { kind: 'person', key: 'runner' }),
  n('jogger', { kind: 'person', key: 'runner' }),
  n('walker', { kind: 'person', key: 'walker' }),
  n('dad', { kind: 'person', key: 'father' }),
  n('mother', { kind: 'person', key: 'mother' }),
  n('old man', { kind: 'person', key: 'old man' }, 'old men'),
  n('elderly man', { kind: 'person', key: 'old man' }, 'elderly men'),
  n('old woman', { kind: 'person', key: 'old woman' }, 'old women'),
  n('old lady', { kind: 'person', key: 'old woman' }, 'old ladies'),
  n('elderly woman', { kind: 'person', key: 'old woman' }, 'elderly women'),
  n('elderly person', { kind: 'person', key: 'elderly' }, 'elderly people'),
  n('grandfather', { kind: 'person', key: 'grandfather' }),
  n('grandpa', { kind: 'person', key: 'grandfather' }),
  n('grandmother', { kind: 'person', key: 'grandmother' }),
  n('grandma', { kind: 'person', key: 'grandmother' }),
  n('granny', { kind: 'person', key: 'grandmother' }, 'grannies'),
  n('knight', { kind: 'person', key: 'knight' }, 'knights'),
  n('astronaut', { kind: 'person', key: 'astronaut' }, 'astronauts'),
  n('chef', { kind: 'person', key: 'chef' }, 'chefs'),
  n('king', { kind: 'person', key: 'king' }),
  n('queen', { kind: 'person', key: 'queen' }),
  n('prince', { kind: 'person', key: 'prince' }),
  n('princess', { kind: 'person', key: 'princess' }, 'princesses'),
  n('soldier', { kind: 'person', key: 'soldier' }),
  n('wizard', { kind: 'person', key: 'wizard' }),
  n('teacher', { kind: 'person', key: 'teacher' }),
  n('doctor', { kind: 'person', key: 'doctor' }),
  n('granddaughter', { kind: 'person', key: 'granddaughter' }),
  n('grandson', { kind: 'person', key: 'grandson' }),
  n('daughter', { kind: 'person', key: 'daughter' }),
  n('son', { kind: 'person', key: 'son' }),
  n('mom', { kind: 'person', key: 'mother' }),
];
