// How prompts say an everyday thing falls, and what they say it does when it lands.
import { hasPhrase } from '../../prompt/text';

export const FALL = [
  'falls', 'fall', 'falling', 'fell', 'fallen', 'drops', 'drop', 'dropped', 'dropping', 'tips over', 'tips off', 'topples off',
  'slides off', 'knocked off', 'knocks off', 'is knocked', 'tumbles', 'tumbling', 'plummets', 'crashes to', 'slips off', 'lets go of',
];
// What a fall may do (the impact decides whether it does; the take's summary says what happened).
export const BREAK = ['shatters', 'shatter', 'shattering', 'shattered', 'breaks', 'break', 'breaking', 'broke', 'smashes', 'smash', 'smashed', 'cracks', 'into pieces', 'to pieces', 'into a thousand pieces', 'in pieces'];

export const breakSaid = (words: readonly string[]): boolean => hasPhrase(` ${words.join(' ')} `, BREAK);
