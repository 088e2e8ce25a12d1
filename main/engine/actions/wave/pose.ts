// Waving: the right arm comes up, elbow out and low and the forearm up, the hand swings side to
// side a few times about the elbow, then the arm comes back down. The rest of the body stands at
// ease (and the jaw still moves with anything said, body/speech.ts).
import type { ActorTrack } from '../../../contract/world-trace-types';
import { idleRig } from '../../body/idle';
import { channel, type Key } from '../../body/keyframes';
import type { Rig } from '../../body/rig';
import type { V } from '../../body/vector';

// Raising the arm, the swings, lowering it (seconds).
export const RAISE_SEC = 0.4;
export const SWINGS = 3;
export const SWING_HZ = 1.8;
export const LOWER_SEC = 0.45;
export const WAVE_SEC = RAISE_SEC + SWINGS / SWING_HZ + LOWER_SEC;
// The swing about the elbow (radians either side of upright): a wave a friend across a street sees.
const SWING_RAD = 0.4;

// Where the swing turns, relative to the shoulder centre (fractions of the height): the elbow, an
// upper arm's length (body/skeleton.ts) out to the right of the shoulder and a little below it,
// and the forearm's length from there to the palm.
const PIVOT: V = [0.04, -0.07, 0.25];
const FOREARM = 0.155;

export function waveRig(track: ActorTrack, H: number): Rig {
  const idle = idleRig(track, H);
  const s = track.startSec;
  const up = s + RAISE_SEC;
  const down = track.releaseSec - LOWER_SEC;
  // How far the arm is up (0 hanging, 1 raised), eased in and out.
  const raised: Key[] = [[s, 0], [up, 1], [down, 1], [track.releaseSec, 0]];
  return (t) => {
    const st = idle(t);
    const u = channel(raised, t);
    if (u <= 0) return st;
    // The swing starts from upright and dies away as the arm comes down.
    const angle = t > up && t < down ? SWING_RAD * Math.sin(2 * Math.PI * SWING_HZ * (t - up)) : 0;
    const hand: V = [PIVOT[0] * H, (PIVOT[1] + FOREARM * Math.cos(angle)) * H, (PIVOT[2] + FOREARM * Math.sin(angle)) * H];
    const rest = st.handR;
    return {
      ...st,
      handR: [rest[0] + (hand[0] - rest[0]) * u, rest[1] + (hand[1] - rest[1]) * u, rest[2] + (hand[2] - rest[2]) * u],
    };
  };
}
