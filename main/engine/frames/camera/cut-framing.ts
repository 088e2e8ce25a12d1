// A cameo whose footage ends at their waist (cut-staging.ts) in a medium shot or a close-up: the
// operator frames them so that edge is under the frame's bottom, with room to spare for a dolly out
// or a handheld sway, keeping their eyes on the shot's eye line (a tighter frame, never a lower one).
// A medium shot of someone filmed from the waist up so becomes a medium close-up. A cameo seated
// behind a table instead has the camera raised or lowered until the table's top hides the cut edge
// (keepCutsBehindTables).
import * as THREE from 'three';
import type { CameraPlan, Entity, ScenePlan } from '../../../contract/scene-plan';
import { BODY, heightOf } from '../../body/skeleton';
import { overTable } from '../../cameo/behind-table';
import { stageCameo } from '../../cameo/cut-staging';
import type { Watcher } from './focus';
import type { FrameGoal } from './framing';
import { CAMERA_MOVES } from './moves';
import type { ViewBasis } from './projection';
import { SHOT_SIZES } from './shot-sizes';

// How far under the frame's bottom the edge stays, as a share of the frame's height: more than a
// handheld sway moves the frame.
const CLEARANCE = 0.08;

// The most a camera move widens the frame over the clip (a pull out ends 1.5 times as far away),
// sampled on a grid that includes the clip's end.
const SCALE_SAMPLES = 20;
function widestScale(cam: CameraPlan): number {
  const move = CAMERA_MOVES[cam.motion];
  let most = 1;
  for (let i = 0; i <= SCALE_SAMPLES; i++) most = Math.max(most, move.distanceScale(i / SCALE_SAMPLES));
  return most;
}

export type CutFraming = (goal: FrameGoal, person: Entity | null, f: number) => FrameGoal;

// How far (in frame heights) the cut sits under the frame's bottom edge for an aim and frame height:
// perspective counted, since a camera looking down sees the waist, further along the view than the
// eyes, higher in the picture than the eyes' depth would put it.
function cutBelow(cut: THREE.Vector3, target: THREE.Vector3, field: number, scale: number, b: ViewBasis): number {
  const rel = cut.clone().sub(target);
  const dist = (scale * field) / (2 * b.tanHalf);
  const y = (rel.dot(b.up) * dist) / Math.max(1e-3, dist + rel.dot(b.view));
  return (-y - (scale * field) / 2) / field;
}

// Each try tightens the frame by this much, eyes kept on the eye line, until the cut is clear.
const TIGHTEN = 0.95;
const MAX_TRIES = 40;

export function cutFraming(plan: ScenePlan, watcher: Watcher, b: ViewBasis): CutFraming {
  const shot = SHOT_SIZES[plan.camera.shot];
  const scale = widestScale(plan.camera);
  // Staging is a function of the plan alone: worked out once per clip, not once per frame (a cameo's
  // staging plans a seat behind the table every time it is asked).
  const cutOf = new Map<string, number>();
  for (const use of plan.cameos ?? []) {
    const staging = stageCameo(plan, use);
    if (staging.kind === 'framed') cutOf.set(use.entityId, staging.cutM);
  }
  return (goal, person, f) => {
    if (!person || person.kind !== 'person' || shot.fit) return goal;
    const cutM = cutOf.get(person.id);
    if (cutM === undefined) return goal;
    const pose = watcher.pose(person, f);
    const ground = Math.min(pose.footL[1], pose.footR[1]) - BODY.ankleHeight * heightOf(person);
    const cut = new THREE.Vector3(pose.pelvis[0], ground + cutM, pose.pelvis[2]);
    if (cutBelow(cut, goal.target, goal.field, scale, b) >= CLEARANCE) return goal;
    const eyes = watcher.locate(person, f, new THREE.Vector3());
    const above = 0.5 - shot.eyeLine;
    // The aim for a frame height: the goal's, moved along the frame's up so the eyes sit on the line.
    const aimFor = (field: number): THREE.Vector3 => goal.target.clone().addScaledVector(b.up, eyes.clone().sub(goal.target).dot(b.up) - above * field);
    let field = goal.field;
    for (let i = 0; i < MAX_TRIES && cutBelow(cut, aimFor(field), field, scale, b) < CLEARANCE; i++) field *= TIGHTEN;
    return { ...goal, target: aimFor(field), field };
  };
}

// The camera's line to a seated cameo's cut edge must meet the table top this far (metres) inside
// the edges it crosses: nearer its far edge it looks down into the gap behind the table, nearer its
// near edge under the table.
const TOP_INSET_M = 0.08;

// Raises or lowers the camera, frame by frame, until its lines to each seated cameo's cut edge (its
// middle and both ends) meet the table top inside its edges: the top then hides the cut, however
// near, far or oblique the camera is.
export function keepCutsBehindTables(plan: ScenePlan, watcher: Watcher, position: THREE.Vector3[]): void {
  for (const use of plan.cameos ?? []) {
    const staging = stageCameo(plan, use);
    const person = plan.entities.find((e) => e.id === use.entityId);
    const table = plan.entities.find((e) => e.id === (staging.kind === 'behind-table' ? staging.seat.tableId : null));
    if (staging.kind !== 'behind-table' || !person || !table) continue;
    const { cutM, cutHalfM, topM } = staging.seat;
    position.forEach((cam, f) => {
      const pelvis = watcher.pose(person, f).pelvis;
      const run = Math.hypot(cam.x - pelvis[0], cam.z - pelvis[2]);
      const dx = (cam.x - pelvis[0]) / run, dz = (cam.z - pelvis[2]) / run;
      let least = 0, most = Infinity;
      for (const k of [-1, 0, 1]) {
        const hit = overTable(table, pelvis[0] - dz * k * cutHalfM, pelvis[2] + dx * k * cutHalfM, dx, dz);
        if (!hit || hit[1] - hit[0] < 2 * TOP_INSET_M) continue;
        least = Math.max(least, (topM - cutM) / Math.min(run, hit[1] - TOP_INSET_M));
        most = Math.min(most, (topM - cutM) / (hit[0] + TOP_INSET_M));
      }
      const slope = Math.min(most, Math.max(least, (cam.y - cutM) / run));
      cam.setY(cutM + slope * run);
    });
  }
}
