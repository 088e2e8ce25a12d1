// Kick: a person runs up to a ball resting on the ground and kicks it; the foot's strike moves the
// ball through physics and is heard.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { isClaimed } from '../shared/loose-ball';
import { byId, facingAlong, facingTowards, scaled, stepAt } from '../shared/motion';
import type { ActionModule } from '../types';
import { castKick, implyKick } from './cast';
import { kickStrikeHook, SHOE_MATERIAL } from './physics';
import { KICK_CONTACT_AFTER_START, kickFootsteps, kickRig } from './pose';

const KICK = ['kick', 'kicks', 'kicked', 'kicking', 'punts', 'boots'];

export const kickAction: ActionModule<'kick'> = {
  kind: 'kick',
  words: { verbs: KICK, describe: 'kicks the ball', done: 'being kicked' },
  claims: (ctx) => ctx.said('kick'),
  imply: implyKick,
  cast: castKick,
  schedule: (action, ctx) => {
    const ball = byId(ctx.plan, action.object);
    const person = byId(ctx.plan, action.actor);
    if (!ball || ball.kind !== 'ball' || isClaimed(ball, ctx) || !person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
    const contactStep = stepAt(action.startSec + KICK_CONTACT_AFTER_START, ctx.timing.dt);
    const track: ActorTrack = {
      entityId: person.id,
      animation: 'kick',
      startSec: action.startSec,
      releaseSec: contactStep * ctx.timing.dt,
      facing: facingAlong(action.velocity, () => facingTowards(person.position, ball.position)),
      position: person.position,
    };
    ctx.tracks.set(person.id, track);
    const k = 1 + ctx.jitter.normal(0, 0.02);
    ctx.struck.push(ball);
    ctx.hooks.push(kickStrikeHook({ ball, actor: person, track, contactStep, velocity: scaled(action.velocity, k) }));
  },
  wholeBody: 'kicking',
  pose: { animations: ['kick'], rig: kickRig, hold: 'two-hands', footsteps: (track) => kickFootsteps(track) },
  sounds: { touchMaterial: SHOE_MATERIAL },
};
