// Tripping, falling flat and getting back up: the walk until the trip; then the body goes over
// about its stopped feet as a rigid body would (topple.ts), the arms brace forward and the hands
// land first and let the rest of the body down; the person lies a moment, pushes up onto hands and
// knees, kneels with one foot forward, and stands.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, type Key } from '../../body/keyframes';
import { breathing, restHand, type BodyState, type Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import type { V } from '../../body/vector';
import { landingsOf } from '../walk/gait';
import { walkRig } from '../walk/pose';
import { GAITS } from '../walk/gait';
import { BRACE_REACH, LYING_LEAN, LYING_SPINE, topple, type Topple } from './topple';

// The getting-up stages after getUpSec (seconds): onto hands and knees, kneeling, standing.
const KNEES_SEC = 0.5;
const KNEEL_SEC = 1.0;
const STAND_SEC = 1.6;
export const GET_UP_SEC = STAND_SEC;

export interface TripTimes {
  tripSec: number;
  handsSec: number;
  downSec: number;
  getUpSec: number | null;
  // Where the feet stopped (along the way, metres) and the fall's physics.
  pivotX: number;
  fall: Topple;
}

export function tripTimes(track: ActorTrack, H: number): TripTimes {
  const landings = landingsOf(track);
  const walking = landings.length > 0;
  const speed = walking ? (track.stepM ?? 0.7) * GAITS.walk.stepsPerSec : 0;
  const fall = topple(H, speed, walking ? GAITS.walk.lean : 0.04);
  const tripSec = track.releaseSec;
  return { tripSec, handsSec: tripSec + fall.handsSec, downSec: tripSec + fall.downSec, getUpSec: track.getUpSec ?? null, pivotX: landings.at(-1)?.x ?? 0, fall };
}

const shoulderOf = (x: number, lean: number, drop: number, H: number): V => {
  const pelvisX = x;
  const pelvisY = BODY.hipHeight * H - drop;
  return [pelvisX + Math.sin(lean) * BODY.spineToShoulders * H, pelvisY + Math.cos(lean) * BODY.spineToShoulders * H, 0];
};

// The body going over: the legs' line from the physics, the pelvis on its arc about the feet; once
// the hands are down the chest settles flatter than the legs.
function fallingState(tt: TripTimes, H: number, t: number): { lean: number; drop: number; pelvisX: number } {
  const legs = tt.fall.leanAt(t - tt.tripSec);
  const settle = Math.min(1, Math.max(0, (t - tt.handsSec) / (tt.downSec - tt.handsSec)));
  const lean = legs + (LYING_SPINE - LYING_LEAN) * settle * settle * (3 - 2 * settle);
  return { lean, drop: BODY.hipHeight * H * (1 - Math.cos(legs)), pelvisX: tt.pivotX + BODY.hipHeight * H * Math.sin(legs) };
}

// Hands braced forward and down until they land, then planted where they landed.
function handsAt(tt: TripTimes, H: number, t: number, shoulder: V, side: 1 | -1): V {
  const reach: V = [0.1 * H, -BRACE_REACH * H, side * 0.13 * H];
  if (t < tt.handsSec) {
    const u = Math.min(1, (t - tt.tripSec) / 0.18);
    const rest = restHand(H, side);
    return [rest[0] + (reach[0] - rest[0]) * u, rest[1] + (reach[1] - rest[1]) * u, rest[2] + (reach[2] - rest[2]) * u];
  }
  const at = fallingState(tt, H, tt.handsSec);
  const s0 = shoulderOf(at.pelvisX, at.lean, at.drop, H);
  return [s0[0] + reach[0] - shoulder[0], s0[1] + reach[1] - shoulder[1], reach[2]];
}

// The getting-up keyframes: lean, pelvis height and place, the right foot's place and the left's,
// the left foot's lift, and how far the hands are from their ground reach to their rest.
function getUpKeys(tt: TripTimes, H: number): { lean: Key[]; pelvisY: Key[]; pelvisX: Key[]; footR: Key[]; footL: Key[]; liftL: Key[]; handsUp: Key[] } {
  const g = tt.getUpSec as number;
  const p = tt.pivotX;
  const down = fallingState(tt, H, tt.downSec);
  const lyingY = BODY.hipHeight * H - down.drop;
  return {
    lean: [[g, down.lean], [g + KNEES_SEC, 1.2], [g + KNEEL_SEC, 0.3], [g + STAND_SEC, 0.04]],
    pelvisY: [[g, lyingY], [g + KNEES_SEC, 0.3 * H], [g + KNEEL_SEC, 0.36 * H], [g + STAND_SEC, (BODY.hipHeight - 0.01) * H]],
    pelvisX: [[g, down.pelvisX], [g + KNEES_SEC, p + 0.26 * H], [g + KNEEL_SEC, p + 0.3 * H], [g + STAND_SEC, p + 0.5 * H]],
    footR: [[g + KNEES_SEC, p], [g + KNEEL_SEC, p + 0.5 * H]],
    footL: [[g + KNEEL_SEC + 0.1, p], [g + STAND_SEC, p + 0.5 * H]],
    liftL: [[g + KNEEL_SEC + 0.1, 0], [(g + KNEEL_SEC + g + STAND_SEC) / 2 + 0.05, 0.06 * H], [g + STAND_SEC, 0]],
    handsUp: [[g + KNEES_SEC, 0], [g + KNEEL_SEC, 0.6], [g + STAND_SEC, 1]],
  };
}

function gettingUp(keys: ReturnType<typeof getUpKeys>, tt: TripTimes, H: number, t: number, base: BodyState): BodyState {
  const lean = channel(keys.lean, t);
  const drop = BODY.hipHeight * H - channel(keys.pelvisY, t);
  const pelvisX = channel(keys.pelvisX, t);
  const shoulder = shoulderOf(pelvisX, lean, drop, H);
  const up = channel(keys.handsUp, t);
  const hand = (side: 1 | -1): V => {
    // From planted on the ground under the shoulders to hanging at rest.
    const ground: V = [0.03 * H, 0.02 * H - shoulder[1], side * 0.13 * H];
    const rest = restHand(H, side);
    return [ground[0] + (rest[0] - ground[0]) * up, ground[1] + (rest[1] - ground[1]) * up, ground[2] + (rest[2] - ground[2]) * up];
  };
  const side = 0.06 * H;
  return {
    ...base,
    lean,
    drop,
    root: [pelvisX + 0.25 * drop, 0],
    handR: hand(1),
    handL: hand(-1),
    footR: [channel(keys.footR, t), 0, side],
    footL: [channel(keys.footL, t), channel(keys.liftL, t), -side],
  };
}

export function tripRig(track: ActorTrack, H: number): Rig {
  const tt = tripTimes(track, H);
  const walk = (track.beats?.length ?? 0) > 0 ? walkRig(track, H) : null;
  const breath = breathing(track, H);
  const keys = tt.getUpSec !== null ? getUpKeys(tt, H) : null;
  const side = 0.06 * H;
  return (t) => {
    const { sway, breathe } = breath(t);
    const base: BodyState = { drop: 0.01 * H, lift: 0, lean: 0.04, headTilt: 0, handR: restHand(H, 1), handL: restHand(H, -1), elbowUp: 0, footR: [tt.pivotX, 0, side], footL: [tt.pivotX, 0, -side], sway, breathe, root: [tt.pivotX, 0] };
    if (t < tt.tripSec) return walk ? walk(t) : base;
    if (keys && t >= (tt.getUpSec as number)) return gettingUp(keys, tt, H, t, base);
    const f = fallingState(tt, H, Math.min(t, tt.downSec));
    const shoulder = shoulderOf(f.pelvisX, f.lean, f.drop, H);
    // Falling, the head comes up to see the ground coming; lying, it rests low, face to the ground.
    const down = Math.min(1, Math.max(0, (t - tt.tripSec) / (tt.downSec - tt.tripSec)));
    return { ...base, lean: f.lean, drop: f.drop, root: [f.pelvisX + 0.25 * f.drop, 0], headTilt: -0.3 + 0.9 * down * down, handR: handsAt(tt, H, t, shoulder, 1), handL: handsAt(tt, H, t, shoulder, -1) };
  };
}
