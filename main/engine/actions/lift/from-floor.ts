// Picking a thing up from the floor ("a woman picks up a ball from the floor"): she stands behind it,
// crouches (actions/crouch/) as her hand comes down to it, grips it the way a hand takes a thing off
// a table (shared/hand-moves.ts), and rises with it held in front of her at her waist. The grip is
// a joint: the thing comes up with the hand by physics.
import type { ActorTrack, Entity, Vec3 } from '../../../contract/world-trace-types';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { poseFromRig } from '../../body/pose-from-rig';
import { armReachM } from '../../body/reach';
import { heightOf } from '../../body/skeleton';
import { PALM_HALF } from '../../hands/hand-shape';
import type { HandPlan } from '../../hands/path';
import { phraseIndices } from '../../prompt/text';
import { crouchRig, UP_SEC } from '../crouch/pose';
import { crouchTrack } from '../crouch/schedule';
import { kneels } from '../crouch/words';
import { gripScript, halfOf, handId, REACH_SEC, withNextId } from '../shared/hand-moves';
import { onTheFloor } from '../shared/hand-words';
import { HandHook } from '../../hands/hand-hook';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { doer, ownArm, RAISE_SEC, type OwnArm } from '../shared/own-hand';
import { cm, tellOutcome } from '../shared/thing-fate';
import type { ActionOf } from '../types';

// What puts the thing picked up on the floor.
const FROM_FLOOR = ['from the floor', 'off the floor', 'from the ground', 'off the ground', 'up from the floor', 'up off the floor'];
// Someone who crouches to pick a thing up ("she crouches and picks up a ball") takes it from the floor.
export const liftsFromFloor = (ctx: DraftContext): boolean => phraseIndices(ctx.words, FROM_FLOOR).length > 0 || onTheFloor(ctx) || crouchesTo(ctx);
const crouchesTo = (ctx: DraftContext): boolean => ctx.said('crouch') && ctx.said('lift') && !ctx.has('table');

// The crouch a pick-up from the floor shows, when the prompt says it (a kneel is another pose: not shown).
export const crouchShown = (action: ActionOf<'lift'>, ctx: DraftContext): readonly 'crouch'[] =>
  action.fromFloor && ctx.said('crouch') && !kneels(ctx.words, ctx.verbAt('crouch')) ? ['crouch'] : [];

// The palm comes down this far ahead of the crouched right shoulder (share of the height): the arm
// reaches a little forward, not straight down past the knee.
const AHEAD_SHARE = 0.05;
// Risen, the thing is held in front at the waist: the palm this far ahead of the ankles and this high
// (shares of the height), within a standing arm's reach.
const HOLD_AHEAD = 0.15;
const HOLD_HIGH = 0.55;
// After the fingers close, the rise starts this much later (s): the grip is taken before the weight.
const GRIP_SETTLE_SEC = 0.25;

// A person of height H standing at the origin facing +x, crouched at the bottom: their right shoulder.
function crouchedShoulder(person: Entity, track: ActorTrack): Vec3 {
  const at = poseFromRig(crouchRig, track, heightOf(person), track.releaseSec);
  return [at.shoulderR[0], at.shoulderR[1], at.shoulderR[2]];
}

// When the crouch starts for a touch at `touchSec`: the hand comes up from the side and reaches over
// the thing as the body goes down, at the bottom a moment before the touch.
const downSecFor = (touchSec: number): number => Math.max(0, touchSec - RAISE_SEC - REACH_SEC);

// Lays out a pick-up from the floor: the thing on the floor in the middle, the person behind it
// facing it (+x), their crouched right hand over it.
export function castFromFloor(scene: CastScene, thing: Entity, person: Entity, startSec: number): void {
  const half = halfOf(thing);
  thing.position = v3(0, half[1], 0);
  const H = heightOf(person);
  const down = downSecFor(startSec);
  const shoulder = crouchedShoulder(person, crouchTrack(person.id, [0, 0, 0], 0, down));
  const ahead = shoulder[0] + AHEAD_SHARE * H + half[0] + PALM_HALF[1];
  person.position = v3(-ahead, 0, -shoulder[2]);
  const H0 = thing.position[1];
  scene.actions.push({ kind: 'lift', object: thing.id, heightM: round(Math.min(1, HOLD_HIGH * H - H0)), startSec, by: person.id, fromFloor: true });
}

// The crouch and the hand for a pick-up from the floor whose palm touches the thing at startSec.
function fromFloorPlan(thing: Entity, person: Entity, startSec: number, arm: OwnArm): { plan: HandPlan; track: ActorTrack } {
  const H = heightOf(person);
  const down = downSecFor(startSec);
  const probe = crouchTrack(person.id, person.position, 0, down);
  // The hand reaches from the crouched shoulder: the way in is kept within its reach.
  const low: OwnArm = { ...arm, shoulder: crouchedShoulder(person, probe), reachM: armReachM(H) };
  const s = gripScript(thing, 1, 0, startSec, low).wait(GRIP_SETTLE_SEC);
  const riseSec = s.t;
  const p = person.position;
  s.to(UP_SEC, [p[0] + HOLD_AHEAD * H, HOLD_HIGH * H, s.last.p[2]]).wait(0.3);
  const track = crouchTrack(person.id, person.position, 0, down, riseSec);
  return { plan: { id: handId(), keys: s.keys, grips: s.grips, shoulder: arm.shoulder, owner: arm.owner }, track };
}


// The picker's crouch and hand, and what the take's summary says of it (measured: how high the thing
// came off the floor).
export function scheduleFromFloor(action: ActionOf<'lift'>, thing: Entity, ctx: ScheduleContext): void {
  const person = ctx.plan.entities.find((e) => e.id === action.by && e.kind === 'person');
  const arm = person ? ownArm(ctx, person.id, thing.position) : undefined;
  if (!person || !arm) return;
  const { plan, track } = fromFloorPlan(thing, person, action.startSec, arm);
  ctx.tracks.set(person.id, track);
  ctx.hooks.push(new HandHook(withNextId(plan, ctx.hooks), ctx.plan.entities));
  ctx.setOutcome(tellOutcome((run) => {
    const end = run.final.get(thing.id);
    const rose = end ? end.position[1] - thing.position[1] : 0;
    const who = doer(ctx.plan.entities, action.by);
    return rose > 0.05 ? `${who} crouched, picked the ${thing.label} up off the floor and stood up with it, ${cm(rose)} up.` : `${who} could not pick up the ${thing.label}.`;
  }));
}
