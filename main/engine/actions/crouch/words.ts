// How prompts say someone crouches where they stand ("a girl crouches", "a man squats down", "she
// crouches down low"), or kneels ("a man kneels", "she kneels down"): on one knee, another pose.
export const KNEEL = ['kneels down', 'kneel down', 'knelt down', 'kneeling down', 'kneels', 'kneel', 'knelt', 'kneeled', 'kneeling', 'gets down on one knee', 'goes down on one knee'];
export const kneels = (words: readonly string[], at: number): boolean => KNEEL.some((k) => words.slice(at, at + k.split(' ').length).join(' ') === k);
export const CROUCH = [...KNEEL, 
  'crouches down', 'crouch down', 'crouched down', 'crouching down', 'crouches', 'crouch', 'crouched', 'crouching',
  'squats down', 'squat down', 'squatted down', 'squatting down', 'squats', 'squat', 'squatted', 'squatting',
  'hunkers down', 'hunker down', 'hunkered down', 'hunkering down',
];
// Words about the crouch the result shows.
export const CROUCH_DETAILS = ['down', 'low', 'on one knee', 'on his knee', 'on her knee', 'down low', 'on the spot', 'where he stands', 'where she stands'];

// "crouches and stands up", "squats then gets up": the person rises again after the crouch.
const RISE = ['stands up', 'stand up', 'gets up', 'get up', 'rises', 'rise', 'straightens up', 'stands back up', 'gets back up'];
export const RISE_DETAILS = RISE;

export function risesAfter(words: readonly string[], at: number): boolean {
  const after = ` ${words.slice(at + 1).join(' ')} `;
  return RISE.some((r) => after.includes(` ${r} `));
}
