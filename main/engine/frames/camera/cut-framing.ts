// A cameo whose footage ends at their waist (cut-staging.ts) in a medium shot or a close-up: the
// operator frames them so that edge is under the frame's bottom, with room to spare for a dolly out
// or a handheld sway, keeping their eyes on the shot's eye line (a tighter frame, never a lower one).
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import { BODY, heightOf } from '../../body/skeleton';
import { cutHeightM } from '../../cameo/cut-staging';
import type { Watcher } from './focus';
import type { FrameGoal } from './framing';
import { CAMERA_MOVES } from './moves';
import type { ViewBasis } from './projection';
import { SHOT_SIZES } from './shot-sizes';

// How far under the frame's bottom the edge stays, as a share of the frame's height: more than a
// handheld sway moves the frame.
const CLEARANCE = 0.08;

// The most a camera move widens the frame over the clip (a pull out ends 1.5 times as far away).
function widestScale(cam: CameraPlan): number {
  const move = CAMERA_MOVES[cam.motion];
  let most = 1;
  for (let u = 0; u <= 1; u += 0.05) most = Math.max(most, move.distanceScale(u));
  return most;
}

export type CutFraming = (goal: FrameGoal, person: Entity | null, f: number) => FrameGoal;

export function cutFraming(plan: ScenePlan, watcher: Watcher, b: ViewBasis): CutFraming {
  const shot = SHOT_SIZES[plan.camera.shot];
  const scale = widestScale(plan.camera);
  return (goal, person, f) => {
    if (!person || person.kind !== 'person' || shot.fit) return goal;
    const use = plan.cameos?.find((c) => c.entityId === person.id);
    const cutM = use ? cutHeightM(use) : null;
    if (cutM === null) return goal;
    const pose = watcher.pose(person, f);
    const ground = Math.min(pose.footL[1], pose.footR[1]) - BODY.ankleHeight * heightOf(person);
    const cut = new THREE.Vector3(pose.pelvis[0], ground + cutM, pose.pelvis[2]).dot(b.up);
    const eyes = watcher.locate(person, f, new THREE.Vector3()).dot(b.up);
    const above = 0.5 - shot.eyeLine;
    // Eyes `above * field` over the aim; the frame, widened by the move, reaches `scale * field / 2`
    // under it: that must stay `CLEARANCE * field` over the cut.
    const field = Math.min(goal.field, (eyes - cut) / (above + scale / 2 + CLEARANCE));
    const aim = goal.target.dot(b.up);
    const lowest = aim - (scale / 2 + CLEARANCE) * goal.field;
    if (field === goal.field && lowest >= cut) return goal;
    const target = goal.target.clone().addScaledVector(b.up, eyes - above * field - aim);
    return { ...goal, target, field };
  };
}
