// How prompts say someone falls over, and whether they get back up.
import { hasPhrase } from '../../prompt/text';

export const TRIP = [
  'trips', 'trip', 'tripped', 'tripping', 'stumbles', 'stumble', 'stumbled', 'stumbling', 'slips', 'slip', 'slipped', 'slipping',
  'falls down', 'falls over', 'fell down', 'fell over', 'falls flat', 'falls', 'fall', 'fell', 'falling', 'faceplants', 'tumbles', 'topples over',
];
export const GET_UP = ['gets up', 'gets back up', 'get up', 'getting up', 'stands up', 'stands back up', 'picks himself up', 'picks herself up', 'picks themselves up', 'back on their feet', 'back on his feet', 'back on her feet', 'recovers'];
export const STAY_DOWN = ['stays down', 'lies there', 'lies on the ground', 'does not get up', 'stays on the ground', 'lies still'];
// Words about the fall the result shows.
export const TRIP_DETAILS = [...GET_UP, ...STAY_DOWN, 'on the ground', 'to the ground', 'flat', 'face first', 'again', 'back'];

export const staysDown = (words: readonly string[]): boolean => hasPhrase(` ${words.join(' ')} `, STAY_DOWN);
export const walksFirst = (words: readonly string[], walkSaid: boolean): boolean => walkSaid || hasPhrase(` ${words.join(' ')} `, ['trips', 'tripped', 'trip', 'stumbles', 'stumbled', 'slips', 'slipped']);
