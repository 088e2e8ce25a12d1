// The jump shot: gather, rise, release at the top of a real ballistic jump, land and recover.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { poseFromRig } from '../../body/pose-from-rig';
import { breathing, HOLD_HALF_SPREAD, type Rig } from '../../body/rig';
import type { PersonPose } from '../../body/skeleton';
import { GRAVITY } from '../../physics/constants';

// The ball leaves the hands this long after the shot's start.
export const SHOOT_RELEASE_AFTER_START = 0.9;
// Jump shot: the feet leave the floor a little before the release so the ball goes at the top of the jump.
const SHOOT_TAKEOFF_BEFORE_RELEASE = 0.1;
const SHOOT_JUMP_HEIGHT = 0.07; // fraction of height (about 13 cm for a 1.9 m player)

export interface JumpTimes {
  takeoffSec: number;
  landingSec: number;
}

// When the shooter's feet leave and meet the floor; the simulator emits the landing footsteps here.
export function shootJumpTimes(track: ActorTrack, heightM: number): JumpTimes {
  const takeoffSec = Math.max(track.startSec, track.releaseSec - SHOOT_TAKEOFF_BEFORE_RELEASE);
  const h = SHOOT_JUMP_HEIGHT * heightM;
  return { takeoffSec, landingSec: takeoffSec + 2 * Math.sqrt((2 * h) / GRAVITY) };
}


export function shootRig(track: ActorTrack, H: number): Rig {
  const s = track.startSec;
  const R = Math.max(track.releaseSec - s, 0.05);
  const r = s + R;
  const { takeoffSec, landingSec } = shootJumpTimes(track, H);
  const breath = breathing(track, H);
  const air = landingSec - takeoffSec;

  // Knees: athletic stance, dip on the gather, extend for the jump, absorb the landing, stand.
  const drop: Key[] = [
    [s, 0.02 * H],
    [s + 0.45 * R, 0.085 * H],
    [takeoffSec, 0.004 * H],
    [landingSec, 0.004 * H],
    [landingSec + 0.12, 0.05 * H],
    [landingSec + 0.7, 0.012 * H],
  ];
  const lean: Key[] = [
    [s, 0.12],
    [s + 0.45 * R, 0.22],
    [r - 0.12, 0.06],
    [r, 0.0],
    [r + 0.3, 0.02],
    [landingSec + 0.12, 0.14],
    [landingSec + 0.7, 0.05],
  ];
  const headTilt: Key[] = [[s, -0.05], [r - 0.2, -0.2], [r + 0.5, -0.2], [r + 1.3, 0]];
  // Where the palms' midpoint goes (relative to the shoulder centre): belly, chest, set point above
  // the forehead, full extension at release, wrist flick, then the arms come down.
  const palms = vkeys(
    [s, s + 0.45 * R, r - 0.12 * R, r, r + 0.15, r + 0.55, r + 1.25],
    [
      [0.17 * H, -0.24 * H, 0.02 * H],
      [0.15 * H, -0.1 * H, 0.03 * H],
      [0.07 * H, 0.2 * H, 0.04 * H],
      [0.1 * H, 0.28 * H, 0.04 * H],
      [0.16 * H, 0.24 * H, 0.04 * H],
      [0.17 * H, 0.19 * H, 0.04 * H],
      [0.02 * H, -0.32 * H, 0],
    ],
  );
  // Palms stay a ball-width apart while holding, then relax to the sides of the body.
  const spread: Key[] = [[r + 0.55, HOLD_HALF_SPREAD], [r + 1.25, 0.12 * H]];
  const elbowUp: Key[] = [[s, 0], [s + 0.45 * R, 0.25], [r - 0.12 * R, 1], [r + 0.55, 1], [r + 1.25, 0]];

  return (t) => {
    const { sway, breathe } = breath(t);
    // Airborne height: a real ballistic arc between takeoff and landing.
    const lift = t > takeoffSec && t < landingSec ? (4 * SHOOT_JUMP_HEIGHT * H * (t - takeoffSec) * (landingSec - t)) / (air * air) : 0;
    const m = vchannel(palms, t);
    const w = channel(spread, t);
    // Feet: shooting (right) foot a little ahead; both tuck slightly while airborne.
    const tuck = lift * 0.12;
    return {
      drop: channel(drop, t),
      lift,
      lean: channel(lean, t),
      headTilt: channel(headTilt, t),
      handR: [m[0], m[1], m[2] + w],
      handL: [m[0], m[1], m[2] - w],
      elbowUp: channel(elbowUp, t),
      footR: [0.03 * H, -tuck, 0.06 * H],
      footL: [-0.015 * H, -tuck, -0.06 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}

export const shootPose = (track: ActorTrack, heightM: number, t: number): PersonPose => poseFromRig(shootRig, track, heightM, t);
