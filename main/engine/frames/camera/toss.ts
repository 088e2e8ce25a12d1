// A coin tossed ("a man flips a coin", "close-up of a coin flip"): the shot rides with the coin's
// flight, from the hand up to the top of the toss and down to where it lands and settles, aimed at
// it every frame with no lag, the frame tightening as it slows at the top and on the table and
// opening up while it flies fast, so that each frame's step of the coin stays near the middle. Framed
// as a man from the knees up (or as one steady frame round the whole flight, 0.65 m tall), the coin
// was a dot 4 px across against his shirt at 180 lines; with a fixed macro frame and the operator's
// spring, a close-up lost the coin as soon as it left the thumb.
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
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

// How each shot rides with the coin: the share of the frame it fills while it is slow (at the top of
// the toss, on the table), and how long a step of its flight the frame is at least as tall as while
// it flies fast (s), so it is never more than that step from the middle. A medium shot is looser,
// the man's hand and chest round the coin; a close-up is the coin.
const RIDE: Partial<Record<CameraPlan['shot'], { share: number; stepSec: number; lean: number }>> = {
  medium: { share: 0.06, stepSec: 0.14, lean: 0.5 },
  close: { share: 0.45, stepSec: 0.05, lean: 0 },
};

// How slow (m/s) the coin is when it rests: held before the flick, settled on the table.
const REST_MPS = 0.05;
// How long (s) a medium shot takes to go from the man with the coin at rest to riding with it.
const EASE_SEC = 0.25;

function speedAt(coin: Entity, f: number, watcher: Watcher): number {
  const from = Math.max(0, f - 1), to = Math.min(watcher.frameCount - 1, f + 1);
  return (watcher.locate(coin, to, new THREE.Vector3()).distanceTo(watcher.locate(coin, from, new THREE.Vector3())) * watcher.fps) / Math.max(1, to - from);
}

// On the coin at frame f, as tight as its speed allows; a medium shot leans up towards the face of the
// one who flips it as far as `lean` of the room the coin leaves above or below it (riding with the
// coin alone, the frame was a shirt with a coin on it; leaning sideways too, the coin flew up the
// frame's right edge).
function riding(f: number, toss: Toss, shot: CameraPlan['shot'], watcher: Watcher, b: ViewBasis): FrameGoal {
  const ride = RIDE[shot] ?? RIDE.medium!;
  const at = watcher.locate(toss.coin, f, new THREE.Vector3());
  const own = watcher.bounds(toss.coin, f);
  const field = Math.max(fieldHolding(own, at, ride.share, b), speedAt(toss.coin, f, watcher) * ride.stepSec);
  const target = at.clone();
  if (toss.by && ride.lean > 0) {
    const coin = extent(own, b);
    const face = watcher.locate(toss.by, f, new THREE.Vector3()).sub(at);
    const slackY = Math.max(0, (field * (1 - 2 * MARGIN) - coin.h) / 2) * ride.lean;
    target.addScaledVector(b.up, THREE.MathUtils.clamp(face.dot(b.up), -slackY, slackY));
  }
  return { target, field, keep: toss.coin };
}

// The coin at rest with the head of the one who flips it: the man at the table with his coin.
function atRest(f: number, toss: Toss, by: Entity, watcher: Watcher, b: ViewBasis): FrameGoal {
  const points = [...watcher.bounds(toss.coin, f), ...watcher.heads(by, f, f)];
  const e = extent(points, b);
  const middle = points.reduce((sum, p) => sum.add(p), new THREE.Vector3()).divideScalar(points.length);
  const target = b.right.clone().multiplyScalar(e.cx).addScaledVector(b.up, e.cy).addScaledVector(b.view, middle.dot(b.view));
  return { target, field: fieldHolding(points, target, 1 - 2 * MARGIN, b), keep: toss.coin };
}

// Each frame's goal. A medium shot of someone flipping a coin holds them with the coin while it is
// in their hand and once it has settled (riding with it there, the frame was a table top with nobody
// at it), and eases into riding with it while it flies; a close-up rides with it throughout.
export function tossGoals(frames: number, toss: Toss, shot: CameraPlan['shot'], watcher: Watcher, b: ViewBasis): FrameGoal[] {
  const ride = Array.from({ length: frames }, (_, f) => riding(f, toss, shot, watcher, b));
  const by = toss.by;
  if (shot === 'close' || !by) return ride;
  const flying = ride.map((_, f) => (speedAt(toss.coin, f, watcher) > REST_MPS ? 1 : 0));
  const radius = Math.max(1, Math.round(EASE_SEC * watcher.fps));
  // Flying a little either side, then eased: the frame is nearly riding as the coin leaves the thumb.
  const w = centredMean(windowMax(flying, Math.ceil(radius / 2)), radius);
  return ride.map((r, f) => {
    const k = w[f]!;
    if (k >= 1) return r;
    const rest = atRest(f, toss, by, watcher, b);
    return { target: rest.target.lerp(r.target, k), field: THREE.MathUtils.lerp(rest.field, r.field, k), keep: toss.coin };
  });
}
