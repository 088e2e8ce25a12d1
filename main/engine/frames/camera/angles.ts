// Where the camera looks from, per angle: a horizontal direction (from the subject towards the
// camera) built from the subject's own axes, and an elevation by shot size. Low angles look up from
// near the ground; overhead looks straight down.
import * as THREE from 'three';
import type { CameraPlan } from '../../../contract/scene-plan';

export interface AngleAxes {
  // The direction the action runs (left to right for a side view), the side the camera stands on,
  // and the way the subject faces.
  axis: THREE.Vector3;
  side: THREE.Vector3;
  facing: THREE.Vector3;
  // Square to the subject's facing, on the camera's side: a person's profile is seen from here. For
  // anything but a person it is the side.
  across: THREE.Vector3;
  // Whether the subject has a face to show (a person), or is one of a row of things acted on
  // together (a domino run).
  face: boolean;
  row: boolean;
  // A person who acts in place with nothing leaving them (stands, waves, talks): their front is a
  // portrait, seen face on.
  portrait: boolean;
}

// Axes for people seen across, facing the camera's side (a cameo seated behind a table, a group
// where nobody acts): every view but behind looks at their faces.
export const facingTheCamera = (axis: THREE.Vector3, side: THREE.Vector3): AngleAxes => ({ axis, side, facing: side, across: side, face: true, row: false, portrait: true });

export interface CameraAngle {
  direction(a: AngleAxes, shot: CameraPlan['shot']): THREE.Vector3;
  elevationDeg(shot: CameraPlan['shot']): number;
  // Which way is up in the frame, when not the world's up (looking straight down has no horizon).
  frameUp?(a: AngleAxes): THREE.Vector3;
}

// The horizontal direction `deg` degrees round from the subject's facing towards the camera's side
// (0: in front of it, 90: its profile, 180: behind it).
const round = (a: AngleAxes, deg: number): THREE.Vector3 => {
  const r = THREE.MathUtils.degToRad(deg);
  return a.facing.clone().multiplyScalar(Math.cos(r)).addScaledVector(a.across, Math.sin(r)).normalize();
};
const mix = (a: THREE.Vector3, ka: number, b: THREE.Vector3, kb: number): THREE.Vector3 => a.clone().multiplyScalar(ka).addScaledVector(b, kb).normalize();

// How far round from the subject's facing each angle word stands (degrees). The front and the back
// are a little off the axis, so a backboard or the subject's own arm does not fill the frame, and a
// face still reads as a face. Up close the side view turns towards the way the subject faces or
// goes: a little for a person, so the face reads; more for a thing, so the way it goes is seen
// coming; a row of things is seen nearly square (turned 37 degrees, a domino run ran away from the
// lens, the fallen dominoes at its far end small; square on, the standing ones showed only their
// edges, no pips).
export const ANGLE_ROUND_DEG = { front: 28, portraitFront: 0, threeQuarter: 45, side: 90, closeSide: 72, closeThing: 53, closeRow: 80, low: 53, behind: 158 } as const;

const closeSide = (a: AngleAxes): number => (a.row ? ANGLE_ROUND_DEG.closeRow : a.face ? ANGLE_ROUND_DEG.closeSide : ANGLE_ROUND_DEG.closeThing);

export const CAMERA_ANGLES: Record<CameraPlan['angle'], CameraAngle> = {
  // A side view of a wide action shows it crossing the frame; a person is seen in profile.
  side: { direction: (a, shot) => round(a, shot === 'close' ? closeSide(a) : ANGLE_ROUND_DEG.side), elevationDeg: (shot) => (shot === 'wide' ? 10 : shot === 'medium' ? 7 : 4) },
  front: { direction: (a) => round(a, a.portrait ? ANGLE_ROUND_DEG.portraitFront : ANGLE_ROUND_DEG.front), elevationDeg: (shot) => (shot === 'wide' ? 9 : 4) },
  // Half way between the face and the profile.
  'three-quarter': { direction: (a) => round(a, ANGLE_ROUND_DEG.threeQuarter), elevationDeg: (shot) => (shot === 'wide' ? 9 : 5) },
  behind: { direction: (a) => round(a, ANGLE_ROUND_DEG.behind), elevationDeg: (shot) => (shot === 'wide' ? 12 : 8) },
  // A raised three-quarter view.
  high: { direction: (a) => mix(a.side, 0.85, a.axis, -0.52), elevationDeg: () => 48 },
  // From near the ground, looking up at the subject: it towers over the frame.
  low: { direction: (a) => round(a, ANGLE_ROUND_DEG.low), elevationDeg: () => -14 },
  // Straight down from above (top-down): the side direction only sets which way is "up" in the frame.
  overhead: { direction: (a) => a.side.clone(), elevationDeg: () => OVERHEAD_ELEVATION_DEG, frameUp: (a) => a.side.clone().negate() },
};

export const OVERHEAD_ELEVATION_DEG = 89.5;

// A thing (a book, a cup, a coin) is looked down on, as a table-top shot is: at eye level a book
// lying flat shows only its edge, and a coin on its face nothing at all. Someone at work on the table
// whose head is in the shot (a medium shot of a man pouring) is looked down on less: from 25 degrees
// the camera stood over his head. Asked-for angles that are already steeper stay as they are, and a
// low angle stays low. A pour into a vessel that already holds a liquid (milk into a cup of coffee)
// is looked down into: at 15 degrees the near rim of a cup 45% full hid the coffee until the milk
// had raised it (review19a); its surface, 5 cm down a cup 8 cm across, shows from about 32.
const LOOK_DOWN_DEG = { thing: 25, worker: 15, into: 34 } as const;

export function elevationDeg(angle: CameraPlan['angle'], shot: CameraPlan['shot'], lookDown: keyof typeof LOOK_DOWN_DEG | null): number {
  const asked = CAMERA_ANGLES[angle].elevationDeg(shot);
  return lookDown !== null && angle !== 'low' ? Math.max(asked, LOOK_DOWN_DEG[lookDown]) : asked;
}

// How near (degrees) a row of things must run to the camera's way to be turned from, and how far
// round the view then turns.
const ROW_TOWARDS_DEG = 35;
const FAN_TURN_DEG = 45;

// A row of things doing one thing together that runs towards the camera (three books side by side
// pushed off a table's edge: seen from the side, in a line one behind the other) is seen from 45
// degrees round towards where they go, so they fan out across the frame. `starts` and `ends`: where
// each is at the clip's start and end.
export function fanOut(a: AngleAxes, starts: readonly THREE.Vector3[], ends: readonly THREE.Vector3[]): AngleAxes {
  if (starts.length < 2) return a;
  const row = starts[starts.length - 1]!.clone().sub(starts[0]!).setY(0);
  if (row.length() < 1e-3 || Math.abs(row.normalize().dot(a.side)) < Math.cos(THREE.MathUtils.degToRad(ROW_TOWARDS_DEG))) return a;
  const travel = ends.reduce((sum, e, i) => sum.add(e).sub(starts[i]!), new THREE.Vector3()).setY(0);
  // Turning the side about the vertical moves it along (side.z, 0, -side.x).
  const toward = new THREE.Vector3(a.side.z, 0, -a.side.x).dot(travel) >= 0 ? 1 : -1;
  const r = toward * THREE.MathUtils.degToRad(FAN_TURN_DEG), up = new THREE.Vector3(0, 1, 0);
  const turn = (v: THREE.Vector3): THREE.Vector3 => v.clone().applyAxisAngle(up, r);
  return { ...a, axis: turn(a.axis), side: turn(a.side), facing: turn(a.facing), across: turn(a.across) };
}
