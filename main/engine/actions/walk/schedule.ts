// A walk's track: whole steps to the end point at the gait's cadence (the last brings the feet
// together), and when told to turn round, three turning steps on the spot and the same way back.
import type { ActorTrack, Entity } from '../../../contract/world-trace-types';
import { heightOf } from '../../body/skeleton';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { byId, facingTowards } from '../shared/motion';
import type { ActionOf } from '../types';
import { gaitFor, TURN_STEP_SEC } from './gait';

const MAX_LANDINGS = 400;

// The walk's steps: how many out, their length, and when each lands (seconds).
export function walkSteps(action: ActionOf<'walk'>, person: Entity): { steps: number; distance: number; beats: number[] } {
  const spec = gaitFor(action.gait, person);
  const distance = Math.hypot(action.to[0] - person.position[0], action.to[2] - person.position[2]);
  const steps = Math.max(2, Math.min(MAX_LANDINGS / 2 - 4, Math.round(distance / (spec.stepOfHeight * heightOf(person)))));
  const period = 1 / spec.stepsPerSec;
  const beats: number[] = [];
  let t = action.startSec;
  // Out: the steps, then the one that brings the feet together.
  for (let k = 0; k <= steps; k++) beats.push((t += period));
  if (action.turnAround) {
    for (let k = 0; k < 3; k++) beats.push((t += TURN_STEP_SEC));
    for (let k = 0; k <= steps; k++) beats.push((t += period));
  }
  return { steps, distance, beats };
}

export function scheduleWalk(action: ActionOf<'walk'>, ctx: ScheduleContext): void {
  const person = byId(ctx.plan, action.actor);
  if (!person || person.kind !== 'person' || ctx.tracks.has(person.id)) return;
  const { steps, distance, beats } = walkSteps(action, person);
  const track: ActorTrack = {
    entityId: person.id,
    animation: action.gait,
    startSec: action.startSec,
    releaseSec: beats[beats.length - 1] ?? action.startSec,
    facing: facingTowards(person.position, action.to),
    position: person.position,
    beats,
    stepM: distance / steps,
    ...(action.turnAround ? { turnAfter: steps } : {}),
  };
  ctx.tracks.set(person.id, track);
}
