// A stack knocked over: "a stack of books falls over". The things lie on each other as they would
// on a desk (flat, each a little off the one below), and a shove sets the stack turning about its
// bottom edge, each thing moving as the rigid stack would (speed in proportion to its height),
// hard enough to take the stack past its tipping point. Then the books are loose: physics decides
// how the stack breaks up as it falls and where each lands.
import type { Action, Entity } from '../../../contract/scene-plan';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { PALM_HALF } from '../../hands/hand-shape';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { scheduleKnock } from '../shared/knock';
import { byId, stepAt } from '../shared/motion';
import { castPushByHand } from '../shared/own-hand';
import { PushHook, tippingSpin } from '../shared/push-hook';
import { deriveSeed, mulberry32 } from '../../seeded-random';
import { lyingHalf, type Surface } from '../shared/tabletop';
import type { Fate } from '../shared/thing-fate';

// Each thing sits up to this far (m) off the one below, and turned up to this much (radians).
const OFFSET_M = 0.012;
const TURN_RAD = 0.12;
// How far past the least shove that tips the stack, and when it comes.
const OVER_SHARE = 1.6;
const START_SEC = 0.5;

// A fixed draw in [0, 1) for the i-th thing's k-th offset: a stack is sloppy the same way every time.
const seededUnit = (i: number, k: number): number => mulberry32(deriveSeed(k, `stack:${i}`)).next();

const halfOf = lyingHalf;

type Tip = Extract<Action, { kind: 'tip' }>;

// Lays the things in one stack at the surface's middle; returns each one's centre height above the surface.
function layStack(things: Entity[], s: Surface): number[] {
  let y = 0;
  return things.map((t, i) => {
    const [, hy] = halfOf(t);
    const dx = (seededUnit(i, 1) - 0.5) * 2 * OFFSET_M;
    const dz = (seededUnit(i, 2) - 0.5) * 2 * OFFSET_M;
    const yaw = (seededUnit(i, 3) - 0.5) * 2 * TURN_RAD;
    const centre = y + hy;
    t.position = v3(dx, s.topY + centre + 0.0005 * i, dz);
    t.rotation = [0, round(Math.sin(yaw / 2)), 0, round(Math.cos(yaw / 2))];
    y += 2 * hy;
    return centre;
  });
}

// Lays the stack and writes each thing's shove; the top one's is a hand's (the doer's, else one
// from outside the frame: a stack that goes over with nothing touching it reads as a glitch), and
// every shove comes as that hand touches the top (scheduleStackKnock). The top's shove is written
// first: it is the one the understanding tells. On a shelf's board (`shelf`) the hand comes in
// level from the open front and pushes the stack along the board (from the side, it came in through
// the shelf's side and shoved the whole shelf over; into the shelf, the back held the stack up).
export function castStack(scene: CastScene, things: Entity[], s: Surface, shelf?: Entity): void {
  const heights = layStack(things, s);
  const topM = things.reduce((h, t) => h + 2 * halfOf(t)[1], 0);
  const halfAlongM = Math.min(...things.map((t) => halfOf(t)[0]));
  const spin = OVER_SHARE * Math.sqrt(scene.speed) * tippingSpin(halfAlongM, topM / 2, GRAVITY);
  const tips = things.map((t, i): Tip => ({
    kind: 'tip', object: t.id, impulse: v3(round(t.mass * spin * (heights[i] ?? 0) * 1000) / 1000, 0, 0), startSec: round(scene.startAt(START_SEC)), ...(shelf ? { shelf: shelf.id } : {}),
  })).reverse();
  scene.actions.push(...tips);
  const [top, ...rest] = tips;
  if (!top) return;
  castPushByHand(scene, top);
  for (const t of rest) t.startSec = top.startSec;
}

// The hand's palm on the top thing of a stack: its lower edge this far above the top thing's
// underside, so it meets the top alone (the one under it may stick out further, m).
const PALM_OFF_BELOW_M = 0.003;

// The top of the stack is knocked by the hand (its shove given where and when the palm touches
// it), and every thing under it is shoved with it, each as the rigid stack turning would move it.
export function scheduleStackKnock(action: Tip, ctx: ScheduleContext): void {
  const top = byId(ctx.plan, action.object);
  if (!top) return;
  const palmAboveM = -halfOf(top)[1] + PALM_OFF_BELOW_M + PALM_HALF[2];
  const knock = scheduleKnock(top, action.impulse, 0, top.mass, action.startSec, action.by, ctx, action.shelf !== undefined, palmAboveM);
  const step = stepAt(knock.touchSec, ctx.timing.dt);
  for (const a of ctx.plan.actions) {
    const thing = a.kind === 'tip' && a !== action ? byId(ctx.plan, a.object) : undefined;
    if (a.kind === 'tip' && thing) ctx.hooks.push(new PushHook(thing, a.impulse, 0, step));
  }
}


// "The stack of 6 books fell over: the books lie spread over 42 cm."
export function stackFell(fates: (Fate | null)[]): string {
  const known = fates.filter((f): f is Fate => f !== null);
  const first = known[0];
  if (!first) return '';
  const moved = Math.max(...known.map((f) => f.movedM));
  const label = `${first.entity.label}s`;
  return moved > 0.1
    ? `The stack of ${known.length} ${label} toppled; the ${label} spread up to ${Math.round(moved * 100)} cm from where it stood.`
    : `The stack of ${known.length} ${label} shifted but stayed up.`;
}
