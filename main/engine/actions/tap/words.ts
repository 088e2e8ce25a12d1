// How prompts say a tap runs or drips.
export const RUNS = [
  'runs', 'run', 'running', 'ran', 'flows', 'flow', 'flowing', 'flowed', 'pours', 'pouring', 'fills', 'fill', 'filling', 'filled',
  'turns on', 'turned on', 'turn on', 'gushes', 'streams', 'comes out', 'drips', 'drip', 'dripping', 'dripped', 'trickles', 'trickle', 'trickling',
];
export const DRIPS = ['drips', 'drip', 'dripping', 'dripped', 'drop by drop', 'drops', 'leaks', 'leaking'];
