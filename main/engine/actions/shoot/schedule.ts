// The shooter's track and the held ball: released at the top of the jump, with a velocity the shot
// search chooses by simulating candidate launches; a watch hook follows the ball to its outcome.
import type { ActorTrack, Vec3 } from '../../../contract/world-trace-types';
import { heldBallCentre } from '../../body/hold';
import { heightOf } from '../../body/skeleton';
import type { BallControl, ScheduleContext } from '../../simulate/schedule-types';
import { isClaimed } from '../shared/loose-ball';
import { byId, facingTowards, stepAt } from '../shared/motion';
import type { ActionOf } from '../types';
import { shotOutcome } from './outcome';
import { shootPose, SHOOT_RELEASE_AFTER_START } from './pose';
import { ShotSearch } from './shot-search';
import type { ShotSetup } from './shot-setup';
import { ShotWatch } from './shot-watch';

export function scheduleShot(action: ActionOf<'shoot'>, ctx: ScheduleContext): void {
  const { plan, timing } = ctx;
  const ball = byId(plan, action.object);
  const shooter = byId(plan, action.actor);
  const hoop = byId(plan, action.target);
  if (!ball || ball.kind !== 'ball' || isClaimed(ball, ctx) || !shooter || shooter.kind !== 'person' || !hoop || hoop.kind !== 'hoop' || ctx.tracks.has(shooter.id)) return;
  const r = ball.size[0] ?? 0.1;
  const releaseStep = stepAt(action.startSec + SHOOT_RELEASE_AFTER_START, timing.dt);
  const track: ActorTrack = {
    entityId: shooter.id,
    animation: 'shoot',
    startSec: action.startSec,
    releaseSec: releaseStep * timing.dt,
    facing: facingTowards(shooter.position, hoop.position),
    position: shooter.position,
  };
  ctx.tracks.set(shooter.id, track);
  const H = heightOf(shooter);
  const hold = (t: number): Vec3 => heldBallCentre(shootPose(track, H, t), 'two-hands', r);
  // The launch is the search's to choose; the ball ignores people until its flight is over.
  const control: BallControl = { entity: ball, releaseStep, hold, velocity: null, angvel: [0, 0, 0], actor: shooter.id, clearSec: Infinity };
  ctx.controls.push(control);
  const setup: ShotSetup = { action, ball, hoop, shooter, track, control, releasePosition: hold(releaseStep * timing.dt) };
  const watch = new ShotWatch(setup);
  ctx.hooks.push(watch);
  ctx.setSearch(new ShotSearch(setup, watch));
  ctx.setOutcome(shotOutcome(setup, watch, timing.durationSec));
}
