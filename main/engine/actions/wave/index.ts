// Wave: a person raises a hand and waves it side to side a few times at whom they greet, or at the
// camera, with anything they say before or after it in the prompt's order.
import type { ActionModule } from '../types';
import { castWave, implyWave } from './cast';
import { WAVE_SEC } from './pose';
import { waveRig } from './pose';
import { scheduleWave } from './schedule';
import { WAVE, WAVE_DETAILS, waveGestures } from './words';

export const waveAction: ActionModule<'wave'> = {
  kind: 'wave',
  words: { verbs: WAVE, details: WAVE_DETAILS, describe: 'waves', done: 'being waved', once: 'waved once: one wave is three swings of the hand', find: (words) => waveGestures(words)[0] ?? -1, owns: waveGestures },
  claims: (ctx) => ctx.said('wave'),
  imply: implyWave,
  cast: castWave,
  schedule: scheduleWave,
  pose: { animations: ['wave'], rig: waveRig, hold: 'two-hands' },
  sentence: (action, label) => `${label(action.actor)} waves at ${action.to ? label(action.to) : 'the camera'}`,
  recap: (track, label, clipSec) => (track.startSec < clipSec ? `${label.startsWith('@') ? label : `The ${label}`} raised a hand and waved.` : null),
  doneSec: (action) => action.startSec + WAVE_SEC,
};
