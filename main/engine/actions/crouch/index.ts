// Crouch: a person crouches (or squats) where they stand, feet planted, or kneels on one knee, and
// holds it or gets back up.
// The same pose brings a person's hand to the floor for the actions that need it there (a ball
// rolled from the hand, a thing picked up from the floor).
import type { ActionModule } from '../types';
import { castCrouch, implyCrouch } from './cast';
import { kneelRig } from './kneel';
import { crouchRig, DOWN_SEC, UP_SEC } from './pose';
import { scheduleCrouch } from './schedule';
import { CROUCH, CROUCH_DETAILS, RISE_DETAILS } from './words';

export const crouchAction: ActionModule<'crouch'> = {
  kind: 'crouch',
  words: { verbs: CROUCH, details: [...CROUCH_DETAILS, ...RISE_DETAILS], describe: 'crouches', done: 'crouching', once: 'crouched once: the pose is held or risen from' },
  claims: (ctx) => ctx.said('crouch') && ctx.has('person'),
  imply: implyCrouch,
  cast: castCrouch,
  schedule: scheduleCrouch,
  wholeBody: 'crouching',
  pose: { animations: ['crouch', 'kneel'], rig: (track, H) => (track.animation === 'kneel' ? kneelRig : crouchRig)(track, H), hold: 'one-hand' },
  sentence: (action, name) => `${name(action.actor)} ${action.kneel ? 'kneels' : 'crouches'}${action.riseSec !== undefined ? ' and stands up again' : ''}`,
  recap: (track, label, clipSec) => (track.startSec < clipSec ? `${label.startsWith('@') ? label : `The ${label}`} ${track.animation === 'kneel' ? 'knelt' : 'crouched'}${track.beats?.length ? ' and stood up again' : ''}.` : null),
  doneSec: (action) => (action.riseSec !== undefined ? action.riseSec + UP_SEC : action.startSec + DOWN_SEC),
};
