// The camera as the per-pixel passes need it: the (unnormalised) ray through any pixel centre, whose
// component along the view axis is 1, so a G-buffer depth w (view depth = 1/stored value) gives the
// world position camera + w * ray directly.
import * as THREE from 'three';

export interface ViewRays {
  width: number;
  height: number;
  // Camera position and basis (world), scaled so ray(x, y) = forward + ndcX * right + ndcY * up.
  px: number; py: number; pz: number;
  fx: number; fy: number; fz: number;
  rx: number; ry: number; rz: number;
  ux: number; uy: number; uz: number;
  // Angle one pixel subtends (radians, approximately): a surface at view depth w has pixels w * this wide.
  pixelAngle: number;
  // World -> clip of this camera (for reprojection: motion blur).
  viewProj: THREE.Matrix4;
}

const tmp = new THREE.Vector3();

export function viewRays(camera: THREE.PerspectiveCamera, width: number, height: number): ViewRays {
  const e = camera.matrixWorld.elements;
  const tanV = Math.tan(THREE.MathUtils.degToRad(camera.fov / 2)) / camera.zoom;
  const tanH = tanV * camera.aspect;
  tmp.set(-e[8]!, -e[9]!, -e[10]!).normalize();
  const f = tmp.clone();
  const r = new THREE.Vector3(e[0]!, e[1]!, e[2]!).normalize().multiplyScalar(tanH);
  const u = new THREE.Vector3(e[4]!, e[5]!, e[6]!).normalize().multiplyScalar(tanV);
  return {
    width,
    height,
    px: e[12]!, py: e[13]!, pz: e[14]!,
    fx: f.x, fy: f.y, fz: f.z,
    rx: r.x, ry: r.y, rz: r.z,
    ux: u.x, uy: u.y, uz: u.z,
    pixelAngle: (2 * tanV) / height,
    viewProj: new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse),
  };
}
