// The overhand throw: wind-up, stride onto the front foot, whip, follow-through.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { breathing, restHand, type Rig } from '../../body/rig';

// The ball leaves the hand this long after the throw's start.
export const THROW_RELEASE_AFTER_START = 0.55;

// The moment the thrower's front (left) foot plants during the stride.
export function throwPlantSec(track: ActorTrack): number {
  const R = Math.max(track.releaseSec - track.startSec, 0.05);
  return track.startSec + 0.85 * R;
}

export function throwRig(track: ActorTrack, H: number): Rig {
  const s = track.startSec;
  const R = Math.max(track.releaseSec - s, 0.05);
  const r = s + R;
  const breath = breathing(track, H);
  const times = [s, s + 0.25 * R, s + 0.5 * R, s + 0.8 * R, r, r + 0.25, r + 1.0];
  // Overhand throw with the right arm: ball at the chest, arm swings down and back (going round the
  // shoulder, never through it, so the elbow cannot flip), up with the elbow high, whips forward,
  // follows through across the body, relaxes.
  const right = vkeys(times, [
    [0.2 * H, -0.15 * H, 0.06 * H],
    [-0.02 * H, -0.27 * H, 0.16 * H],
    [-0.2 * H, 0.04 * H, 0.2 * H],
    [-0.04 * H, 0.24 * H, 0.14 * H],
    [0.2 * H, 0.22 * H, 0.1 * H],
    [0.26 * H, -0.1 * H, -0.02 * H],
    restHand(H, 1),
  ]);
  // The glove arm points at the target during the wind-up, then tucks in.
  const left = vkeys(times, [
    [0.2 * H, -0.15 * H, -0.04 * H],
    [0.24 * H, -0.02 * H, -0.08 * H],
    [0.28 * H, 0.08 * H, -0.1 * H],
    [0.26 * H, 0.06 * H, -0.1 * H],
    [0.1 * H, -0.14 * H, -0.1 * H],
    [0.06 * H, -0.2 * H, -0.1 * H],
    restHand(H, -1),
  ]);
  const lean: Key[] = [[s, 0.05], [s + 0.5 * R, -0.1], [r, 0.18], [r + 0.25, 0.28], [r + 1.0, 0.06]];
  const drop: Key[] = [[s, 0.015 * H], [s + 0.5 * R, 0.03 * H], [r + 0.1, 0.06 * H], [r + 1.0, 0.015 * H]];
  const elbowUp: Key[] = [[s, 0], [s + 0.5 * R, 0.6], [r, 0.6], [r + 0.4, 0]];
  // Stride: the front (left) foot lifts and plants forward before the release.
  const lifted = s + 0.3 * R;
  const plant = throwPlantSec(track);
  const stride: Key[] = [[lifted, 0], [plant, 0.16 * H]];

  return (t) => {
    const { sway, breathe } = breath(t);
    const raise = t > lifted && t < plant ? 0.05 * H * Math.sin((Math.PI * (t - lifted)) / (plant - lifted)) : 0;
    return {
      drop: channel(drop, t),
      lift: 0,
      lean: channel(lean, t),
      headTilt: 0,
      handR: vchannel(right, t),
      handL: vchannel(left, t),
      elbowUp: channel(elbowUp, t),
      footR: [-0.02 * H, 0, 0.06 * H],
      footL: [-0.02 * H + channel(stride, t), raise, -0.06 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

// ---------- kick ----------
