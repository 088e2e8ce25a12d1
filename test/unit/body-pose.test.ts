import { describe, expect, it } from 'vitest';
import type { ActorTrack, Vec3 } from '../../main/contract/world-trace-types';
import { dribbleBallTop } from '../../main/engine/actions/dribble/pose';
import { KICK_CONTACT_AFTER_START, kickBallRestPosition, kickFootsteps, kickStanceFor, kickStrikePoint } from '../../main/engine/actions/kick/pose';
import { ballHoldPosition, personPose } from '../../main/engine/actions/person-pose';
import { SHOOT_RELEASE_AFTER_START, shootJumpTimes } from '../../main/engine/actions/shoot/pose';
import { BODY, JOINTS, type PersonPose } from '../../main/engine/body/skeleton';

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

describe('personPose: kick', () => {
  const kidH = 1.3;
  const r = 0.11;
  const ball: Vec3 = [-2.1, r, 0.05];
  const facing = 0.3;
  const track: ActorTrack = {
    entityId: 'kicker',
    animation: 'kick',
    startSec: 0.5,
    releaseSec: 0.5 + KICK_CONTACT_AFTER_START,
    facing,
    position: kickStanceFor(ball, facing, kidH, r),
  };
  const fwd: Vec3 = [Math.cos(facing), 0, -Math.sin(facing)];
  const along = (p: Vec3): number => p[0] * fwd[0] + p[2] * fwd[2];

  it('places the ball so the kicking shoe meets it exactly at the contact time', () => {
    const rest = kickBallRestPosition(track, kidH, r);
    expect(dist(rest.centre, ball)).toBeLessThan(1e-9);
    const strike = kickStrikePoint(track, kidH);
    // The striking point of the shoe is on the ball's surface at contact...
    expect(dist(strike, ball)).toBeCloseTo(r, 6);
    expect(dist(rest.contact, ball)).toBeCloseTo(r, 6);
    // ...and it is carried by the right ankle (the shoe's front is ahead of and just below it).
    const foot = personPose(track, kidH, track.releaseSec).footR;
    expect(along(strike as Vec3) - along(foot)).toBeCloseTo(0.1 * kidH, 6);
    expect(foot[1] - strike[1]).toBeCloseTo(0.012 * kidH, 6);
    // Before the contact the shoe is behind the ball (it never passes through it), moving forward fast.
    for (let t = track.startSec; t < track.releaseSec; t += 1 / 240) {
      const f = personPose(track, kidH, t).footR;
      const front: Vec3 = [f[0] + fwd[0] * 0.1 * kidH, f[1] - 0.012 * kidH, f[2] + fwd[2] * 0.1 * kidH];
      expect(dist(front, ball)).toBeGreaterThan(r - 1e-6);
    }
    const dt = 1e-3;
    const speed = (along(personPose(track, kidH, track.releaseSec + dt).footR) - along(personPose(track, kidH, track.releaseSec - dt).footR)) / (2 * dt);
    expect(speed).toBeGreaterThan(3);
  });

  it('runs up, plants the support foot beside the ball, follows through and recovers', () => {
    const ankle = BODY.ankleHeight * kidH;
    const steps = kickFootsteps(track);
    expect(steps.map((s) => s.foot)).toEqual(['footR', 'footL', 'footR', 'footL']);
    const plant = steps[1]?.t ?? 0;
    expect(plant).toBeLessThan(track.releaseSec);
    // Each footstep is a foot arriving on the floor.
    for (const s of steps) expect(personPose(track, kidH, s.t)[s.foot][1]).toBeCloseTo(ankle, 4);
    // The support foot stays planted beside the ball (to its left, level with it) through the strike.
    for (const t of [plant, track.releaseSec, track.releaseSec + 0.2]) {
      const footL = personPose(track, kidH, t).footL;
      expect(footL[1]).toBeCloseTo(ankle, 4);
      const side = (footL[0] - ball[0]) * Math.sin(facing) + (footL[2] - ball[2]) * Math.cos(facing);
      expect(side).toBeLessThan(-r);
      // Ankle behind the ball's centre, toe past the ball's back: the foot is beside the ball.
      expect(along(footL)).toBeLessThan(along(ball));
      expect(along(footL) + 0.107 * kidH).toBeGreaterThan(along(ball) - r);
    }
    // Starts well behind the ball, ends past it; the kicking leg swings up in the follow-through.
    expect(along(personPose(track, kidH, 0).pelvis)).toBeLessThan(along(ball) - 0.7);
    expect(along(personPose(track, kidH, 4).pelvis)).toBeGreaterThan(along(ball));
    expect(personPose(track, kidH, track.releaseSec + 0.16).footR[1]).toBeGreaterThan(0.25 * kidH);
    expect(personPose(track, kidH, 4).footR[1]).toBeCloseTo(ankle, 4);
  });

  it('moves smoothly with rigid bones', () => {
    let prev = personPose(track, kidH, 0);
    for (let i = 1; i <= 240 * 3.5; i++) {
      const pose = personPose(track, kidH, i / 240);
      const move = maxJointMove(prev, pose);
      // Under 12 m/s for every joint, the striking foot included.
      expect(move.d, `${move.joint} at t=${i / 240}`).toBeLessThan(0.05);
      prev = pose;
      if (i % 24 === 0) {
        expect(dist(pose.hipR, pose.kneeR)).toBeCloseTo(BODY.thigh * kidH, 6);
        expect(dist(pose.kneeR, pose.footR)).toBeCloseTo(BODY.shin * kidH, 6);
        expect(dist(pose.hipL, pose.kneeL)).toBeCloseTo(BODY.thigh * kidH, 6);
        expect(dist(pose.kneeL, pose.footL)).toBeCloseTo(BODY.shin * kidH, 6);
        expect(dist(pose.shoulderL, pose.elbowL)).toBeCloseTo(BODY.upperArm * kidH, 6);
        expect(dist(pose.elbowR, pose.handR)).toBeCloseTo(BODY.forearm * kidH, 6);
      }
    }
  });
});

describe('personPose: dribble', () => {
  const beats = [0.9, 1.5, 2.1, 2.7, 3.3, 3.9, 4.5, 5.1];
  const track: ActorTrack = { entityId: 'dribbler', animation: 'dribble', startSec: 0.4, releaseSec: 0.9, facing: 0, position: [-0.3, 0, 0], beats };

  it('holds the ball in both palms until the first push', () => {
    for (let t = 0; t <= track.releaseSec; t += 1 / 48) {
      const pose = personPose(track, H, t);
      const ball = ballHoldPosition(track, H, t, BALL_R);
      expect(dist(pose.handR, ball)).toBeCloseTo(BALL_R, 4);
      expect(dist(pose.handL, ball)).toBeCloseTo(BALL_R, 4);
    }
  });

  it('meets the ball on top at every beat, at the same place, and pushes down between beats', () => {
    const tops = beats.slice(1).map((b, i) => dribbleBallTop(track, H, BALL_R, i + 1));
    for (const [i, b] of beats.slice(1).entries()) {
      const hand = personPose(track, H, b).handR;
      const top = tops[i] as Vec3;
      // The palm is right above the ball's centre, just over its top.
      expect(Math.hypot(hand[0] - top[0], hand[2] - top[2])).toBeLessThan(1e-9);
      expect(hand[1] - top[1]).toBeCloseTo(BALL_R + 0.02 * H, 9);
      // Every beat is at the same spot (the pose repeats), so one bounce height fits them all.
      expect(dist(top, tops[0] as Vec3)).toBeLessThan(1e-6);
      // A moment later the hand is lower (the push), and it is back up just before the next beat.
      expect(personPose(track, H, b + 0.07).handR[1]).toBeLessThan(hand[1] - 0.05);
      expect(personPose(track, H, b - 0.01).handR[1]).toBeGreaterThan(hand[1] - 0.01);
    }
    // A ball bounced at waist height, out in front and to the right of the body, clear of the feet.
    const top = tops[0] as Vec3;
    expect(top[1]).toBeGreaterThan(0.35 * H);
    expect(top[1]).toBeLessThan(0.55 * H);
    const pose = personPose(track, H, 2);
    expect(top[0] - pose.pelvis[0]).toBeGreaterThan(0.25);
    expect(top[2] - pose.pelvis[2]).toBeGreaterThan(0.2);
    expect(Math.hypot(top[0] - pose.footR[0], top[2] - pose.footR[2])).toBeGreaterThan(BALL_R + 0.1);
  });

  it('moves smoothly with rigid bones', () => {
    let prev = personPose(track, H, 0);
    for (let i = 1; i <= 240 * 5; i++) {
      const pose = personPose(track, H, i / 240);
      const move = maxJointMove(prev, pose);
      expect(move.d, `${move.joint} at t=${i / 240}`).toBeLessThan(0.05);
      prev = pose;
      if (i % 24 === 0) {
        expect(dist(pose.shoulderR, pose.elbowR)).toBeCloseTo(BODY.upperArm * H, 6);
        expect(dist(pose.elbowR, pose.handR)).toBeCloseTo(BODY.forearm * H, 6);
        expect(dist(pose.hipR, pose.kneeR)).toBeCloseTo(BODY.thigh * H, 6);
      }
    }
  });
});
