// Speak: people say the prompt's quoted lines in their own voices (a local speech synthesizer), in
// turn, facing each other, jaw and head moving with the voice and hands with the phrasing.
import type { ActionModule } from '../types';
import { castSpeak, implySpeak } from './cast';
import { talkRig } from './pose';
import { scheduleSpeak } from './schedule';
import { NEEDS_QUOTES, SPEAK } from './words';

export const speakAction: ActionModule<'speak'> = {
  kind: 'speak',
  words: { verbs: SPEAK, details: ['to'], describe: 'says their lines', done: 'being spoken' },
  sentence: (action, label) => `${label(action.actor)} talks${action.to ? ` to ${label(action.to)}` : ''}`,
  claims: (ctx) => ctx.said('speak'),
  // Lines are spoken whatever else happens ("a man walks and says ..."): the speech is heard and
  // the speaker's jaw moves over any action.
  alongside: (ctx) => ctx.quotes > 0,
  needs: (ctx) => (ctx.quotes > 0 ? null : NEEDS_QUOTES),
  imply: implySpeak,
  cast: castSpeak,
  schedule: scheduleSpeak,
  pose: { animations: ['talk'], rig: talkRig, hold: 'two-hands' },
};
