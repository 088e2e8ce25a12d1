import { describe, expect, it } from 'vitest';
import type { ActorTrack, Vec3 } from '../../main/contract/world-trace-types';
import {
  BODY,
  JOINTS,
  SHOOT_RELEASE_AFTER_START,
  ballHoldPosition,
  personPose,
  shootJumpTimes,
  type PersonPose,
} from '../../main/engine/actors/person-pose';

const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const H = 1.95;
const BALL_R = 0.12;
const shooter: ActorTrack = {
  entityId: 'person-1',
  animation: 'shoot',
  startSec: 0.5,
  releaseSec: 0.5 + SHOOT_RELEASE_AFTER_START,
  facing: 0,
  position: [-2.1, 0, 0],
};

function maxJointMove(a: PersonPose, b: PersonPose): { joint: string; d: number } {
  let worst = { joint: '', d: 0 };
  for (const j of JOINTS) {
    const d = dist(a[j], b[j]);
    if (d > worst.d) worst = { joint: j, d };
  }
  return worst;
}

describe('personPose: shooting', () => {
  it('keeps both palms on the ball surface from the stance until the release', () => {
    for (let t = 0; t <= shooter.releaseSec + 1e-9; t += 1 / 48) {
      const pose = personPose(shooter, H, t);
      const ball = ballHoldPosition(shooter, H, t, BALL_R);
      expect(dist(pose.handR, ball)).toBeCloseTo(BALL_R, 4);
      expect(dist(pose.handL, ball)).toBeCloseTo(BALL_R, 4);
    }
  });

  it('raises the ball above the head for the release', () => {
    const atRelease = personPose(shooter, H, shooter.releaseSec);
    const ball = ballHoldPosition(shooter, H, shooter.releaseSec, BALL_R);
    expect(ball[1]).toBeGreaterThan(atRelease.head[1] + 0.2);
    // Held low (belly height) before the shot starts.
    const before = ballHoldPosition(shooter, H, 0, BALL_R);
    expect(before[1]).toBeLessThan(0.65 * H);
    expect(before[1]).toBeGreaterThan(0.35 * H);
  });

  it('is continuous around the release (no pop when the ball leaves the hands)', () => {
    const a = personPose(shooter, H, shooter.releaseSec - 1e-4);
    const b = personPose(shooter, H, shooter.releaseSec + 1e-4);
    expect(maxJointMove(a, b).d).toBeLessThan(0.002);
    const ba = ballHoldPosition(shooter, H, shooter.releaseSec - 1e-4, BALL_R);
    const bb = ballHoldPosition(shooter, H, shooter.releaseSec, BALL_R);
    expect(dist(ba, bb)).toBeLessThan(0.002);
  });

  it('never jumps more than a few centimetres between physics steps over the whole animation', () => {
    let prev = personPose(shooter, H, 0);
    for (let i = 1; i <= 240 * 4; i++) {
      const pose = personPose(shooter, H, i / 240);
      const move = maxJointMove(prev, pose);
      // 5 cm per 1/240 s would be 12 m/s: far beyond any joint speed in a jump shot.
      expect(move.d, `${move.joint} at t=${i / 240}`).toBeLessThan(0.05);
      prev = pose;
    }
  });

  it('keeps limb lengths constant (rigid bones)', () => {
    const lengths = (p: PersonPose): number[] => [
      dist(p.shoulderR, p.elbowR),
      dist(p.elbowR, p.handR),
      dist(p.shoulderL, p.elbowL),
      dist(p.elbowL, p.handL),
      dist(p.hipL, p.kneeL),
      dist(p.kneeL, p.footL),
      dist(p.hipR, p.kneeR),
      dist(p.kneeR, p.footR),
    ];
    const expected = [BODY.upperArm, BODY.forearm, BODY.upperArm, BODY.forearm, BODY.thigh, BODY.shin, BODY.thigh, BODY.shin].map((x) => x * H);
    for (const t of [0, 0.7, 1.1, 1.35, 1.4, 1.6, 2.0, 3.0]) {
      lengths(personPose(shooter, H, t)).forEach((l, i) => expect(l).toBeCloseTo(expected[i] ?? 0, 5));
    }
  });

  it('jumps: feet on the floor before take-off, in the air at release, back down after landing', () => {
    const { takeoffSec, landingSec } = shootJumpTimes(shooter, H);
    expect(takeoffSec).toBeLessThan(shooter.releaseSec);
    expect(landingSec).toBeGreaterThan(shooter.releaseSec);
    const ankle = BODY.ankleHeight * H;
    expect(personPose(shooter, H, takeoffSec - 0.05).footL[1]).toBeCloseTo(ankle, 3);
    expect(personPose(shooter, H, shooter.releaseSec).footL[1]).toBeGreaterThan(ankle + 0.05);
    expect(personPose(shooter, H, landingSec + 0.3).footR[1]).toBeCloseTo(ankle, 3);
  });

  it('faces along track.facing (0 = +x, pi/2 = -z)', () => {
    const ahead = (facing: number): Vec3 => {
      const track = { ...shooter, facing, position: [0, 0, 0] as Vec3 };
      const p = personPose(track, H, 0);
      return [p.handR[0] - p.pelvis[0], 0, p.handR[2] - p.pelvis[2]];
    };
    expect(ahead(0)[0]).toBeGreaterThan(0.2);
    expect(ahead(Math.PI / 2)[2]).toBeLessThan(-0.2);
    expect(ahead(Math.PI)[0]).toBeLessThan(-0.2);
  });

  it('is pure and deterministic', () => {
    const copy = structuredClone(shooter);
    const a = personPose(shooter, H, 1.234);
    const b = personPose(structuredClone(shooter), H, 1.234);
    expect(a).toEqual(b);
    expect(shooter).toEqual(copy);
    // Standing where the track says.
    const p = personPose({ ...shooter, position: [5, 0, -3] }, H, 0);
    expect(p.pelvis[0]).toBeGreaterThan(4.5);
    expect(p.pelvis[2]).toBeCloseTo(-3, 1);
    expect(p.head[1]).toBeGreaterThan(0.85 * H);
    expect(p.head[1]).toBeLessThan(H);
  });
});

describe('personPose: throw and idle', () => {
  it('holds a thrown ball in the right palm until release', () => {
    const track: ActorTrack = { entityId: 'p', animation: 'throw', startSec: 0.3, releaseSec: 0.85, facing: 0.4, position: [0, 0, 0] };
    for (let t = 0; t <= track.releaseSec; t += 0.05) {
      const pose = personPose(track, 1.8, t);
      expect(dist(pose.handR, ballHoldPosition(track, 1.8, t, 0.0335))).toBeCloseTo(0.0335, 5);
    }
    // The arm comes forward for the release: the hand is ahead of the shoulder.
    const rel = personPose(track, 1.8, track.releaseSec);
    const fwd: Vec3 = [Math.cos(0.4), 0, -Math.sin(0.4)];
    const ahead = (rel.handR[0] - rel.shoulderR[0]) * fwd[0] + (rel.handR[2] - rel.shoulderR[2]) * fwd[2];
    expect(ahead).toBeGreaterThan(0.1);
  });

  it('idles with only a subtle sway', () => {
    const track: ActorTrack = { entityId: 'p', animation: 'idle', startSec: 0, releaseSec: 0, facing: 0, position: [0, 0, 0] };
    const first = personPose(track, 1.7, 0);
    let maxMove = 0;
    let anyMove = 0;
    for (let t = 0; t < 6; t += 0.1) {
      const m = maxJointMove(first, personPose(track, 1.7, t)).d;
      maxMove = Math.max(maxMove, m);
      anyMove += m;
    }
    expect(maxMove).toBeLessThan(0.03);
    expect(anyMove).toBeGreaterThan(0);
  });
});
