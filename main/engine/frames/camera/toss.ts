// A coin tossed ("a man flips a coin", "close-up of a coin flip"). A close-up rides with the coin's
// flight, from the hand up to the top of the toss and down to where it lands and settles, aimed at
// it every frame with no lag, the frame tightening as it slows at the top and on the table and
// opening up while it flies fast, so that each frame's step of the coin stays near the middle (with
// a fixed macro frame and the operator's spring, a close-up lost the coin as soon as it left the
// thumb). A medium shot of someone flipping it is one steady frame of them, head to waist, with the
// coin's whole flight in it (issue 7): riding with the coin, it was their shirt with a coin on it.
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import type { AngleAxes } from './angles';
import type { Watcher } from './focus';
import type { FrameGoal, ViewBasis } from './framing';
import { windowMax } from './follow';
import { centredMean } from './pan-to-keep';
import { extent, fieldHolding, MARGIN } from './projection';

export interface Toss {
  coin: Entity;
  // Who flips it, if anyone the prompt names.
  by: Entity | null;
  // When the thumb flicks it (s).
  flickSec: number;
}

// The toss the shot is of: a flip of the subject, or by the subject's own hand.
export function tossOf(plan: ScenePlan, subject: Entity | null, shot: CameraPlan['shot']): Toss | null {
  if (!subject || shot === 'wide') return null;
  const a = plan.actions.find((x) => x.kind === 'flip' && (x.object === subject.id || x.by === subject.id));
  if (a?.kind !== 'flip') return null;
  const coin = plan.entities.find((e) => e.id === a.object);
  const by = plan.entities.find((e) => e.id === a.by && e.kind === 'person') ?? null;
  return coin ? { coin, by, flickSec: a.startSec } : null;
}

// A coin held on the fist of someone's arm is seen from the side away from that arm's shoulder: from
// the side the arm comes from, the forearm runs between the lens and the fist, and the coin was
// hidden (0 px) for the half second it is held, in the medium shot and the close-up alike, the
// close-up a forearm filling the frame. The camera's side (`across`) is turned to the other side of
// the coin from the nearer shoulder; the angle asked for is kept (still 28 degrees round from the
// front, only on the other hand).
export function clearOfTheArm(axes: AngleAxes, toss: Toss | null, watcher: Watcher): AngleAxes {
  if (!toss?.by) return axes;
  const coin = watcher.locate(toss.coin, 0, new THREE.Vector3());
  const pose = watcher.pose(toss.by, 0);
  const [shoulder] = [pose.shoulderL, pose.shoulderR].map((p) => new THREE.Vector3(...p)).sort((a, b) => a.distanceTo(coin) - b.distanceTo(coin));
  const armSide = shoulder!.sub(coin).setY(0).dot(axes.across);
  return armSide > 0 ? { ...axes, across: axes.across.clone().negate() } : axes;
}

// How each shot rides with the coin: the share of the frame it fills while it is slow (at the top of
// the toss, on the table), and how long a step of its flight the frame is at least as tall as while
// it flies fast (s), so it is never more than that step from the middle. A medium shot of a coin
// flicked by a hand from outside the frame is looser; a close-up is the coin.
const RIDE: Partial<Record<CameraPlan['shot'], { share: number; stepSec: number }>> = {
  medium: { share: 0.06, stepSec: 0.14 },
  close: { share: 0.45, stepSec: 0.05 },
};

// How slow (m/s) the coin is when it rests: held before the flick, settled on the table.
const REST_MPS = 0.05;
// How long (s) a close-up takes to go from the hand holding the coin to riding with it.
const EASE_SEC = 0.25;
// The most of a close-up's frame the hand holding the coin takes before the flick: framed on the
// coin alone (a macro shot), the fist round it filled the frame for the first half second and the
// coin was 9 px of a 320x180 frame.
const HELD_SHARE = 0.5;

function speedAt(coin: Entity, f: number, watcher: Watcher): number {
  const from = Math.max(0, f - 1), to = Math.min(watcher.frameCount - 1, f + 1);
  return (watcher.locate(coin, to, new THREE.Vector3()).distanceTo(watcher.locate(coin, from, new THREE.Vector3())) * watcher.fps) / Math.max(1, to - from);
}

const pointAt = (b: ViewBasis, cx: number, cy: number, along: THREE.Vector3): THREE.Vector3 =>
  b.right.clone().multiplyScalar(cx).addScaledVector(b.up, cy).addScaledVector(b.view, along.dot(b.view));

// The frame whose middle `share` holds the points, centred on them.
function holding(points: readonly THREE.Vector3[], share: number, b: ViewBasis): FrameGoal {
  const e = extent(points, b);
  const middle = points.reduce((sum, p) => sum.add(p), new THREE.Vector3()).divideScalar(Math.max(1, points.length));
  const target = pointAt(b, e.cx, e.cy, middle);
  return { target, field: fieldHolding(points, target, share, b) };
}

// On the coin at frame f, as tight as its speed allows.
function riding(f: number, toss: Toss, shot: CameraPlan['shot'], watcher: Watcher, b: ViewBasis): FrameGoal {
  const ride = RIDE[shot] ?? RIDE.medium!;
  const at = watcher.locate(toss.coin, f, new THREE.Vector3());
  const field = Math.max(fieldHolding(watcher.bounds(toss.coin, f), at, ride.share, b), speedAt(toss.coin, f, watcher) * ride.stepSec);
  return { target: at, field, keep: toss.coin };
}

// A medium shot of someone flipping a coin: one steady frame, their head to their waist with the
// coin's whole flight in it (the hand it leaves, the top of the toss, the table it lands on). Riding
// with the coin, the frame was the man's shirt with the coin on it for most of the clip, and his
// head was cut from the flick to the landing.
function headToWaist(toss: Toss, by: Entity, watcher: Watcher, b: ViewBasis): FrameGoal {
  const last = Math.max(0, watcher.frameCount - 1);
  const waist = watcher.heads(by, 0, last).map((_, k, all) => new THREE.Vector3(...watcher.pose(by, Math.round((k / Math.max(1, all.length - 1)) * last)).pelvis));
  return { ...holding([...watcher.heads(by, 0, last), ...waist, ...watcher.path(toss.coin)], 1 - 2 * MARGIN, b), keep: toss.coin };
}

// A close-up before the flick: the coin and the hand holding it, the hand no more than HELD_SHARE of
// the frame; once no hand is on it, the coin as it is ridden.
function held(f: number, toss: Toss, ride: FrameGoal, watcher: Watcher, b: ViewBasis): FrameGoal {
  const coin = watcher.bounds(toss.coin, f);
  const hand = watcher.handsOn(coin, f);
  if (hand.length === 0) return ride;
  const goal = holding([...coin, ...hand], HELD_SHARE, b);
  return { target: goal.target, field: Math.max(goal.field, ride.field), keep: toss.coin };
}

// Each frame's goal. A medium shot of someone flipping a coin is one steady frame of them with the
// coin's flight; a close-up (or a medium shot of a hand from outside the frame) rides with the coin,
// easing in from the hand that holds it as the coin leaves the thumb.
export function tossGoals(frames: number, toss: Toss, shot: CameraPlan['shot'], watcher: Watcher, b: ViewBasis): FrameGoal[] {
  if (shot === 'medium' && toss.by) {
    const steady = headToWaist(toss, toss.by, watcher, b);
    return Array.from({ length: frames }, () => ({ ...steady, target: steady.target.clone() }));
  }
  const ride = Array.from({ length: frames }, (_, f) => riding(f, toss, shot, watcher, b));
  const flying = ride.map((_, f) => (speedAt(toss.coin, f, watcher) > REST_MPS ? 1 : 0));
  const radius = Math.max(1, Math.round(EASE_SEC * watcher.fps));
  // Flying a little either side, then eased: the frame is nearly riding as the coin leaves the thumb.
  const w = centredMean(windowMax(flying, Math.ceil(radius / 2)), radius);
  return ride.map((r, f) => {
    const k = w[f]!;
    if (k >= 1) return r;
    const rest = held(f, toss, r, watcher, b);
    return { target: rest.target.clone().lerp(r.target, k), field: THREE.MathUtils.lerp(rest.field, r.field, k), keep: toss.coin };
  });
}
