// How prompts say someone walks or runs, and stops.
import { hasPhrase } from '../../prompt/text';
import type { Gait } from './gait';

export const WALK = ['walk', 'walks', 'walking', 'walked', 'stroll', 'strolls', 'strolling', 'wanders', 'wandering', 'paces', 'pacing', 'marches', 'marching', 'hikes', 'hiking', 'steps forward'];
export const RUN = ['run', 'runs', 'running', 'ran', 'jog', 'jogs', 'jogging', 'sprint', 'sprints', 'sprinting', 'dashes'];
export const STOP = ['stop', 'stops', 'stopping', 'halts', 'comes to a stop', 'stands still'];
export const TURN = ['turns around', 'turns round', 'turns back', 'turn around', 'turning around', 'comes back', 'walks back', 'runs back', 'heads back', 'turns'];
// Words about walking the result shows: the footsteps heard, and people walking together abreast.
export const WALK_DETAILS = [...STOP, ...TURN, 'footsteps', 'footstep', 'steps', 'side by side', 'together', 'abreast', 'next to each other'];

export function gaitIn(words: readonly string[]): Gait {
  const text = ` ${words.join(' ')} `;
  return hasPhrase(text, RUN) ? 'run' : 'walk';
}

export const stopsIn = (words: readonly string[]): boolean => hasPhrase(` ${words.join(' ')} `, STOP);

export const turnsIn = (words: readonly string[]): boolean => hasPhrase(` ${words.join(' ')} `, TURN);
