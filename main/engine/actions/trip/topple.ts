// The physics of going over: a person whose feet are stopped pivots about them like a rigid body,
// theta'' = (3 g / 2 L) sin(theta), starting with the walk's momentum (the centre of mass moving at
// walking speed); the hands reach the ground first, and the arms then take the rest of the fall.
import { GRAVITY } from '../../physics/constants';
import { BODY } from '../../body/skeleton';

// Where the shoulders are relative to the pivot along the leaning body (fraction of height), where
// the braced hands reach below them (fraction of height), the lean of the legs' line when the body
// lies (the hip joints a few centimetres above the ground), and of the spine then (flat, chest down).
const SHOULDER_OF_HEIGHT = BODY.hipHeight + BODY.spineToShoulders;
export const BRACE_REACH = 0.3;
export const LYING_LEAN = Math.acos(0.07 / BODY.hipHeight);
export const LYING_SPINE = 1.52;
// How long the arms take to let the body down once the hands are on the ground (seconds).
const ARMS_SEC = 0.28;

export interface Topple {
  // Seconds from the trip to the hands meeting the ground, and to lying flat.
  handsSec: number;
  downSec: number;
  // The lean (radians from upright) over time since the trip.
  leanAt(dt: number): number;
  // How fast the hands and the chest are going down when they meet the ground (m/s).
  handsSpeed: number;
  chestSpeed: number;
}

export function topple(heightM: number, speedMps: number, lean0: number): Topple {
  const k = (3 * GRAVITY) / (2 * heightM);
  const h = 1 / 480;
  const thetas: number[] = [lean0];
  let theta = lean0;
  let omega = Math.max(speedMps, 0.4) / (0.55 * heightM);
  // Until the braced hands touch: the shoulders low enough that the hands reach the ground.
  while (SHOULDER_OF_HEIGHT * Math.cos(theta) > BRACE_REACH + 0.03 && thetas.length < 2000) {
    omega += k * Math.sin(theta) * h;
    theta += omega * h;
    thetas.push(theta);
  }
  const handsSec = (thetas.length - 1) * h;
  const thetaH = theta;
  const omegaH = omega;
  // Then a smooth stop at lying flat, starting at the speed it had (cubic Hermite).
  const span = LYING_LEAN - thetaH;
  const leanAt = (dt: number): number => {
    if (dt <= 0) return lean0;
    if (dt < handsSec) return thetas[Math.min(thetas.length - 1, Math.round(dt / h))] as number;
    const u = Math.min(1, (dt - handsSec) / ARMS_SEC);
    const m0 = (omegaH * ARMS_SEC) / Math.max(span, 1e-6);
    const shape = (u * u * u - 2 * u * u + u) * m0 + (-2 * u * u * u + 3 * u * u);
    return thetaH + span * Math.min(1, shape);
  };
  // The hands come down with the shoulders' arc; the chest arrives slowed by the arms.
  const handsSpeed = omegaH * SHOULDER_OF_HEIGHT * heightM * Math.sin(thetaH);
  return { handsSec, downSec: handsSec + ARMS_SEC, leanAt, handsSpeed, chestSpeed: 0.25 * handsSpeed };
}
