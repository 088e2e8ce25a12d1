// Hair that hangs free (long hair's fall, a ponytail) swings a little as the head moves: a damped
// pendulum hung from the head, pushed by the head's acceleration, so it lags the head when she sets
// off, swings on a little when she stops and sways with her steps. Worked out afresh for every frame
// from the head's path over the last second (the pendulum's response to each past push, summed), not
// carried from frame to frame: frames render in any order and on several workers, and a take's frame
// must look the same whichever renders it.
import * as THREE from 'three';
import type { ActorTrack } from '../../../contract/world-trace-types';
import type { PersonPose, PersonPoseFn } from '../../body/skeleton';
import { GRAVITY } from '../../physics/constants';

// The pendulum: a length of hair (m), its damping ratio (hair rubs on itself and the back, so it
// settles within a swing or two), and how far back it looks (s) in steps of STEP_SEC.
const LENGTH_M = 0.3, DAMPING = 0.45, WINDOW_SEC = 0.9, STEP_SEC = 1 / 20;
const OMEGA = Math.sqrt(GRAVITY / LENGTH_M);
const OMEGA_D = OMEGA * Math.sqrt(1 - DAMPING * DAMPING);
const STEPS = Math.round(WINDOW_SEC / STEP_SEC);
// The pendulum's response at each step back (its impulse response times the step).
const RESPONSE = Array.from({ length: STEPS }, (_, k) => {
  const tau = k * STEP_SEC;
  return (Math.exp(-DAMPING * OMEGA * tau) * Math.sin(OMEGA_D * tau) * STEP_SEC) / OMEGA_D;
});
// Largest swing (radians) back and to the sides, and forwards, where the back and the neck are in
// the way.
export const SWING_MAX = { back: 0.35, side: 0.25, fwd: 0.04 } as const;

export class HairSwing {
  private readonly path = Array.from({ length: STEPS + 2 }, () => new THREE.Vector3());

  constructor(private readonly poseFn: PersonPoseFn, private readonly track: ActorTrack, private readonly H: number) {}

  // The swing at time t (radians, as a world vector the way the hair's end moves: horizontal), kept
  // within SWING_MAX about the body's forward `fwd`; into out.
  at(t: number, fwd: THREE.Vector3, out: THREE.Vector3): THREE.Vector3 {
    const { path } = this;
    // The head's path at t, t - step, ... (held at its start before the take began).
    path.forEach((p, k) => {
      const pose: PersonPose = this.poseFn(this.track, this.H, Math.max(0, t - k * STEP_SEC));
      p.fromArray(pose.head);
    });
    out.set(0, 0, 0);
    for (let k = 1; k <= STEPS; k++) {
      // The head's acceleration k steps back, by second differences; the hair swings against it.
      const a = (m: number, i: 'x' | 'z'): number => (path[m - 1]![i] - 2 * path[m]![i] + path[m + 1]![i]) / (STEP_SEC * STEP_SEC);
      const w = -RESPONSE[k - 1]! / LENGTH_M;
      out.x += w * a(k, 'x');
      out.z += w * a(k, 'z');
    }
    const f = out.x * fwd.x + out.z * fwd.z;
    const sx = out.x - f * fwd.x, sz = out.z - f * fwd.z;
    const side = Math.hypot(sx, sz), sideK = side > SWING_MAX.side ? SWING_MAX.side / side : 1;
    const fc = Math.max(-SWING_MAX.back, Math.min(SWING_MAX.fwd, f));
    return out.set(sx * sideK + fc * fwd.x, 0, sz * sideK + fc * fwd.z);
  }
}

// Turns the hair's frame (left, up) and its centre about `pivot` by the swing `s` (as HairSwing.at).
const axis = new THREE.Vector3(), q = new THREE.Quaternion();
export function swingAbout(s: THREE.Vector3, pivot: THREE.Vector3, centre: THREE.Vector3, left: THREE.Vector3, up: THREE.Vector3): void {
  const angle = Math.hypot(s.x, s.z);
  if (angle < 1e-6) return;
  // Down crossed with the way the end moves: the axis that turns a hanging end that way.
  axis.set(-s.z, 0, s.x).divideScalar(angle);
  q.setFromAxisAngle(axis, angle);
  centre.sub(pivot).applyQuaternion(q).add(pivot);
  left.applyQuaternion(q);
  up.applyQuaternion(q);
}
