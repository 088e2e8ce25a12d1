// Kneeling on one knee: the right foot steps back and comes down on its toes, the body lowers until
// the right knee is on the floor under the hips, the left foot stays planted in front with its knee
// up and the left palm resting on it. Every length is a share of the person's own proportions
// (body/skeleton.ts); the left foot never moves.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { buildPose } from '../../body/build-pose';
import { idleRig } from '../../body/idle';
import type { BodyState, Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import { lerp, lerpV, mid, sub, type V } from '../../body/vector';
import { crouchDepth, crouchTimes } from './pose';

// The hips over the kneeling knee: a thigh's length up from it, a little behind the stance point
// (in thigh lengths); the knee then rests on the floor under them.
const HIPS_BACK_THIGHS = 0.2;
// The right foot back behind the knee, on its toes: about a shin's length behind the hips (in shin
// lengths), its ankle raised this share of the height.
const FOOT_BACK_SHINS = 1.0;
const TOES_RAISE = 0.015;
// How high the stepping foot clears the floor on its way back (share of the height).
const STEP_CLEAR = 0.04;
// The back leans a little over the front knee (the left hand reaches it); the head level.
const LEAN_RAD = 0.3;
// The left palm on top of the left knee (in shin lengths above the joint).
const PALM_ON_KNEE_SHINS = 0.25;

function kneeling(stand: BodyState, H: number): BodyState {
  const back = HIPS_BACK_THIGHS * BODY.thigh * H;
  const hipY = (BODY.thigh + 0.5 * BODY.ankleHeight) * H;
  const drop = BODY.hipHeight * H - hipY;
  const footR: V = [-back - FOOT_BACK_SHINS * BODY.shin * H, TOES_RAISE * H, stand.footR[2]];
  const body: BodyState = { ...stand, drop, lean: LEAN_RAD, headTilt: -0.05, root: [-(back - 0.25 * drop), 0], footR, sway: 0, breathe: 0 };
  const pose = buildPose({ entityId: '', animation: 'idle', startSec: 0, releaseSec: 0, facing: 0, position: [0, 0, 0] }, H, body);
  const d = sub(pose.kneeL as V, mid(pose.shoulderL as V, pose.shoulderR as V));
  return { ...body, handL: [d[0], d[1] + PALM_ON_KNEE_SHINS * BODY.shin * H, d[2]] };
}


export function kneelRig(track: ActorTrack, H: number): Rig {
  const idle = idleRig(track, H);
  const times = crouchTimes(track);
  const low = kneeling(idle(0), H);
  return (t) => {
    const stand = idle(t);
    const u = crouchDepth(times, t);
    if (u <= 0) return stand;
    // The foot steps back over the first half of the way down, then the body lowers onto the knee.
    const s = Math.min(1, 2 * u);
    const k = Math.max(0, 2 * u - 1);
    const root = low.root ?? [0, 0];
    return {
      ...stand,
      drop: lerp(stand.drop, low.drop, k),
      lean: lerp(stand.lean, low.lean, u),
      headTilt: lerp(stand.headTilt, low.headTilt, u),
      root: [root[0] * k, 0],
      footR: [lerp(stand.footR[0], low.footR[0], s), lerp(0, low.footR[1], s) + STEP_CLEAR * H * Math.sin(Math.PI * s), stand.footR[2]],
      handL: lerpV(stand.handL, low.handL, k),
      sway: stand.sway * (1 - u),
      breathe: stand.breathe * (1 - 0.5 * u),
    };
  };
}
