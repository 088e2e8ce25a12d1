// Which way a hand from outside the frame's arm runs from its wrist, seen through this frame's
// camera. The plan puts the shoulder behind the hand and a little up (hand-moves.ts shoulderFor), a
// place a close shot never sees; a wide shot looking down the table saw it: the sleeve ended in the
// middle of the picture, a shoulder with nobody on it (a coin spun in a wide shot showed it in 14 of
// 40 frames). So the arm keeps its planned way when that takes the shoulder out of the picture, and
// otherwise turns, as little as it must, towards the nearest of the frame's top and sides until the
// shoulder lies beyond it. Its lengths stay the arm's own: only its way turns (an arm drawn longer
// to reach the edge stretched into a pole as the hand withdrew). The bottom edge is never used: an
// arm from below would come up through the table or the floor.
import * as THREE from 'three';

// How far past the frame's edge the shoulder must lie (m): the sleeve's radius and a little more,
// so no part of its round end shows at the edge.
const SHOULDER_CLEAR_M = 0.06;

// The frame's top, left and right sides as planes in camera space (x right, y up, looking along
// -z): each one's outward unit normal; a point's signed distance outside a side is its dot with it.
function sideNormals(camera: THREE.PerspectiveCamera): THREE.Vector3[] {
  const ty = Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2);
  const tx = ty * camera.aspect;
  return [new THREE.Vector3(0, 1, ty), new THREE.Vector3(-1, 0, tx), new THREE.Vector3(1, 0, tx)].map((n) => n.normalize());
}

// How far a camera-space point lies outside the frame (m, the most of its sides, bottom included);
// negative inside. Behind the near plane counts as outside.
function outside(p: THREE.Vector3, camera: THREE.PerspectiveCamera): number {
  const ty = Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2);
  const tx = ty * camera.aspect;
  const depth = -p.z;
  if (depth < camera.near) return Infinity;
  const sx = Math.sqrt(1 + tx * tx), sy = Math.sqrt(1 + ty * ty);
  return Math.max((Math.abs(p.x) - tx * depth) / sx, (Math.abs(p.y) - ty * depth) / sy);
}

// A shoulder that cannot get past an edge is kept this far short of its furthest out (m): that way
// the arm turns smoothly, frame to frame, into the least turn that does take it out once one can.
const SHORT_OF_FURTHEST_M = 0.01;

// The unit world direction the arm runs in from `wrist` for its shoulder `lengthM` away, starting
// from the planned `way` (unit, world): `way` itself when that shoulder is out of the picture, else
// turned towards the side it leaves by with the least turn. When no turn takes it out (a hand deep in
// a wide frame), it points out of the side it comes nearest to leaving by, and the sleeve running
// on past the shoulder (free-hand.ts) takes it the rest of the way out.
export function routeArm(wrist: THREE.Vector3, way: THREE.Vector3, lengthM: number, camera: THREE.PerspectiveCamera): THREE.Vector3 {
  const view = camera.matrixWorldInverse;
  const w = wrist.clone().applyMatrix4(view);
  const d0 = way.clone().transformDirection(view);
  if (outside(w.clone().addScaledVector(d0, lengthM), camera) > SHOULDER_CLEAR_M) return way.clone();
  // Each side's furthest the shoulder can get past it (m; along its outward normal n), and the
  // least turn from d0 towards n that gets it as far past as wanted: the shoulder's distance past
  // the side is n.w + lengthM cos(angle to n), and turning towards n shrinks that angle evenly.
  const sides = sideNormals(camera).map((n) => {
    const furthest = n.dot(w) + lengthM;
    const wanted = Math.min(SHOULDER_CLEAR_M, furthest - SHORT_OF_FURTHEST_M);
    const angle = d0.angleTo(n);
    const allowed = Math.acos(THREE.MathUtils.clamp((wanted - n.dot(w)) / lengthM, -1, 1));
    const u = angle > 1e-9 ? Math.max(0, 1 - allowed / angle) : 0;
    return { n, furthest, u, turn: u * angle };
  });
  const able = sides.filter((k) => k.furthest - SHORT_OF_FURTHEST_M >= SHOULDER_CLEAR_M);
  const pick = able.length > 0
    ? able.reduce((a, b) => (b.turn < a.turn ? b : a))
    : sides.reduce((a, b) => (b.furthest > a.furthest ? b : a));
  const q = new THREE.Quaternion().slerp(new THREE.Quaternion().setFromUnitVectors(d0, pick.n), pick.u);
  return d0.applyQuaternion(q).transformDirection(camera.matrixWorld);
}
