// From a body state to world-space joints: spine, head, then two-bone IK for the arms and legs.
import type { ActorTrack } from '../../contract/world-trace-types';
import { twoBone } from './ik';
import type { BodyState } from './rig';
import { BODY, type PersonPose } from './skeleton';
import { add, scale, type V } from './vector';

export function buildPose(track: ActorTrack, H: number, st: BodyState): PersonPose {
  const f = track.facing;
  const fwd: V = [Math.cos(f), 0, -Math.sin(f)];
  const right: V = [Math.sin(f), 0, Math.cos(f)];
  const base: V = [track.position[0], track.position[1], track.position[2]];
  // Local (x forward, y up, z right) to world.
  const w = (p: V): V => add(base, add(add(scale(fwd, p[0]), [0, p[1], 0]), scale(right, p[2])));

  const root = st.root ?? [0, 0];
  const pelvis: V = [root[0] - 0.25 * st.drop, BODY.hipHeight * H - st.drop + st.lift, st.sway + root[1]];
  // The body's own frame turned by st.yaw about the pelvis (identity when not turning).
  const c = Math.cos(st.yaw ?? 0);
  const s = Math.sin(st.yaw ?? 0);
  const turn = (v: V): V => (st.yaw ? [v[0] * c + v[2] * s, v[1], -v[0] * s + v[2] * c] : v);
  const around = (p: V): V => (st.yaw ? add(pelvis, turn([p[0] - pelvis[0], p[1] - pelvis[1], p[2] - pelvis[2]])) : p);
  const spine = turn([Math.sin(st.lean), Math.cos(st.lean), 0]);
  const chest = add(add(pelvis, scale(spine, BODY.spineToChest * H)), [0, st.breathe, 0]);
  const shoulderC = add(add(pelvis, scale(spine, BODY.spineToShoulders * H)), [0, st.breathe * 0.7, 0]);
  const neck = add(add(pelvis, scale(spine, BODY.spineToNeck * H)), [0, st.breathe * 0.6, 0]);
  const headAngle = st.lean * 0.4 + st.headTilt;
  const headUp = turn([Math.sin(headAngle), Math.cos(headAngle), 0]);
  const head = add(neck, scale(headUp, BODY.neckToHead * H));
  const headFwd = turn([Math.cos(headAngle), -Math.sin(headAngle), 0]);
  const hr = BODY.headRadius * H;
  const chin = add(head, add(scale(headUp, -(BODY.chinDown + BODY.jawDrop * (st.jaw ?? 0)) * hr), scale(headFwd, BODY.chinForward * hr)));
  const shoulderR = add(shoulderC, turn([0, 0, BODY.shoulderHalfWidth * H]));
  const shoulderL = add(shoulderC, turn([0, 0, -BODY.shoulderHalfWidth * H]));

  // Elbows: hanging arms bend backwards-outwards; shooting arms point the elbow forward.
  const e = st.elbowUp;
  const poleFor = (side: 1 | -1): V => turn([-0.5 + 1.5 * e, -0.8 + 0.5 * e, side * (0.6 - 0.2 * e)]);
  const armR = twoBone(shoulderR, add(shoulderC, turn(st.handR)), BODY.upperArm * H, BODY.forearm * H, poleFor(1));
  const armL = twoBone(shoulderL, add(shoulderC, turn(st.handL)), BODY.upperArm * H, BODY.forearm * H, poleFor(-1));

  const hipR = around(add(pelvis, [0, 0, BODY.hipHalfWidth * H]));
  const hipL = around(add(pelvis, [0, 0, -BODY.hipHalfWidth * H]));
  const ankle = BODY.ankleHeight * H;
  const footRTarget: V = [st.footR[0], ankle + st.lift + st.footR[1], st.footR[2]];
  const footLTarget: V = [st.footL[0], ankle + st.lift + st.footL[1], st.footL[2]];
  // Knees bend forward and a little outward.
  const legR = twoBone(hipR, footRTarget, BODY.thigh * H, BODY.shin * H, turn([1, 0, 0.15]));
  const legL = twoBone(hipL, footLTarget, BODY.thigh * H, BODY.shin * H, turn([1, 0, -0.15]));

  return {
    pelvis: w(pelvis),
    chest: w(chest),
    neck: w(neck),
    head: w(head),
    chin: w(chin),
    shoulderL: w(shoulderL),
    elbowL: w(armL.joint),
    handL: w(armL.end),
    shoulderR: w(shoulderR),
    elbowR: w(armR.joint),
    handR: w(armR.end),
    hipL: w(hipL),
    kneeL: w(legL.joint),
    footL: w(legL.end),
    hipR: w(hipR),
    kneeR: w(legR.joint),
    footR: w(legR.end),
  };
}
