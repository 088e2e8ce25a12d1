// A throw to someone: the catcher's track (facing the thrower, hands up for the ball's arrival) and
// the velocity that brings the ball from the thrower's release to where her palms close, flying at
// `acrossMps` along the ground. The cast plans it; the schedule aims it again from the real release
// and where she really stands (the Remix panel may have moved her).
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import { facingAlong } from '../shared/motion';
import { aimAt } from './aim';
import { caughtBallAt } from './catch-pose';

export interface ThrowToCatcher {
  track: ActorTrack;
  velocity: Vec3;
}

export function throwToCatcher(thrower: Entity, catcher: Entity, ball: Entity, release: Vec3, releaseSec: number, startSec: number, acrossMps: number): ThrowToCatcher {
  const toThrower: Vec3 = [thrower.position[0] - catcher.position[0], 0, thrower.position[2] - catcher.position[2]];
  const track: ActorTrack = {
    entityId: catcher.id,
    animation: 'catch',
    startSec,
    // Where the palms close does not depend on when: any arrival gives the aim point.
    releaseSec: startSec + 2,
    facing: facingAlong(toThrower, () => 0),
    position: catcher.position,
    to: thrower.id,
  };
  const target = caughtBallAt(track, heightOf(catcher), ball.size[0] ?? 0.1, track.releaseSec);
  const aim = aimAt(release, target, acrossMps);
  return { track: { ...track, releaseSec: releaseSec + aim.flightSec }, velocity: aim.velocity };
}
