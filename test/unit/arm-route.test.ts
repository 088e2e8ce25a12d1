// The way a hand from outside the frame's arm runs, seen through a camera (frames/hands/arm-route.ts):
// a shoulder the plan puts in the picture (behind the hand, in a wide shot looking down the table)
// is turned out of it by the least turn, over the top or a side, never the bottom; a shoulder already
// out of the picture is left where the plan put it; and the way turns smoothly as the camera pans.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { routeArm } from '../../main/engine/frames/hands/arm-route';

const ARM_M = 0.55;

function cameraAt(x: number, y: number, z: number, fovDeg = 40): THREE.PerspectiveCamera {
  const camera = new THREE.PerspectiveCamera(fovDeg, 16 / 9, 0.01, 100);
  camera.position.set(x, y, z);
  camera.lookAt(0, 0.8, 0);
  camera.updateMatrixWorld(true);
  return camera;
}

// Where a point is in the frame: x and y from -1 to 1 inside it.
const ndc = (p: THREE.Vector3, camera: THREE.Camera): THREE.Vector3 => p.clone().project(camera);
const inPicture = (q: THREE.Vector3): boolean => q.z < 1 && Math.abs(q.x) <= 1 && Math.abs(q.y) <= 1;

describe('a hand from outside the frame: its arm runs out of the picture', () => {
  const wrist = new THREE.Vector3(0.05, 0.85, 0);
  // The plan's way: back (away from the camera at +z) and up, as hand-moves.ts shoulderFor puts it.
  const planned = new THREE.Vector3(0, 0.36, -0.52).normalize();

  it('a shoulder in the picture is turned out of it over the top, by the least turn', () => {
    const camera = cameraAt(0, 1.1, 1.4);
    expect(inPicture(ndc(wrist.clone().addScaledVector(planned, ARM_M), camera))).toBe(true);
    const way = routeArm(wrist, planned, ARM_M, camera);
    const shoulder = ndc(wrist.clone().addScaledVector(way, ARM_M), camera);
    console.info(`shoulder at (${shoulder.x.toFixed(2)}, ${shoulder.y.toFixed(2)}) of the frame's half sizes, turned ${THREE.MathUtils.radToDeg(way.angleTo(planned)).toFixed(0)} degrees`);
    expect(way.length()).toBeCloseTo(1, 6);
    expect(inPicture(shoulder)).toBe(false);
    expect(shoulder.y).toBeGreaterThan(1);
    // No more than it must: half the turn leaves the shoulder in view.
    const less = planned.clone().lerp(way, 0.5).normalize();
    expect(inPicture(ndc(wrist.clone().addScaledVector(less, ARM_M), camera))).toBe(true);
  });

  it('a shoulder already out of the picture (a close shot) keeps the planned way', () => {
    const camera = cameraAt(0.05, 0.95, 0.35);
    expect(inPicture(ndc(wrist.clone().addScaledVector(planned, ARM_M), camera))).toBe(false);
    expect(routeArm(wrist, planned, ARM_M, camera).angleTo(planned)).toBeLessThan(1e-6);
  });

  it('the way turns smoothly as the camera pans across', () => {
    let prev: THREE.Vector3 | null = null;
    let worstDeg = 0;
    for (let k = 0; k <= 40; k++) {
      const way = routeArm(wrist, planned, ARM_M, cameraAt(-0.8 + k * 0.04, 1.1, 1.4));
      if (prev) worstDeg = Math.max(worstDeg, THREE.MathUtils.radToDeg(prev.angleTo(way)));
      prev = way;
    }
    console.info(`largest turn between two camera steps of 4 cm: ${worstDeg.toFixed(1)} degrees`);
    expect(worstDeg).toBeLessThan(5);
  });
});
