// How prompts say someone crouches where they stand ("a girl crouches", "a man squats down", "she
// crouches down low"). Kneeling (a knee on the floor) is another pose, not shown as a crouch.
export const CROUCH = [
  'crouches down', 'crouch down', 'crouched down', 'crouching down', 'crouches', 'crouch', 'crouched', 'crouching',
  'squats down', 'squat down', 'squatted down', 'squatting down', 'squats', 'squat', 'squatted', 'squatting',
  'hunkers down', 'hunker down', 'hunkered down', 'hunkering down',
];
// Words about the crouch the result shows.
export const CROUCH_DETAILS = ['down', 'low', 'down low', 'on the spot', 'where he stands', 'where she stands'];

// "crouches and stands up", "squats then gets up": the person rises again after the crouch.
const RISE = ['stands up', 'stand up', 'gets up', 'get up', 'rises', 'rise', 'straightens up', 'stands back up', 'gets back up'];
export const RISE_DETAILS = RISE;

export function risesAfter(words: readonly string[], at: number): boolean {
  const after = ` ${words.slice(at + 1).join(' ')} `;
  return RISE.some((r) => after.includes(` ${r} `));
}
