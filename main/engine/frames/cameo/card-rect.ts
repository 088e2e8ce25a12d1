// Where a cameo's card is in the world for one camera: an upright rectangle standing on the person's
// feet, turned to face the camera (about the vertical only, so the person never leans), as tall as
// the person really is. The footage frame's feet point sits exactly on the feet.
import * as THREE from 'three';
import type { CameoFootage } from '../../cameo/footage';

export interface CardState {
  // The point between the feet this frame (world), and the footage frame shown.
  feet: THREE.Vector3;
  frame: number;
  // The way the person faces or last moved across the ground (horizontal unit vector): with the
  // footage's own travel, it says whether the footage shows mirrored.
  heading: THREE.Vector3 | null;
}

export interface CardRect {
  // Top-left corner of the texture, and the edges along its width (u) and down its height (v).
  origin: THREE.Vector3;
  u: THREE.Vector3;
  v: THREE.Vector3;
  // Horizontal unit vector from the card towards the camera.
  toCamera: THREE.Vector3;
}

const UP = new THREE.Vector3(0, 1, 0);

export function cardRect(footage: CameoFootage, heightM: number, state: CardState, camera: THREE.Camera, out: CardRect): CardRect {
  const metresPerPx = heightM / footage.heightPx;
  // The camera's right, laid flat: the footage's right edge goes to the picture's right.
  const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0).setY(0);
  if (right.lengthSq() < 1e-8) right.set(1, 0, 0);
  right.normalize();
  out.toCamera.crossVectors(right, UP).normalize();
  const ax = footage.anchors[2 * state.frame] ?? footage.width / 2;
  const ay = footage.anchors[2 * state.frame + 1] ?? footage.height;
  // Mirrored, the texture runs right to left: its feet point still lands on the feet.
  const across = mirrored(footage, state, right) ? -1 : 1;
  out.origin.copy(state.feet).addScaledVector(right, -across * ax * metresPerPx).addScaledVector(UP, ay * metresPerPx);
  out.u.copy(right).multiplyScalar(across * footage.width * metresPerPx);
  out.v.copy(UP).multiplyScalar(-footage.height * metresPerPx);
  return out;
}

// The person walks one way across the picture while their footage walks the other.
function mirrored(footage: CameoFootage, state: CardState, right: THREE.Vector3): boolean {
  if (footage.travel === 0 || !state.heading) return false;
  const onScreen = state.heading.dot(right);
  return Math.abs(onScreen) > 0.2 && Math.sign(onScreen) !== footage.travel;
}

export function emptyRect(): CardRect {
  return { origin: new THREE.Vector3(), u: new THREE.Vector3(), v: new THREE.Vector3(), toCamera: new THREE.Vector3() };
}
