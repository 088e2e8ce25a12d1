// A person's own hand: when the prompt describes who handles a thing ("a woman lifts the glass",
// "a man pushes the cup"), that person stands at the table and it is their right hand that does it,
// not a hand from outside the frame while they stand by. Casting puts them behind the table (across
// it from the default camera) with the things set towards their side, so their arm reaches them by
// leaning in; scheduling starts and ends the hand's path at their side and gives the hand their
// shoulder. The drawing bends their arm and spine to the hand (body/reach.ts).
import type { Action, Entity, Vec3 } from '../../../contract/scene-plan';
import type { ActorTrack } from '../../../contract/world-trace-types';
import { placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { idleRig } from '../../body/idle';
import { armReachM } from '../../body/reach';
import { poseFromRig } from '../../body/pose-from-rig';
import { BODY, heightOf } from '../../body/skeleton';
import { PALM_HALF, palmHanging } from '../../hands/hand-shape';
import type { Quat } from '../../hands/path';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { tableGeometry } from '../../simulate/fixtures';
import type { Contradiction } from '../types';
import { agentOf, leaveOnlyTheHand } from './hand-words';
import { facingTowards } from './motion';
import { isStove, stoveBack, stoveOf } from './stove-top';
import { lyingHalf } from './tabletop';

// A person's own hand takes this long to come up from their side before it reaches (s).
export const RAISE_SEC = 0.5;
// A push by hand comes this much later than an unseen one would: the hand first reaches the thing (s).
export const HAND_SEC = 0.4;
// One hand pushing several things in turn touches each this long after the one before (s).
export const NEXT_SEC = 1.0;
// How far behind the table's back edge the person stands (their body's half depth and a little),
// and how far towards them the things on the table are moved from its middle line (m).
const STAND_OFF_M = 0.15;
const TOWARDS_M = 0.27;
const EDGE_M = 0.06;
const STOVE_CLEAR_M = 0.06;
// How far to the +x side of the things they stand: their right shoulder is then just short of them.
const BESIDE_M = 0.1;
// They turn towards what they handle, but not away from the table by more than this (rad).
const MAX_TURN = 0.2;

// The arm a hand's path belongs to: whose it is, where their hand hangs at rest, and their shoulder.
export interface OwnArm {
  owner: string;
  rest: Vec3;
  restQ: Quat;
  shoulder: Vec3;
  // How far from the shoulder the wrist goes without leaning (m).
  reachM: number;
  // The worktop in front of them that their hand comes up over, when its edge reaches below where
  // the hand hangs (a stove's hob, 90 cm up: the cabinet goes down to the floor): its top (y) and
  // its edge nearest them (z).
  over?: { topY: number; edgeZ: number };
}

// How far above a worktop's near edge the palm passes as it comes up over it (m): its half length
// (it may be turned any way on its way up) and a little.
const OVER_CLEAR_M = PALM_HALF[0] + 0.02;

// Where a person's hand coming up from its rest to `to` passes over the near edge of the worktop in
// front of them, when the straight way there would go into it; else undefined. The palm is a moved
// body: going straight from a hand hanging 80 cm up to a jug over a 90 cm hob, it swept through
// the stove's back edge and shoved the stove and its pot 10-17 cm towards the camera.
export function overTheEdge(arm: OwnArm, to: Vec3): Vec3 | undefined {
  const over = arm.over;
  if (!over) return undefined;
  const from = arm.rest;
  // The palm's centre as it reaches the edge: its half length short of it.
  const z = over.edgeZ - OVER_CLEAR_M;
  const y = over.topY + OVER_CLEAR_M;
  if (from[2] >= z || to[2] <= z) return undefined;
  const u = (z - from[2]) / (to[2] - from[2]);
  if (from[1] + u * (to[1] - from[1]) >= y) return undefined;
  return [from[0] + u * (to[0] - from[0]), y, z];
}

export type HandAction = Extract<Action, { kind: 'lift' | 'place' | 'stack' | 'slide' | 'pour' | 'stir' | 'tap' | 'tip' | 'dominoes' | 'roll' | 'immerse' | 'spin' | 'flip' | 'topple' | 'fall' | 'drop' }>;
// The hand actions whose hand sets a thing going (a push, a flick, a knock, a let-go).
export type PushAction = Extract<HandAction, { kind: 'tip' | 'dominoes' | 'roll' | 'slide' | 'spin' | 'flip' | 'topple' | 'fall' | 'drop' }>;

// Who does a hand's action, once the action is written. One rule for every hand verb: the person
// who is its subject ("she", "a man", "the woman at the table"; else whoever the prompt describes)
// stands at the table and does it with their own hand, the action starting a little later (their
// hand first comes up from their side). Nobody does it when the prompt only says "someone", "you"
// or names a hand: a hand from outside the frame. A cameo (a picture, with no arm) stands at the
// table while a hand from outside the frame does it, and the understanding says so
// (cameoCannotReach). Anyone else stands by. `who`: the subject, when the caller knows it better;
// `held`: their hand is on the thing from the first frame (a coin held up on its edge), so nothing
// waits for it to come up.
export function castHandOwner(scene: CastScene, action: HandAction | undefined, opts: { who?: Entity; held?: boolean } = {}): Entity | null {
  leaveOnlyTheHand(scene);
  const who = opts.who ?? (action ? subjectOf(scene, action.kind) : undefined);
  const cameo = who && isCameo(scene, who) ? who : undefined;
  const owner = action ? (standAtTable(scene, visited(action), who) ?? standBehind(scene, action, who) ?? holdOut(scene, action, who)) : null;
  if (owner && action && owner !== cameo) {
    action.by = owner.id;
    if (!opts.held) action.startSec = round(action.startSec + RAISE_SEC);
  }
  placeBystanders(scene.people.filter((p) => p !== owner), -1.4);
  return owner === cameo ? null : owner;
}

// The hand verb's subject when it is a person (none when it was only "someone": that one is gone;
// none when it is a thing: "a woman watches the book slide"); when no verb was found, the first
// person the prompt describes who is not a cameo.
function subjectOf(scene: CastScene, kind: HandAction['kind']): Entity | undefined {
  const at = scene.words.verbAt(kind);
  if (at >= 0) return agentOf(scene, at) ?? undefined;
  return scene.people.find((p) => !isCameo(scene, p));
}

// Who sets a thing at rest going (a bottle tipped, the first domino, a book slid, a coin flicked, a
// tower shoved): always a hand, decided first, then its delay. One rule for every push: a thing that
// starts to move with nothing touching it reads as a glitch and a viewer looks for the push, so when
// the prompt names nobody ("a bottle tips over") a hand from outside the frame gives it; when a person
// does it, it is their own hand (castHandOwner). A cause that is not a hand ("the wind") is not one
// Kinora shows: the prompt is refused before casting. The push comes HAND_SEC later (the hand first
// reaches the thing), and RAISE_SEC more for a person's own hand; neither when the hand holds the
// thing from the first frame (`held`: a coin stood on its edge), which is pushed as soon as it
// can be seen held.
export function castPushByHand(scene: CastScene, action: PushAction, held = false): Entity | null {
  action.byHand = true;
  if (!held) action.startSec = round(action.startSec + HAND_SEC);
  return castHandOwner(scene, action, { held });
}

// Several things set going ("two books slide", "a man pushes two books", "the glass and the bottle
// tip over"): each by a hand, for the rule is the same for each (one that starts alone beside a
// pushed one reads as a glitch), and it is one hand that pushes each in turn: the doer's own (one
// right hand) or the one from outside the frame (a hand each, three arms reaching in one after
// another, read as a crowd of unseen people). The first is castPushByHand's; each other's comes
// NEXT_SEC after the one before (the hand draws back, goes over to it and comes down), or as soon
// after as the hand gets there. A thing held from the first frame and let go (`held`) is held by a
// hand of its own: the first by a named doer's, every other by one from outside the frame (one hand
// holds one ball: the second of "a man drops two balls" hung in the air with none).
export function castEachByHand(scene: CastScene, actions: readonly PushAction[], held = false): Entity | null {
  const [first, ...rest] = actions;
  if (!first) return null;
  const owner = castPushByHand(scene, first, held);
  rest.forEach((a, k) => {
    a.byHand = true;
    // Held from the first frame, each is let go with the first ("at the same time").
    if (held) a.startSec = first.startSec;
    else {
      if (first.by) a.by = first.by;
      a.startSec = scene.startAt(first.startSec + (k + 1) * NEXT_SEC);
    }
  });
  return owner;
}

// The hand actions that can also happen with no hand (a jug tipped by itself, a ball set rolling).
const OPTIONAL_HAND = new Set<HandAction['kind']>(['tip', 'dominoes', 'roll', 'slide', 'pour', 'immerse', 'spin', 'flip', 'topple', 'fall', 'drop']);

// The person the prompt says does a hand's action, when they do not: a cameo (a matted picture,
// with no arm) or someone with no table to stand at (things on the floor, a book put on a shelf). The verb is then not
// shown, with why (a hand from outside the frame does it while they stand there).
export function cameoCannotReach(action: HandAction, scene: CastScene): Contradiction[] {
  if (action.by) return [];
  const at = scene.words.verbAt(action.kind);
  const agent = agentOf(scene, at);
  if (!agent) return [];
  const byItself = OPTIONAL_HAND.has(action.kind) && !(action as { byHand?: boolean }).byHand;
  const why = isCameo(scene, agent) ? 'a cameo cannot reach' : `the ${agent.label} cannot reach it from where they stand`;
  return [{ at, reason: `${why}: ${byItself ? 'it happens by itself' : 'a hand from outside the frame does it'}` }];
}

// The things a hand's action goes to (where a thing is put down, too).
function visited(action: HandAction): string[] {
  if (action.kind === 'stack') return action.objects;
  if (action.kind === 'immerse') return [...action.objects, action.into.in];
  if (action.kind === 'pour') return [action.from.in, action.into];
  if (action.kind === 'place') return [action.object, action.onto];
  if (action.kind === 'stir') return [action.in.in];
  if (action.kind === 'tap') return [action.object];
  // Dominoes: the first, which the hand pushes; a tower: all of it, standing in one place.
  if (action.kind === 'dominoes') return action.objects.slice(0, 1);
  if (action.kind === 'topple') return action.objects;
  return [action.object];
}

// The person who does the hand's action (or a cameo said to), if there is a table to stand at:
// placed behind it, in the middle of the things the hand goes to and a little to the +x side
// (their working hand on the -x side, where hands come in from), with the table's things moved
// towards them. Call after the action has laid the things out (and after leaveOnlyTheHand has dropped
// anyone only called "someone").
function standAtTable(scene: CastScene, ids: readonly string[], who?: Entity): Entity | null {
  const [table] = scene.of('table');
  const person = who && scene.entities.includes(who) ? who : undefined;
  const things = scene.entities.filter((e) => ids.includes(e.id) && e.kind !== 'table');
  const stove = stoveOf(scene);
  if ((!table && !stove) || !person || things.length === 0) return null;
  const midX = things.reduce((sum, e) => sum + e.position[0], 0) / things.length;
  if (stove) return standAtStove(scene, stove, person, midX);
  if (!table) return null;
  const g = tableGeometry(table);
  // The table top's far edge (its own depth, defaults and all, from the table's geometry).
  const backZ = g.top.center[2] - g.top.halfExtents[2];
  const onTop = scene.entities.filter((e) => (e.kind === 'object' || e.kind === 'box' || e.kind === 'ball') && e.position[1] >= g.topY - 0.01);
  // ...all together, as they were laid out side by side, but each wholly on the table, a few
  // centimetres in from its edge (moved one by one, two books laid side by side ended one on the
  // other against the edge).
  const halfZ = (e: Entity): number => (e.kind === 'object' ? lyingHalf(e)[2] : e.kind === 'ball' ? (e.size[0] ?? 0.1) : (e.size[2] ?? e.size[0] ?? 0.05));
  const dz = Math.min(0, Math.max(-TOWARDS_M, ...onTop.map((e) => backZ + halfZ(e) + EDGE_M - e.position[2])));
  for (const e of onTop) e.position = v3(e.position[0], e.position[1], e.position[2] + dz);
  person.position = v3(midX + BESIDE_M, 0, backZ - STAND_OFF_M);
  return person;
}

// A cook stands behind the stove the things stand on, which are moved from its front burners to
// the ones behind them, nearer the cook (the stove's knobs face the camera).
function standAtStove(scene: CastScene, stove: Entity, person: Entity, midX: number): Entity {
  const { backZ, topY, rowStepM } = stoveBack(stove);
  const onTop = scene.entities.filter((e) => e !== stove && e.kind === 'object' && e.position[1] >= topY - 0.01 && e.position[2] > stove.position[2]);
  for (const e of onTop) e.position = v3(e.position[0], e.position[1], e.position[2] - rowStepM);
  // The cabinet goes down to the floor, unlike a table's top: the body's own depth is kept clear of it.
  person.position = v3(midX + BESIDE_M, 0, backZ - STAND_OFF_M - STOVE_CLEAR_M);
  return person;
}

// A thing on the floor tall enough to be pushed standing (a chair by its back: its top this high
// or more, m), and how far behind the side the hand meets the person stands (m: their body just
// off it; at 30 cm a man's lean to the chair's back passed 45 degrees).
const FLOOR_PUSH_TOP_M = 0.6;
const BEHIND_M = 0.15;

// Whether a thing stands on the floor tall enough for a person standing to push it (by its top).
export function pushedStanding(thing: Entity): boolean {
  const half = thing.kind === 'object' ? lyingHalf(thing) : [0, thing.size[1] ?? 0, 0];
  return thing.position[1] + (half[1] ?? 0) >= FLOOR_PUSH_TOP_M && thing.position[1] - (half[1] ?? 0) < 0.05;
}

// The person who pushes a thing standing on the floor with no table ("she pushes the chair"): they
// stand behind it, on the side it is pushed away from (every floor push goes along +x), facing it,
// their right shoulder in line with it. Nobody bends to the floor for a small thing: null.
function standBehind(scene: CastScene, action: HandAction, who?: Entity): Entity | null {
  const person = who && scene.entities.includes(who) ? who : undefined;
  const [id] = visited(action);
  const thing = scene.entities.find((e) => e.id === id && e.kind === 'object');
  if (!person || !thing || scene.of('table').length > 0 || (action.kind !== 'slide' && action.kind !== 'tip')) return null;
  if (!pushedStanding(thing)) return null;
  const half = lyingHalf(thing);
  person.position = v3(thing.position[0] - half[0] - BEHIND_M, 0, thing.position[2] - BODY.shoulderHalfWidth * heightOf(person));
  return person;
}

// How far behind a thing they hold out in front of them to let fall a person stands (m): their arm
// reaches it forward and down from the shoulder.
const HOLD_OUT_M = 0.4;

// The person who lets a thing fall with no table ("a man drops his phone", "a man drops a ball"), or lets a ball go at a
// ramp's top ("a boy rolls a ball down a ramp"): they stand behind it, facing it (along +x, as
// ownArm turns them with no table), their right shoulder in line with it, and hold it out in front
// of them.
function holdOut(scene: CastScene, action: HandAction, who?: Entity): Entity | null {
  const person = who && scene.entities.includes(who) ? who : undefined;
  const thing = scene.entities.find((e) => e.id === visited(action)[0]);
  const held = (action.kind === 'fall' || action.kind === 'drop') && !action.velocity && scene.of('table').length === 0;
  const letsGo = held || (action.kind === 'roll' && heldStill(action));
  if (!person || !thing || !letsGo) return null;
  person.position = v3(thing.position[0] - HOLD_OUT_M, 0, thing.position[2] - BODY.shoulderHalfWidth * heightOf(person));
  return person;
}

// A roll whose ball a hand holds still until it lets go (at a ramp's top): it is let go at rest.
export const heldStill = (roll: Extract<Action, { kind: 'roll' }>): boolean => Boolean(roll.byHand) && roll.velocity.every((v) => v === 0);

function isCameo(scene: CastScene, e: Entity): boolean {
  for (const [draft, ids] of scene.idsByDraft) if (ids.includes(e.id)) return Boolean(draft.cameo);
  return false;
}

// Who did it, to start a sentence about the outcome: "The woman", or "A hand".
export function doer(entities: readonly Entity[], by: string | undefined): string {
  const person = by ? entities.find((e) => e.id === by) : undefined;
  return person ? `The ${person.label}` : 'A hand';
}

// The owner's arm for a hand's path, with the owner standing idle facing the thing the hand goes to
// (their track is written here, so the scheduler does not turn them elsewhere).
export function ownArm(ctx: ScheduleContext, ownerId: string | undefined, towards: Vec3): OwnArm | undefined {
  const person = ownerId ? ctx.plan.entities.find((e) => e.id === ownerId && e.kind === 'person') : undefined;
  if (!person) return undefined;
  // A cook at a stove faces it as one at a table does (standAtStove puts them behind it): turned
  // along +x as with no table, their right hand hung 20 cm into the cabinet's back below the hob,
  // and the palm rising from there to the jug shoved the 45 kg stove and its pot 10-17 cm.
  const atTable = ctx.plan.entities.some((e) => e.kind === 'table' || isStove(e));
  const track: ActorTrack = {
    entityId: person.id,
    animation: 'idle',
    startSec: 0,
    releaseSec: 0,
    // Facing the table or stove (+z, -pi/2), turned towards the thing by at most MAX_TURN; with none,
    // facing along the push (+x) to the thing they stand behind (standBehind).
    facing: atTable ? -Math.PI / 2 + Math.max(-MAX_TURN, Math.min(MAX_TURN, facingTowards(person.position, towards) + Math.PI / 2)) : 0,
    position: person.position,
  };
  ctx.tracks.set(person.id, track);
  const pose = poseFromRig(idleRig, track, heightOf(person), 0);
  const right = [Math.sin(track.facing), 0, Math.cos(track.facing)] as const;
  const stove = ctx.plan.entities.find(isStove);
  const over = stove ? { over: { topY: stoveBack(stove).topY, edgeZ: stoveBack(stove).backZ } } : {};
  return { owner: person.id, rest: pose.handR, restQ: palmHanging(right[0], right[2]), shoulder: pose.shoulderR, reachM: armReachM(heightOf(person)), ...over };
}
