// The hand that knocks a thing over: it reaches the thing's upper part from the side it is pushed
// away from, comes in against it and meets it moving, and the push is given where the palm touches
// it, at that moment (PushHook): physics decides whether it goes over. The hand stops there and goes
// back. A person's own hand first comes up from their side.
import type { Entity, Vec3 } from '../../../contract/scene-plan';
import { HandHook } from '../../hands/hand-hook';
import { PALM_HALF } from '../../hands/hand-shape';
import type { HandPlan, HandScript } from '../../hands/path';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { objectModule } from '../../objects';
import { heightOf, widestOf } from '../../objects/geometry';
import { armOf, handId, leave, OFF_BACK_M, OFF_UP_M, reachTo, shoulderBehind, shoulderFor, withNextId } from './hand-moves';
import { stepAt } from './motion';
import { ownArm, type OwnArm } from './own-hand';
import { PushHook } from './push-hook';
import { lyingFlat, lyingHalf, SHELF_FRONT_Z, standing } from './tabletop';

// How far the palm travels in to the thing (speeding up), m.
const STROKE_M = 0.04;
// The palm's face stops this short of the thing's side (m) at the touch, and stops itself short of
// where that side stood: a palm that carried on pushed a domino's foot along the table and it slid
// 2 cm without tipping.
const GAP_M = 0.002;
const FOLLOW_M = 0.0015;
const STOP_SEC = 0.06;
// The stroke's time is kept within these (s): never a jab, never a crawl.
const STROKE_SEC = [0.08, 0.35] as const;

export interface Knock {
  plan: HandPlan;
  // When the palm touches the thing (s), and where: the point on its face against the thing.
  touchSec: number;
  point: Vec3;
}

// The radius (m, scaled to the entity) of a lathe thing's convex hull (its collider) at height y above
// its base: the widest of the straight lines between profile points below and above y.
function hullRadiusAt(e: Entity, y: number): number {
  const o = objectModule(e.form);
  const scale = (e.size[1] ?? 1) / (heightOf(o) / 2);
  if (o.parts || o.collider === 'cylinder') return o.parts ? standing(e).halfAlongM : widestOf(o) * scale;
  const pts = o.profile.map(([r, py]) => [r * scale, py * scale] as const);
  let best = 0;
  for (const [r0, y0] of pts) for (const [r1, y1] of pts) {
    if (y0 > y || y1 < y) continue;
    best = Math.max(best, y1 === y0 ? Math.max(r0, r1) : r0 + ((y - y0) / (y1 - y0)) * (r1 - r0));
  }
  return best;
}

// How far out from the thing's axis a flat palm, upright and centred at height y above the base,
// first meets it: its widest over the palm's height.
function reachAt(e: Entity, y: number): number {
  const top = 2 * standing(e).halfUpM;
  let best = 0;
  for (let k = -4; k <= 4; k++) best = Math.max(best, hullRadiusAt(e, Math.min(top, Math.max(0, y + (k / 4) * PALM_HALF[2]))));
  return best;
}

// How far out from its centre a thing's side is along the push (ax, az) at `aboveCentreM`: a block's
// or a thing lying flat (a book in a stack, turned a little about the vertical) is flat, its half
// depth along the push (along x, or into a shelf along -z); a thing stood up is as wide as its hull there.
function sideAt(e: Entity, aboveCentreM: number, ax: number, az: number): number {
  if (e.kind === 'box') return e.size[0] ?? 0.05;
  if (standing(e).rotation && lyingFlat(e)) {
    const [hx, , hz] = lyingHalf(e);
    const yaw = 2 * Math.atan2(e.rotation?.[1] ?? 0, e.rotation?.[3] ?? 1);
    return Math.abs(ax * Math.cos(yaw) - az * Math.sin(yaw)) * hx + Math.abs(ax * Math.sin(yaw) + az * Math.cos(yaw)) * hz;
  }
  return reachAt(e, standing(e).halfUpM + aboveCentreM);
}

// One knock of those a hand gives in turn: the thing, its push (N s) and where it lands above its
// centre, its mass with what it holds, when the palm should touch it, whether it stands on a shelf's
// board (the hand comes in level), and where the palm's middle is above its centre.
export interface KnockTurn {
  e: Entity;
  impulse: Vec3;
  aboveCentreM: number;
  kg: number;
  touchSec: number;
  level?: boolean;
  palmAboveM?: number;
}

// The knock: the palm meets the thing `aboveCentreM` above its centre at `touchSec` (or as soon after
// as the reach allows), moving along the impulse at the speed the impulse gives its mass `kg`. The
// palm's middle is `palmAboveM` above the thing's centre (its lower edge kept off what is under a
// thing in a stack), the push still landing at `aboveCentreM`.
export function knockPlan(e: Entity, impulse: Vec3, aboveCentreM: number, kg: number, touchSec: number, arm?: OwnArm, level = false, palmAboveM = aboveCentreM): Knock {
  return knockTurns([{ e, impulse, aboveCentreM, kg, touchSec, level, palmAboveM }], arm)[0] as Knock;
}

// One hand knocks each thing in turn (a woman tipping over the glass, then the bottle): it knocks
// the first, draws back off it, goes over to the next, and so on, then goes back. All share the one
// plan (one palm, one id); each knock has its own touch.
export function knockTurns(turns: readonly KnockTurn[], arm?: OwnArm): Knock[] {
  let s: HandScript | undefined;
  let ax = 1, az = 0, level = false, y = 0;
  const shoulders: Vec3[] = [];
  const knocks: { touchSec: number; point: Vec3 }[] = [];
  for (const t of turns) {
    const { e, impulse, aboveCentreM } = t;
    const l = Math.hypot(impulse[0], impulse[2]) || 1;
    ax = impulse[0] / l;
    az = impulse[2] / l;
    level = t.level ?? false;
    y = e.position[1] + (t.palmAboveM ?? aboveCentreM);
    const r = sideAt(e, aboveCentreM, ax, az) + GAP_M;
    const touch: Vec3 = [e.position[0] - ax * (r + PALM_HALF[1]), y, e.position[2] - az * (r + PALM_HALF[1])];
    const strokeSec = Math.min(STROKE_SEC[1], Math.max(STROKE_SEC[0], (2 * STROKE_M) / (l / t.kg)));
    if (s) s.wait(0.05).by(0.2, [-ax * OFF_BACK_M, level ? 0 : OFF_UP_M, -az * OFF_BACK_M]);
    s = reachTo([touch[0] - ax * STROKE_M, y, touch[2] - az * STROKE_M], ax, az, t.touchSec - strokeSec, arm, level ? 0 : undefined, s).to(strokeSec, touch, 'in');
    knocks.push({ touchSec: s.t, point: [e.position[0] - ax * r, e.position[1] + aboveCentreM, e.position[2] - az * r] });
    s.to(STOP_SEC, [touch[0] + ax * FOLLOW_M, y, touch[2] + az * FOLLOW_M], 'out');
    // Level, the arm comes from straight out in front (from above, it went up through the board).
    shoulders.push(level ? [touch[0] - ax * 0.25, y + 0.05, touch[2] + SHELF_FRONT_Z * 0.6] : shoulderFor(touch, ax, az));
  }
  const done = (s as HandScript).wait(0.2).by(0.5, [-ax * 0.1, level ? 0 : 0.08, -az * 0.1]);
  const whose = armOf(arm, () => shoulderBehind(shoulders));
  leave(done, whose.shoulder, arm);
  const plan: HandPlan = { id: handId(), keys: done.keys, grips: done.grips, ...whose, pushes: turns.map((t) => t.e.id) };
  return knocks.map((k) => ({ plan, ...k }));
}

// Schedules the knock of `e` by the hand of `by` (a person's id; else a hand from outside the frame):
// the hand's path, and the push where and when its palm touches the thing, heard as that touch.
// Returns the knock (when it lands: a tower's other blocks are shoved then too). `onShelf`: the thing
// stands on a shelf's board (the plan says so), with the board above it: the hand comes in level,
// from the open front. `palmAboveM`: where on the thing the palm lands, above its centre.
export function scheduleKnock(e: Entity, impulse: Vec3, aboveCentreM: number, kg: number, touchSec: number, by: string | undefined, ctx: ScheduleContext, onShelf = false, palmAboveM = aboveCentreM): Knock {
  return scheduleKnocks([{ e, impulse, aboveCentreM, kg, touchSec, level: onShelf, palmAboveM }], by, ctx)[0] as Knock;
}

// Several knocks by one hand in turn (knockTurns), each pushing where and when its palm touches.
export function scheduleKnocks(turns: readonly KnockTurn[], by: string | undefined, ctx: ScheduleContext): Knock[] {
  const [first] = turns;
  if (!first) return [];
  const planned = knockTurns(turns, ownArm(ctx, by, first.e.position));
  const plan = withNextId((planned[0] as Knock).plan, ctx.hooks);
  ctx.hooks.push(new HandHook(plan, ctx.plan.entities));
  return planned.map((k, i) => {
    const t = turns[i] as KnockTurn;
    ctx.hooks.push(new PushHook(t.e, t.impulse, t.aboveCentreM, stepAt(k.touchSec, ctx.timing.dt), k.point, { hand: plan.id }));
    return { ...k, plan };
  });
}
