// The paths of a hand that handles everyday things (engine/hands/): reach, touch or grip, act, let
// go and withdraw. Each planner starts from where the things are in the plan and writes the palm's
// keyframes; physics then does the rest (the grip is a joint, the push a contact), so a pushed cup
// slides on after the hand stops and a placed book settles on the shelf by itself.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { PALM_CLEAR_M, PALM_HALF, palmFacing } from '../../hands/hand-shape';
import { HandHook } from '../../hands/hand-hook';
import { HandScript, type HandPlan } from '../../hands/path';
import type { StepHook } from '../../simulate/schedule-types';
import { pushedStanding, RAISE_SEC, type OwnArm } from './own-hand';
import { lyingHalf, SHELF_FRONT_Z } from './tabletop';

// How long the hand takes to reach a thing (s), and from how far off it comes (m, back and up).
export const REACH_SEC = 0.6;
const FROM_M = 0.3;
// Gaps (m): the palm stops this short of a thing it will grip (the fingers close the rest), and a
// placed thing is let go this far above where it will rest.
const GRIP_GAP_M = 0.002;
const DROP_M = 0.004;
// Carrying a thing: lifted clear of everything by this much before it travels.
const CLEAR_M = 0.06;
// A hand stacking things moves faster than one setting a single thing down.
const STACK_TEMPO = 0.7;
// A hand comes down onto a thing from this far above where it touches it.
const ABOVE_M = 0.15;
// ... and this far out from where it will touch it.
const BESIDE_M = 0.04;
// A hand going on from one thing to the next moves at this speed (m/s), and takes at least this
// long (s): a person's hand moving between things on a table.
const TRAVEL_MPS = 1.5;
const MIN_TRAVEL_SEC = 0.2;
// After a push, before going on to the next thing: the palm draws back and up off the one it pushed.
export const OFF_BACK_M = 0.05;
export const OFF_UP_M = 0.06;

// A palm pushing a tall thing on the floor keeps its upper edge this far below the top (m): a
// chair pushed by its top rail tipped over forwards; 20 cm lower it slid 43 cm and stood.
const TOP_IN_M = 0.2;

export const handId = (n = 1): string => `hand-${n}`;

// The id of a scene's next hand: each thing pushed by a hand of its own has its own (two palms
// under one id were one body in the trace).
const nextHandId = (hooks: readonly StepHook[]): string => handId(hooks.filter((h) => h instanceof HandHook).length + 1);
// A hand's plan under the scene's next hand id: every hand scheduled takes its id this way, whatever
// action it works for and in whatever order the actions come.
export const withNextId = <P extends { id: string }>(plan: P, hooks: readonly StepHook[]): P => ({ ...plan, id: nextHandId(hooks) });

// Whose arm a plan's hand is on: its shoulder, and its owner when it is a person's own.
export const armOf = (arm: OwnArm | undefined, shoulder: () => Vec3): Pick<HandPlan, 'shoulder' | 'owner'> =>
  arm ? { shoulder: arm.shoulder, owner: arm.owner } : { shoulder: shoulder() };

// Half extents of a thing as it stands in the plan: a box's own, an object's as the catalog lays it.
export function halfOf(e: Entity): Vec3 {
  if (e.kind === 'object') return lyingHalf(e);
  return [e.size[0] ?? 0.05, e.size[1] ?? e.size[0] ?? 0.05, e.size[2] ?? e.size[0] ?? 0.05];
}

const unit = (x: number, z: number): [number, number] => {
  const l = Math.hypot(x, z) || 1;
  return [x / l, z / l];
};

// Where the palm touches a thing from direction (ax, az) (the way the hand moves to meet it), at
// height y: on its near side, the palm's half thickness off it.
function contactPoint(e: Entity, ax: number, az: number, y: number, gap: number): Vec3 {
  const h = halfOf(e);
  const reach = Math.abs(ax) * h[0] + Math.abs(az) * h[2] + PALM_HALF[1] + gap;
  return [e.position[0] - ax * reach, y, e.position[2] - az * reach];
}

// The height the palm meets a thing at: its middle, but never so low the palm scrapes the surface.
function gripHeight(e: Entity): number {
  const h = halfOf(e);
  return Math.max(e.position[1], e.position[1] - h[1] + PALM_CLEAR_M);
}

// The shoulder of the arm: behind the first touch (away from the default camera at +z), up, and
// back along the way the hand came in.
export function shoulderFor(touch: Vec3, ax: number, az: number): Vec3 {
  return [touch[0] - ax * 0.22, touch[1] + 0.36, touch[2] - az * 0.22 - 0.3];
}

// The shoulder of a hand from outside the frame that goes to several things in turn (each touch's
// own shoulderFor): behind the middle of them, as far back as the furthest back one's. The arm
// reaching from it to each one's end slides along its line (a body leaning); from the middle's own
// shoulder, the end furthest forward lay past it, and the arm was drawn pointing away from it, a
// sleeve lying along the floor.
export function shoulderBehind(shoulders: readonly Vec3[]): Vec3 {
  const mean = (k: number): number => shoulders.reduce((sum, p) => sum + p[k]!, 0) / shoulders.length;
  return [mean(0), mean(1), Math.min(...shoulders.map((p) => p[2]))];
}

// A hand comes in to a thing from afar (back along its approach and up) and comes down beside it,
// so it passes over whatever else stands on the way, ready to touch. A person's own hand first
// comes up from their side.
// `aboveM` 0 comes in level from the open front, +z (a thing on a shelf: from above, the palm came
// down through the board over it and shoved the shelf; from the side, through the shelf's side).
// `from`: the hand is already in the picture (it has just pushed the thing before): it goes on from
// where it is, over to above the next, and comes down (as soon as it can when that is later).
export function reachTo(touch: Vec3, ax: number, az: number, startSec: number, arm?: OwnArm, aboveM = ABOVE_M, from?: HandScript): HandScript {
  const over = inReach(aboveBeside(touch, ax, az, aboveM), arm);
  if (from) {
    const p = from.last.p;
    const travelSec = Math.max(MIN_TRAVEL_SEC, Math.hypot(over[0] - p[0], over[1] - p[1], over[2] - p[2]) / TRAVEL_MPS);
    return comeDown(from.to(Math.max(travelSec, startSec - 0.45 * REACH_SEC - from.t), over, 'smooth', palmFacing(ax, az)), touch, ax, az, 0.45 * REACH_SEC);
  }
  const level = aboveM <= 0;
  const from0 = inReach(level
    ? [touch[0] - ax * BESIDE_M, touch[1], touch[2] - az * BESIDE_M + SHELF_FRONT_Z * (FROM_M - 0.05)]
    : [touch[0] - ax * FROM_M, touch[1] + aboveM + 0.05, touch[2] - az * FROM_M - 0.05], arm);
  const s = arm
    ? new HandScript(Math.max(0, startSec - REACH_SEC - RAISE_SEC), arm.rest, arm.restQ).to(RAISE_SEC, from0, 'smooth', palmFacing(ax, az))
    : new HandScript(Math.max(0, startSec - REACH_SEC), from0, palmFacing(ax, az));
  return comeDown(s.to(0.45 * REACH_SEC, over), touch, ax, az, 0.55 * REACH_SEC);
}

// A point on a person's own hand's way, brought within their arm's reach of their shoulder (a
// child's hand sent 20 cm over a tower's top was out of it: the arm came off the hand). The palm's
// middle is kept the palm's half length inside it, however the hand is turned.
function inReach(p: Vec3, arm?: OwnArm): Vec3 {
  if (!arm) return p;
  const d: Vec3 = [p[0] - arm.shoulder[0], p[1] - arm.shoulder[1], p[2] - arm.shoulder[2]];
  const k = Math.min(1, (arm.reachM - PALM_HALF[0]) / (Math.hypot(...d) || 1));
  return [arm.shoulder[0] + k * d[0], arm.shoulder[1] + k * d[1], arm.shoulder[2] + k * d[2]];
}

// Where a hand coming down onto a thing is before it comes down: above its touch and a little out.
function aboveBeside(touch: Vec3, ax: number, az: number, aboveM = ABOVE_M): Vec3 {
  return [touch[0] - ax * BESIDE_M, touch[1] + aboveM, touch[2] - az * BESIDE_M];
}

// From above a thing, the palm comes straight down beside it and then in against it.
function comeDown(s: HandScript, touch: Vec3, ax: number, az: number, sec: number): HandScript {
  return s.to(0.6 * sec, [touch[0] - ax * BESIDE_M, touch[1], touch[2] - az * BESIDE_M]).to(0.4 * sec, touch);
}

// The hand goes back the way its arm came, out of the picture (or, a person's own, to their side).
export function leave(s: HandScript, shoulder: Vec3, arm?: OwnArm): void {
  if (arm) {
    s.to(0.8, arm.rest, 'smooth', arm.restQ);
    return;
  }
  const p = s.last.p;
  s.to(0.9, [shoulder[0] + 1.2 * (shoulder[0] - p[0]), shoulder[1] + 1.2 * (shoulder[1] - p[1]), shoulder[2] + 1.2 * (shoulder[2] - p[2])]);
}

// Push: the palm comes to rest against the thing, speeds it up over `strokeM` to `speed` along
// (vx, vz), stops within a few centimetres (the thing slides on, off the palm) and withdraws.
// A person's own hand pushes a tall thing on the floor (a chair) by its upper part, where a
// standing person's hand meets it with a lean; anything else at its middle.
export interface PushTouch {
  plan: HandPlan;
  // When the palm comes to rest against the thing (s), and where its face meets it.
  touchSec: number;
  point: Vec3;
}

export function pushPlan(e: Entity, velocity: Vec3, startSec: number, arm?: OwnArm, strokeM = 0.18): PushTouch {
  const [stroke] = pushTurns([{ e, velocity, startSec }], arm, strokeM);
  return stroke as PushTouch;
}

// One push of several a hand gives in turn: the thing, the speed it brings it up to, and when it
// should touch it (later when the hand cannot be there by then).
export interface PushTurn {
  e: Entity;
  velocity: Vec3;
  startSec: number;
}

// One hand pushes each thing in turn (a man pushing two books, one after the other): it pushes the
// first, draws back off it, goes over to the next and pushes that, and so on, then leaves. Every
// push has its own touch; all share the one plan (the same palm, under one id).
export function pushTurns(turns: readonly PushTurn[], arm?: OwnArm, strokeM = 0.18): PushTouch[] {
  let s: HandScript | undefined;
  const shoulders: Vec3[] = [];
  const touches: { touchSec: number; point: Vec3 }[] = [];
  for (const { e, velocity, startSec } of turns) {
    const speed = Math.hypot(velocity[0], velocity[2]);
    const [ax, az] = unit(velocity[0], velocity[2]);
    const y = arm && pushedStanding(e) ? e.position[1] + halfOf(e)[1] - PALM_HALF[2] - TOP_IN_M : gripHeight(e);
    const touch = contactPoint(e, ax, az, y, 0.001);
    if (s) s.wait(0.05).by(0.2, [-ax * OFF_BACK_M, OFF_UP_M, -az * OFF_BACK_M]);
    s = reachTo(touch, ax, az, startSec, arm, undefined, s);
    shoulders.push(shoulderFor(touch, ax, az));
    touches.push({ touchSec: s.t, point: [touch[0] + ax * PALM_HALF[1], y, touch[2] + az * PALM_HALF[1]] });
    const strokeSec = (2 * strokeM) / Math.max(0.05, speed);
    // Stopping in a tenth of the stroke's time: faster than friction slows the thing, so they part.
    const stopSec = strokeSec / 6;
    s.by(strokeSec, [ax * strokeM, 0, az * strokeM], 'in').by(stopSec, [ax * speed * stopSec * 0.5, 0, az * speed * stopSec * 0.5], 'out');
  }
  const done = s as HandScript;
  const last = turns[turns.length - 1] as PushTurn;
  const [ax, az] = unit(last.velocity[0], last.velocity[2]);
  done.wait(0.15).by(0.5, [-ax * 0.12, 0.1, -az * 0.12 - 0.04]);
  const whose = armOf(arm, () => shoulderBehind(shoulders));
  leave(done, whose.shoulder, arm);
  const plan: HandPlan = { id: handId(), keys: done.keys, grips: done.grips, ...whose, pushes: turns.map((t) => t.e.id) };
  return touches.map((t) => ({ plan, ...t }));
}

// The hand grips a thing from its near side (coming along +x, or from -z when it is at the far
// end of its move), and returns the script ready to carry it.
export function gripScript(e: Entity, ax: number, az: number, startSec: number, arm?: OwnArm): HandScript {
  const touch = contactPoint(e, ax, az, gripHeight(e), GRIP_GAP_M);
  return reachTo(touch, ax, az, startSec, arm).wait(0.12).grasp(e.id).wait(0.1);
}

// What a lift takes from its touch: the grip, the thing raised and held up a moment (s; liftPlan's
// moves); and how long after the touch the thing is plainly off the table (the grip and a third of the
// raise).
export const LIFT_TAKES_SEC = 1.2;
export const LIFT_SEEN_SEC = 0.6;

// Lift: grip, raise it `heightM` in about a second, and hold it up.
export function liftPlan(e: Entity, heightM: number, startSec: number, arm?: OwnArm): HandPlan {
  const touch = contactPoint(e, 1, 0, gripHeight(e), GRIP_GAP_M);
  const s = gripScript(e, 1, 0, startSec, arm);
  s.by(Math.max(0.6, heightM * 4), [0, heightM, 0]).wait(0.2);
  return { id: handId(), keys: s.keys, grips: s.grips, ...armOf(arm, () => shoulderFor(aboveBeside(touch, 1, 0), 1, 0)) };
}

// Carries a gripped thing from where it is so that its centre comes to rest at `rest`: up clear,
// across, down to just above, let go, and back off.
function carry(s: HandScript, e: Entity, rest: Vec3, clearY: number, ax: number, az: number): HandScript {
  const at = s.last.p;
  // The palm keeps its offset from the thing's centre while it carries it.
  const off: Vec3 = [at[0] - e.position[0], at[1] - e.position[1], at[2] - e.position[2]];
  const upY = Math.max(at[1], clearY + off[1]);
  const over: Vec3 = [rest[0] + off[0], upY, rest[2] + off[2]];
  const travel = Math.hypot(over[0] - at[0], over[2] - at[2]);
  s.to(0.35, [at[0], upY, at[2]]).to(Math.max(0.4, travel * 1.6), over).to(0.4, [over[0], rest[1] + off[1] + DROP_M, over[2]]);
  s.wait(0.08).release(e.id).wait(0.08);
  return s.by(0.25, [-ax * 0.05, 0, -az * 0.05]).by(0.4, [-ax * 0.1, 0.12, -az * 0.1]);
}

// Place: grip the thing, carry it over, set it down so its centre rests at `rest` (on a plate, a
// shelf), let go. `clearY` is the height its bottom must clear on the way.
export function placePlan(e: Entity, rest: Vec3, clearY: number, startSec: number, arm?: OwnArm): HandPlan {
  const [ax, az] = unit(rest[0] - e.position[0], rest[2] - e.position[2]);
  // The hand comes from the side away from where the thing goes, so it never ends between them.
  const touch = contactPoint(e, ax, az, gripHeight(e), GRIP_GAP_M);
  const s = gripScript(e, ax, az, startSec, arm);
  carry(s, e, rest, clearY + halfOf(e)[1] + CLEAR_M, ax, az);
  const whose = armOf(arm, () => shoulderFor(aboveBeside(touch, ax, az), ax, az));
  leave(s, whose.shoulder, arm);
  return { id: handId(), keys: s.keys, grips: s.grips, ...whose };
}

// Stack: each thing after the first is carried onto the one before, in turn, by the same hand; the
// tower's rest heights follow from the things' own heights.
export function stackPlan(things: readonly Entity[], startSec: number, arm?: OwnArm): HandPlan {
  const [base, ...rest] = things as [Entity, ...Entity[]];
  let top = base.position[1] + halfOf(base)[1];
  let s: HandScript | null = null;
  let shoulder: Vec3 = base.position;
  for (const e of rest) {
    const h = halfOf(e)[1];
    const restAt: Vec3 = [base.position[0], top + h, base.position[2]];
    const [ax, az] = unit(restAt[0] - e.position[0], restAt[2] - e.position[2]);
    const touch = contactPoint(e, ax, az, gripHeight(e), GRIP_GAP_M);
    if (!s) {
      s = gripScript(e, ax, az, startSec, arm);
      s.tempo = STACK_TEMPO;
      shoulder = shoulderFor(touch, ax, az);
    } else comeDown(s.to(0.45, aboveBeside(touch, ax, az)), touch, ax, az, 0.45).wait(0.12).grasp(e.id).wait(0.1);
    carry(s, e, restAt, top + h + CLEAR_M, ax, az);
    top += 2 * h;
  }
  const done = s as HandScript;
  const whose = armOf(arm, () => shoulder);
  leave(done, whose.shoulder, arm);
  return { id: handId(), keys: done.keys, grips: done.grips, ...whose };
}

// Let go: the hand holds a thing where the plan put it from the start (over a glass of water), its
// palm on the thing's -x side, opens at `releaseSec` and draws back and up out of its way. The
// thing is held still by its own control until then, so the fingers' hold is drawn, not a joint:
// from the release on, only its weight moves it.
export function letGoPlan(e: Entity, releaseSec: number, arm?: OwnArm): HandPlan {
  const touch = contactPoint(e, 1, 0, e.position[1], GRIP_GAP_M);
  const s = new HandScript(0, touch, palmFacing(1, 0)).to(releaseSec, touch);
  s.by(0.3, [-0.05, 0.03, 0]).by(0.4, [-0.08, 0.1, 0]);
  const whose = armOf(arm, () => shoulderFor(touch, 1, 0));
  leave(s, whose.shoulder, arm);
  const wrapM = Math.min(...halfOf(e));
  return { id: handId(), keys: s.keys, grips: [], wraps: [{ t: 0, closes: true, wrapM }, { t: releaseSec, closes: false, wrapM }], ...whose };
}
