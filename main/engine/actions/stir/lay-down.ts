// After stirring, the hand lays the spoon down on the table beside the cup and lets go: it carries
// it clear of the cup, turns it from upright to lying flat, lowers it to just above the table and
// opens its fingers there, and the spoon settles under physics. (Held up above the cup to the end,
// the spoon hung in mid-air once the framing left the hand out of the picture.)
import type { Vec3 } from '../../../contract/scene-plan';
import { slerp } from '../../hands/path';
import type { ContainerShape } from '../../liquids/container';
import type { ObjectModule } from '../../objects/types';
import { DIP_SEC, LIFT_SEC, spoonPose, type LayDown, type Lying, type Quat, type StirPath } from './path';

// Carrying it over and setting it down (s); the hand then draws back (s).
export const LAY_SEC = 0.8;
export const WITHDRAW_SEC = 0.5;
// Of the lay: the carry across ends this far in, the lowering starts this far in (shares).
const ACROSS_SHARE = 0.6;
const DOWN_FROM_SHARE = 0.4;
// Between the cup's side and the bowl's tip, and how far above the table it is let go (m).
const GAP_M = 0.02;
const DROP_M = 0.004;

const ease = (u: number): number => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));

// Where and when the spoon is laid down, its handle pointing along (dx, dz) from the cup (towards
// the arm that holds it); none when the clip ends before the hand could draw back.
export function layDown(path: StirPath, cupAt: Vec3, cup: ContainerShape, spoon: ObjectModule, towards: readonly [number, number], durationSec: number): LayDown | undefined {
  const startSec = path.startSec + path.stirSec + LIFT_SEC;
  const releaseSec = startSec + LAY_SEC;
  if (releaseSec + WITHDRAW_SEC > durationSec) return undefined;
  return { startSec, releaseSec, ...lyingBeside(path, cupAt, cup, spoon, towards) };
}

// Where a spoon lies beside the cup, its handle pointing along (dx, dz) from it, just above the
// table (where it is laid down, and where it lies before a hand takes it up).
export function lyingBeside(path: StirPath, cupAt: Vec3, cup: ContainerShape, spoon: ObjectModule, towards: readonly [number, number]): Lying {
  const l = Math.hypot(towards[0], towards[1]) || 1;
  const d = [towards[0] / l, towards[1] / l] as const;
  const out = cup.rOut(cup.heightM) + GAP_M + path.halfLengthM;
  const halfThick = Math.max(...(spoon.parts ?? []).map((p) => Math.abs(p.center[1]) + p.half[1]));
  const y = cupAt[1] - cup.heightM / 2 + halfThick + DROP_M;
  // Its long axis (z, the handle's end at +z) turned about the vertical to point along d.
  const yaw = Math.atan2(d[0], d[1]);
  return { at: [cupAt[0] + d[0] * out, y, cupAt[2] + d[1] * out], rotation: [0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)], handle: d };
}

// When a spoon taken up from the table (path.take) is over the cup, ready to dip: the take starts
// this long before the stir.
export const TAKE_SEC = LAY_SEC + DIP_SEC;

// How far the spoon has turned from upright towards lying (0..1) at time t.
// Taken up from the table, it turns the other way, from lying to upright.
export function layShare(path: StirPath, t: number): number {
  if (path.take && t < path.take.startSec + LAY_SEC) return 1 - ease((t - path.take.startSec) / LAY_SEC);
  return path.lay ? ease((t - path.lay.startSec) / LAY_SEC) : 0;
}

// The spoon s of the way from a pose (`from`) to lying (`lying`): carried across, turned and lowered.
function towardsLying(from: { position: Vec3; rotation: Quat }, lying: Lying, s: number): { position: Vec3; rotation: Quat } {
  const across = ease(s / ACROSS_SHARE);
  const down = ease((s - DOWN_FROM_SHARE) / (1 - DOWN_FROM_SHARE));
  const p = from.position;
  return {
    position: [p[0] + (lying.at[0] - p[0]) * across, p[1] + (lying.at[1] - p[1]) * down, p[2] + (lying.at[2] - p[2]) * across],
    rotation: slerp(from.rotation, lying.rotation, ease(s)),
  };
}

// The spoon's pose at time t, stirring (path.ts) or being laid down (up to the moment it is let go,
// after which physics moves it).
// Taken up, the lay played backwards: up off the table, turned upright and carried over the cup.
export function spoonAt(path: StirPath, t: number): { position: Vec3; rotation: Quat } {
  const { lay, take } = path;
  if (take && t < take.startSec + LAY_SEC) {
    const over = spoonPose(path, take.startSec + LAY_SEC);
    return towardsLying(over, take, 1 - Math.max(0, (t - take.startSec) / LAY_SEC));
  }
  if (!lay || t <= lay.startSec) return spoonPose(path, t);
  return towardsLying(spoonPose(path, lay.startSec), lay, Math.min(1, (t - lay.startSec) / LAY_SEC));
}
