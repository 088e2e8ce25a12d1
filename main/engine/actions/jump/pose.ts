// A standing jump, done once or again and again: the knees and arms wind down (the countermovement),
// the body drives up off both feet into a real ballistic flight (its height set by the jumper's
// size, its time by gravity), the feet tuck a little at the top, and the landing is absorbed in the
// knees; a jump done again rebounds from that landing straight into the next.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { breathing, restHand, type Rig } from '../../body/rig';
import type { V } from '../../body/vector';
import { GRAVITY } from '../../physics/constants';

// How high the body rises, as a share of the jumper's height (an ordinary standing jump: ~35 cm for
// a 1.75 m adult, ~23 cm for a 1.15 m child).
export const JUMP_RISE_SHARE = 0.2;
// The wind-down before the first takeoff, its lowest point before takeoff, and the rebound from a
// landing to the next takeoff (seconds).
export const WIND_SEC = 0.45;
const BOTTOM_BEFORE_SEC = 0.15;
export const REBOUND_SEC = 0.45;
// Absorbing the last landing and standing tall again (seconds).
const ABSORB_SEC = 0.14;
export const SETTLE_SEC = 0.6;

export const jumpRiseM = (H: number): number => JUMP_RISE_SHARE * H;
export const airSec = (H: number): number => 2 * Math.sqrt((2 * jumpRiseM(H)) / GRAVITY);
// From one takeoff to the next when a jump is done again.
export const jumpCycleSec = (H: number): number => airSec(H) + REBOUND_SEC;
// How long `times` jumps take from the wind-down to standing again.
export const jumpsSec = (times: number, H: number): number => WIND_SEC + (times - 1) * jumpCycleSec(H) + airSec(H) + SETTLE_SEC;

// Every takeoff and its landing: the track's beats are the takeoffs (the first is releaseSec).
export function jumpTimes(track: ActorTrack, H: number): { takeoff: number; landing: number }[] {
  const takeoffs = track.beats && track.beats.length > 0 ? track.beats : [track.releaseSec];
  return takeoffs.map((t) => ({ takeoff: t, landing: t + airSec(H) }));
}

// The knees' bend (drop), the spine's lean and the palms' place (x forward, y up from the shoulder
// centre), keyed through every jump.
function jumpKeys(track: ActorTrack, H: number): { drop: Key[]; lean: Key[]; palmTimes: number[]; palms: V[] } {
  const jumps = jumpTimes(track, H);
  const standing = 0.01 * H;
  const back: V = [-0.1 * H, -0.27 * H, 0.13 * H];
  const up: V = [0.14 * H, 0.24 * H, 0.1 * H];
  const top: V = [0.1 * H, 0.28 * H, 0.11 * H];
  const forward: V = [0.2 * H, -0.08 * H, 0.13 * H];
  const rest = restHand(H, 1);
  const first = jumps[0]!.takeoff;
  const drop: Key[] = [[first - WIND_SEC, standing]];
  const lean: Key[] = [[first - WIND_SEC, 0.04]];
  const palmTimes = [first - WIND_SEC];
  const palms: V[] = [rest];
  for (const { takeoff, landing } of jumps) {
    const bottom = takeoff - BOTTOM_BEFORE_SEC;
    drop.push([bottom, 0.14 * H], [takeoff, 0], [landing, 0]);
    lean.push([bottom, 0.38], [takeoff, 0.06], [landing, 0.1]);
    palmTimes.push(bottom, takeoff, (takeoff + landing) / 2, landing);
    palms.push(back, up, top, forward);
  }
  const last = jumps[jumps.length - 1]!.landing;
  drop.push([last + ABSORB_SEC, 0.12 * H], [last + SETTLE_SEC, standing]);
  lean.push([last + ABSORB_SEC, 0.3], [last + SETTLE_SEC, 0.04]);
  palmTimes.push(last + ABSORB_SEC, last + SETTLE_SEC);
  palms.push([0.16 * H, -0.16 * H, 0.13 * H], rest);
  return { drop, lean, palmTimes, palms };
}

export function jumpRig(track: ActorTrack, H: number): Rig {
  const breath = breathing(track, H);
  const jumps = jumpTimes(track, H);
  const rise = jumpRiseM(H);
  const { drop, lean, palmTimes, palms } = jumpKeys(track, H);
  const palm = vkeys(palmTimes, palms);
  const headTilt: Key[] = [[jumps[0]!.takeoff - WIND_SEC, 0], [jumps[0]!.takeoff, -0.12], [jumps[jumps.length - 1]!.landing + SETTLE_SEC, 0]];
  return (t) => {
    const { sway, breathe } = breath(t);
    const air = jumps.find((j) => t > j.takeoff && t < j.landing);
    // A real ballistic arc: up at sqrt(2 g h), down under gravity, landing where it took off.
    const lift = air ? (4 * rise * (t - air.takeoff) * (air.landing - t)) / (air.landing - air.takeoff) ** 2 : 0;
    // The feet come up under the body at the top of the flight, flat on the ground at each end.
    const tuck = 0.25 * lift;
    const m = vchannel(palm, t);
    return {
      drop: channel(drop, t),
      lift,
      lean: channel(lean, t),
      headTilt: channel(headTilt, t),
      handR: [m[0], m[1], m[2]],
      handL: [m[0], m[1], -m[2]],
      elbowUp: 0,
      footR: [0.01 * H, tuck, 0.07 * H],
      footL: [-0.01 * H, tuck, -0.07 * H],
      sway: sway * 0.3,
      breathe,
    };
  };
}
