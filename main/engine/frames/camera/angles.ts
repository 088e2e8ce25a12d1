// Where the camera looks from, per angle: a horizontal direction (from the target towards the
// camera) built from the action's axes and the subject's facing, and an elevation by shot size.
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
  direction(a: AngleAxes): THREE.Vector3;
  elevationDeg(shot: CameraPlan['shot']): number;
  // Which way is up in the frame, when not the world's up (looking straight down has no horizon).
  frameUp?(a: AngleAxes): THREE.Vector3;
}

export const CAMERA_ANGLES: Record<CameraPlan['angle'], CameraAngle> = {
  side: { direction: (a) => a.side.clone(), elevationDeg: (shot) => (shot === 'wide' ? 9 : shot === 'medium' ? 6 : 3) },
  // Slightly off-axis so a backboard or the subject's own arm doesn't fill the frame.
  front: { direction: (a) => a.facing.clone().multiplyScalar(0.75).addScaledVector(a.side, 0.66).normalize(), elevationDeg: (shot) => (shot === 'wide' ? 8 : 4) },
  behind: { direction: (a) => a.facing.clone().multiplyScalar(-0.93).addScaledVector(a.side, 0.37).normalize(), elevationDeg: (shot) => (shot === 'wide' ? 12 : 8) },
  // A raised three-quarter view.
  high: { direction: (a) => a.side.clone().multiplyScalar(0.85).addScaledVector(a.axis, -0.52).normalize(), elevationDeg: () => 48 },
  // Straight down from above (top-down): the side direction only sets which way is "up" in the frame.
  overhead: { direction: (a) => a.side.clone(), elevationDeg: () => OVERHEAD_ELEVATION_DEG, frameUp: (a) => a.side.clone().negate() },
};

export const OVERHEAD_ELEVATION_DEG = 89.5;
