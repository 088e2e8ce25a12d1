// Things the prompt names as where the action happens ("a ball is dropped next to a glass of
// water"): no action moves them and they stand by the subject. A shot that is not wide keeps them in
// frame with its subject as far as its size allows (framing.ts withLandmarks): framed on the ball
// alone, the glass only came in at the frame's bottom-right edge by 2.5 s.
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import { sizeOf, type Watcher } from './focus';
import { fitAction, pointAtIn, silhouette, type FrameGoal } from './framing';
import { isThing } from './hand-work';
import { fieldHolding, type ViewBasis } from './projection';
import { SHOT_SIZES } from './shot-sizes';

// How near (m, across the floor) to the subject's way over the clip a landmark stands to be kept
// with it: "next to" puts it 0.35 m and more beside the focus (cast/landmarks.ts).
const NEAR_M = 1;

// Every entity id an action names, whatever the field (actor, object, into, by, objects...).
function namedByActions(plan: ScenePlan): Set<string> {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') ids.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  plan.actions.forEach(walk);
  return ids;
}

export function landmarksOf(plan: ScenePlan, subject: Entity | null, watcher: Watcher): Entity[] {
  if (!subject || plan.actions.length === 0) return [];
  const named = namedByActions(plan);
  const way = watcher.path(subject);
  return plan.entities.filter((e) => {
    if (e.id === subject.id || !isThing(e) || named.has(e.id)) return false;
    const at = new THREE.Vector2(e.position[0], e.position[2]);
    return way.some((p) => at.distanceTo(new THREE.Vector2(p.x, p.z)) < NEAR_M);
  });
}

// The frame widened (never tightened) towards the landmarks at frame f until they are in it, as far
// as the subject keeps the shot's least share of the frame (ShotSize.landmarkLeast); beyond that the
// subject stays whole and the frame leans towards them (a ball high above the glass it is dropped
// beside: the glass comes in as the ball comes down to it).
export function withLandmarks(goal: FrameGoal, f: number, subject: Entity, landmarks: readonly Entity[], shot: CameraPlan['shot'], watcher: Watcher, b: ViewBasis): FrameGoal {
  const least = SHOT_SIZES[shot].landmarkLeast;
  if (least === null || landmarks.length === 0 || subject.kind === 'person') return goal;
  const anchor = watcher.locate(subject, f, new THREE.Vector3());
  const own = subject.kind === 'ball' ? silhouette(anchor, sizeOf(subject) / 2, b) : watcher.bounds(subject, f);
  const most = Math.max(goal.field, fieldHolding(own, anchor, least, b));
  const marks = landmarks.flatMap((e) => watcher.bounds(e, f));
  return { ...goal, ...fitAction([...own, ...marks], own, anchor, goal.field, most, b, pointAtIn(b)) };
}
