// A hand's size and how it is turned to push or hold (one home for both the physics and the
// drawing). The palm's frame: x along the fingers, y out of the back of the hand, z towards the
// thumb. An adult's palm is about 10 cm long and 8.5 cm wide; the fingers add 8 cm.
import type { Vec3 } from '../../contract/scene-plan';
import type { Quat } from './path';

// The palm's collider (half extents in the palm's frame): the fingers wrap and give, the palm pushes.
export const PALM_HALF: Vec3 = [0.05, 0.013, 0.042];
export const FINGERS_M = 0.08;
// The height (m) of the person these sizes fit: a smaller person's hand is drawn scaled down.
export const HAND_OWNER_HEIGHT_M = 1.75;
// Skin on glass, ceramic or wood grips well.
export const HAND_FRICTION = 1.0;
// Lengths of the forearm (wrist to elbow) and the upper arm (elbow to shoulder).
export const FOREARM_M = 0.27;
export const UPPER_ARM_M = 0.3;
// The palm's centre is this far above a surface when it pushes or grips low: its lower edge clears
// the surface by 3 mm.
export const PALM_CLEAR_M = PALM_HALF[2] + 0.003;

// The quaternion (x, y, z, w) of the frame whose axes are the given unit vectors.
function fromBasis(x: Vec3, y: Vec3, z: Vec3): Quat {
  const [m00, m10, m20] = x;
  const [m01, m11, m21] = y;
  const [m02, m12, m22] = z;
  const tr = m00 + m11 + m22;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    return [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, s / 4];
  }
  if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    return [s / 4, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  }
  if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    return [(m01 + m10) / s, s / 4, (m12 + m21) / s, (m02 - m20) / s];
  }
  const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
  return [(m02 + m20) / s, (m12 + m21) / s, s / 4, (m10 - m01) / s];
}

// The palm facing horizontal direction (ax, az) (what it pushes or grips is that way), fingers
// level and wrapping round the far side, thumb up: the way a hand pushes a cup or takes a glass.
export function palmFacing(ax: number, az: number): Quat {
  const l = Math.hypot(ax, az) || 1;
  const a: Vec3 = [ax / l, 0, az / l];
  // Fingers: up x a; the back of the hand: -a; the thumb: fingers x back = up.
  const fingers: Vec3 = [a[2], 0, -a[0]];
  return fromBasis(fingers, [-a[0], 0, -a[2]], [0, 1, 0]);
}

// The palm flat over a thing (facing down), fingers along (ax, az): how a hand holds a jug's top
// or a book from above.
export function palmDown(ax: number, az: number): Quat {
  const l = Math.hypot(ax, az) || 1;
  const f: Vec3 = [ax / l, 0, az / l];
  // Back of the hand up; the thumb: fingers x up.
  return fromBasis(f, [0, 1, 0], [-f[2], 0, f[0]]);
}

// A hand hanging at a person's side: fingers down, the back of the hand out to their right (rx, rz).
export function palmHanging(rx: number, rz: number): Quat {
  const l = Math.hypot(rx, rz) || 1;
  const back: Vec3 = [rx / l, 0, rz / l];
  return fromBasis([0, -1, 0], back, [-back[2], 0, back[0]]);
}
