// A skirt over level thighs (a squat, a crouch): each ring of the cloth, cut across the way from the
// hips to the knees, lies just over the thighs' tops and wraps their sides, and what the hem has to
// spare (a standing hem's round is longer than the way round two thighs) sags below them at the
// sides; at the knees the cloth turns down over the kneecaps and its hem hangs level round the tops
// of the shins (fallenHem).
import * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';

// How high the thighs have come towards level: 0 hanging down (standing, a stride's swing), 1 level
// (a squat's), eased between a thigh a third of the way up and four fifths.
export function thighsLevel(pose: PersonPose): number {
  let down = 0;
  for (const s of ['L', 'R'] as const) {
    const hip = pose[`hip${s}`], knee = pose[`knee${s}`];
    const len = Math.hypot(knee[0] - hip[0], knee[1] - hip[1], knee[2] - hip[2]) || 1;
    down += Math.max(0, hip[1] - knee[1]) / len / 2;
  }
  const x = Math.min(1, Math.max(0, (1 - down - 0.3) / 0.5));
  return x * x * (3 - 2 * x);
}

// Cloth laid over the thighs: this much room over their tops and round their sides (share of the
// height), and how far the spare hem sags below them at the hem (share of the height). Between the
// seat and the knees, where the cloth is held, its sides hang in a curve below the line between
// those two holds, as a cloth held at two ends does (a sag growing only as the square of the way
// along drew a straight bottom edge from the seat to the knees: a stiff board).
const OVER = 0.008;
const ROUND = 1.1;
const HEM_SAG = 0.03;
const SWAY = 1.4;

const along = new THREE.Vector3(), across = new THREE.Vector3(), upward = new THREE.Vector3();
const t = new THREE.Vector3(), centre = new THREE.Vector3();

// One draped ring at `p` on the way `path` from the hips to the hem, k of the way along: its centre
// and its half-width (along `right`) and half-depth (across the way, up and down), holding the two
// thighs' axis points there (radius r).
export function drapedRing(p: THREE.Vector3, path: THREE.Vector3, right: THREE.Vector3, thighs: readonly THREE.Vector3[], r: number, k: number, H: number): { centre: THREE.Vector3; w: number; d: number } {
  along.copy(path).normalize();
  across.copy(right).addScaledVector(along, -right.dot(along)).normalize();
  upward.set(0, 1, 0).addScaledVector(along, -along.y).addScaledVector(across, -across.y).normalize();
  let top = -Infinity, bottom = Infinity, side = 0;
  for (const th of thighs) {
    t.copy(th).sub(p);
    const u = t.dot(upward);
    top = Math.max(top, u + r);
    bottom = Math.min(bottom, u - r);
    side = Math.max(side, Math.abs(t.dot(across)) + r);
  }
  top += OVER * H;
  bottom -= OVER * H + HEM_SAG * H * (k * k + SWAY * k * (1 - k));
  // The ellipse's widest is at its middle height, so it reaches the thighs' sides a little above
  // that: a tenth more than their outer points holds them.
  centre.copy(p).addScaledVector(upward, (top + bottom) / 2);
  return { centre, w: ROUND * side, d: (top - bottom) / 2 };
}

// The hem over level thighs has fallen from the knees: cloth drawn over the kneecaps hangs straight
// down under its weight, a horizontal ring round the tops of the shins. How far below the knee
// joints it hangs (share of the height: what a knee-length skirt has left past the knees once it lies
// along the thighs, with its flare's spare), how far ahead of them its middle is, and its half-depth
// (round the knees, with room: the shins slope back under them in a squat).
const FALL = { below: 0.07, ahead: 0.004, halfDepth: 0.042 } as const;
const hemAt = new THREE.Vector3();

// The fallen hem under the knees' middle, as wide as the cloth round the knees (halfWidth).
export function fallenHem(knees: THREE.Vector3, f: { fwd: THREE.Vector3 }, halfWidth: number, H: number): { centre: THREE.Vector3; w: number; d: number } {
  hemAt.copy(knees).addScaledVector(f.fwd, FALL.ahead * H);
  hemAt.y -= FALL.below * H;
  return { centre: hemAt, w: halfWidth, d: FALL.halfDepth * H };
}
