// Where the camera looks from, per angle: a horizontal direction (from the subject towards the
// camera) built from the subject's own axes, and an elevation by shot size. Low angles look up from
// near the ground; overhead looks straight down.
import type * as THREE from 'three';
import type { CameraPlan } from '../../../contract/scene-plan';

export interface AngleAxes {
  // The direction the action runs (left to right for a side view), the side the camera stands on,
  // and the way the subject faces.
  axis: THREE.Vector3;
  side: THREE.Vector3;
  facing: THREE.Vector3;
}

export interface CameraAngle {
  direction(a: AngleAxes, shot: CameraPlan['shot']): THREE.Vector3;
  elevationDeg(shot: CameraPlan['shot']): number;
  // Which way is up in the frame, when not the world's up (looking straight down has no horizon).
  frameUp?(a: AngleAxes): THREE.Vector3;
}

const mix = (a: THREE.Vector3, ka: number, b: THREE.Vector3, kb: number): THREE.Vector3 => a.clone().multiplyScalar(ka).addScaledVector(b, kb).normalize();

export const CAMERA_ANGLES: Record<CameraPlan['angle'], CameraAngle> = {
  // A side view of a wide action shows it crossing the frame; up close, a profile turned a little
  // towards the camera, so the face reads.
  side: { direction: (a, shot) => (shot === 'close' ? mix(a.side, 0.8, a.facing, 0.6) : a.side.clone()), elevationDeg: (shot) => (shot === 'wide' ? 10 : shot === 'medium' ? 7 : 4) },
  // Slightly off-axis so a backboard or the subject's own arm doesn't fill the frame.
  front: { direction: (a) => mix(a.facing, 0.8, a.side, 0.6), elevationDeg: (shot) => (shot === 'wide' ? 9 : 4) },
  behind: { direction: (a) => mix(a.facing, -0.93, a.side, 0.37), elevationDeg: (shot) => (shot === 'wide' ? 12 : 8) },
  // A raised three-quarter view.
  high: { direction: (a) => mix(a.side, 0.85, a.axis, -0.52), elevationDeg: () => 48 },
  // From near the ground, looking up at the subject: it towers over the frame.
  low: { direction: (a) => mix(a.side, 0.8, a.facing, 0.6), elevationDeg: () => -14 },
  // Straight down from above (top-down): the side direction only sets which way is "up" in the frame.
  overhead: { direction: (a) => a.side.clone(), elevationDeg: () => OVERHEAD_ELEVATION_DEG, frameUp: (a) => a.side.clone().negate() },
};

export const OVERHEAD_ELEVATION_DEG = 89.5;

// A thing (a book, a cup, a coin) is looked down on, as a table-top shot is: at eye level a book
// lying flat shows only its edge, and a coin on its face nothing at all. Asked-for angles that are
// already steeper stay as they are, and a low angle stays low.
const THING_ELEVATION_DEG = 25;

export function elevationDeg(angle: CameraPlan['angle'], shot: CameraPlan['shot'], thing: boolean): number {
  const asked = CAMERA_ANGLES[angle].elevationDeg(shot);
  return thing && angle !== 'low' ? Math.max(asked, THING_ELEVATION_DEG) : asked;
}
