// Where a held ball's centre is, given the pose of the hands that hold it. Valid up to the release;
// after that physics owns the ball.
import type { Vec3 } from '../../contract/world-trace-types';
import type { PersonPose } from './skeleton';
import { add, dot, len, mid, normalize, scale, sub, type V } from './vector';

// How a ball is held: in the right palm, beyond the forearm (a throw), or pressed between both palms.
export type HoldKind = 'one-hand' | 'two-hands';

export function heldBallCentre(pose: PersonPose, hold: HoldKind, ballRadius: number): Vec3 {
  const handR = pose.handR as V;
  const elbowR = pose.elbowR as V;
  if (hold === 'one-hand') {
    const n = normalize(sub(handR, elbowR), [0, 1, 0]);
    const p = add(handR, scale(n, ballRadius));
    return [p[0], p[1], p[2]];
  }
  const handL = pose.handL as V;
  const elbowL = pose.elbowL as V;
  const palms = mid(handL, handR);
  const across = sub(handR, handL);
  const halfSpread = len(across) / 2;
  const axis = normalize(across, [0, 0, 1]);
  // Out along the forearms, made perpendicular to the palm-to-palm line so both palms sit exactly on
  // the ball's surface.
  const out = sub(palms, mid(elbowL, elbowR));
  const n = normalize(sub(out, scale(axis, dot(out, axis))), [0, 1, 0]);
  // Pythagoras: with the palms on the ball's sides, its centre is this far past the palms' midpoint.
  const p = add(palms, scale(n, Math.sqrt(Math.max(ballRadius * ballRadius - halfSpread * halfSpread, 0))));
  return [p[0], p[1], p[2]];
}
