// A medium shot of someone with the person they talk or wave to is a two-shot: both are in it
// (framing.ts twoShot widens the frame for the other face). The medium rule still holds in a
// two-shot: the subject at least half the frame's height (issue 7). Seen square to the line between
// them, two people further apart than that frame is wide cannot both be in it (a man waving to a
// woman 6.3 m away was 0.38 of the frame, a wide shot). The camera then turns round away from the
// other, towards the subject's back, by the least step that fits them: the other is seen past the
// subject's shoulder, further from the lens and smaller (the same man was 0.54 of the frame, the
// woman 0.26 beyond him). Turned the other way, towards the other's side, the nearer face spread
// across the frame faster than the turn closed the gap (the frame needed grew from 5.1 to 6.4 m).
import * as THREE from 'three';
import type { CameraPlan, Entity } from '../../../contract/scene-plan';
import { sizeOf } from './focus';
import { extent, fieldHolding, MARGIN, type ViewBasis } from './projection';
import { SHOT_SIZES } from './shot-sizes';

// Room each face in a two-shot needs on either side of it (metres).
export const FACE_ROOM = 0.45;
// The least share of the frame's height the subject of a medium two-shot keeps.
const LEAST_SHARE = 0.5;
// How far round the camera may turn, and in what steps (degrees).
const MOST_TURN_DEG = 75;
const STEP_DEG = 5;
const UP = new THREE.Vector3(0, 1, 0);

// The frame height a two-shot seen along `dir` (from the subject towards the camera) needs for every
// face with its room, centred across, perspective counted (the nearer face spreads further).
function twoShotField(dir: THREE.Vector3, faces: readonly THREE.Vector3[], tanHalf: number, aspect: number): number {
  const view = dir.clone().negate();
  const right = new THREE.Vector3().crossVectors(view, UP).normalize();
  const b: ViewBasis = { right, up: new THREE.Vector3().crossVectors(right, view).normalize(), view, aspect, tanHalf };
  const room = faces.flatMap((p) => [p.clone().addScaledVector(right, -FACE_ROOM), p.clone().addScaledVector(right, FACE_ROOM)]);
  const e = extent(room, b);
  const target = right.clone().multiplyScalar(e.cx).addScaledVector(b.up, e.cy).addScaledVector(view, faces[0]!.dot(view));
  return fieldHolding(room, target, 1 - 2 * MARGIN, b);
}

// The horizontal direction from the subject towards the camera (`dir`), turned round away from the
// others by the least whole step for a frame `heightM / LEAST_SHARE` tall to hold every face (the
// turn that needs the least frame where none does). `fovDeg`: the shot's lens (vertical).
function overTheShoulder(dir: THREE.Vector3, subject: THREE.Vector3, others: readonly THREE.Vector3[], heightM: number, aspect: number, fovDeg: number): THREE.Vector3 {
  const most = heightM / LEAST_SHARE;
  const tanHalf = Math.tan(THREE.MathUtils.degToRad(fovDeg / 2));
  const faces = [subject, ...others];
  const flat = dir.clone().setY(0).normalize();
  if (others.length === 0 || twoShotField(flat, faces, tanHalf, aspect) <= most) return dir;
  // Which way round (about the vertical) the others are from the view; the camera turns the other way.
  const apart = others.reduce((sum, o) => sum.add(o.clone().sub(subject)), new THREE.Vector3()).setY(0);
  const sign = Math.sign(flat.clone().cross(apart).dot(UP)) || 1;
  let best = { turned: dir, field: Infinity };
  for (let deg = STEP_DEG; deg <= MOST_TURN_DEG; deg += STEP_DEG) {
    const turned = dir.clone().applyAxisAngle(UP, -sign * THREE.MathUtils.degToRad(deg));
    const field = twoShotField(turned.clone().setY(0).normalize(), faces, tanHalf, aspect);
    if (field <= most) return turned;
    if (field < best.field) best = { turned, field };
  }
  return best.turned;
}

// The view of a medium shot of a person with the people in it with them (`companions`: whom they
// talk or wave to), each placed by `locate` (at mid-clip).
export function twoShotView(dir: THREE.Vector3, shot: CameraPlan['shot'], subject: Entity | null, companions: readonly Entity[], locate: (e: Entity) => THREE.Vector3, aspect: number): THREE.Vector3 {
  const partners = shot === 'medium' && subject?.kind === 'person' ? companions.filter((c) => c.kind === 'person') : [];
  if (!subject || partners.length === 0) return dir;
  return overTheShoulder(dir, locate(subject), partners.map(locate), sizeOf(subject), aspect, SHOT_SIZES[shot].fovDeg);
}
