// The kick: a two-step run-up, the support foot planted beside the ball, the strike, the
// follow-through and the recovery steps.
import type { ActorTrack, Vec3 } from '../../../contract/world-trace-types';
import { channel, vchannel, vkeys, type Key } from '../../body/keyframes';
import { breathing, restHand, toWorld, type Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import type { V } from '../../body/vector';

// The run-up (two steps) starts at startSec and the foot meets the ball this much later.
export const KICK_CONTACT_AFTER_START = 1.0;
// Where the pelvis starts the run-up, behind the stance point, and where it ends the recovery
// steps, ahead of it (fractions of height).
const RUN_UP_FROM = 0.62;
const RECOVERED_AT = 0.32;
// A kick done again: the next contact this long after the last (the follow-through and recovery
// steps, then the next run-up), its stance this far on (m), where the recovery ended the run-up
// starts, so the kicker follows the ball without a break.
export const KICK_AGAIN_SEC = 2.0;
// How many kicks fit in a clip of `durationSec` from a run-up at `startSec`, the last one's flight
// seen for FLIGHT_SEEN_SEC: the cast asks no more, and a plan that does (hand-edited) kicks no more.
const FLIGHT_SEEN_SEC = 0.5;
export const kicksThatFit = (durationSec: number, startSec: number): number =>
  1 + Math.max(0, Math.floor((durationSec - startSec - KICK_CONTACT_AFTER_START - FLIGHT_SEEN_SEC) / KICK_AGAIN_SEC));
export const kickAgainM = (heightM: number): number => (RUN_UP_FROM + RECOVERED_AT) * heightM;
// The kicking shoe strikes with its front: this far ahead of the ankle, this far below it
// (fractions of height; the renderer's shoe reaches 0.107 H ahead of the ankle).
const KICK_STRIKE_AHEAD = 0.1;
const KICK_STRIKE_BELOW_ANKLE = 0.012;
// Kicking-ankle height above the floor at contact, and the kick line (right of the stance centre).
const KICK_CONTACT_ANKLE = 0.075;
const KICK_LINE_Z = 0.06;

// The kick's timetable: the run-up's two steps, the plant of the support (left) foot beside the
// ball, the strike with the right foot at releaseSec, the follow-through and the recovery steps.
export interface KickTimes {
  startSec: number;
  stepSec: number; // right foot lands from the first run-up step
  plantSec: number; // left foot plants beside the ball
  contactSec: number; // right foot meets the ball
  landSec: number; // right foot comes down after the follow-through
  recoverSec: number; // left foot steps up beside it
}

export function kickTimes(track: ActorTrack): KickTimes {
  const c = track.releaseSec;
  const D = Math.max(c - track.startSec, 0.6);
  const s = c - D;
  return { startSec: s, stepSec: s + 0.42 * D, plantSec: s + 0.9 * D, contactSec: c, landSec: c + 0.5, recoverSec: c + 0.85 };
}

// The contacts of a track's kicks: one, or each of a kick done again (`beats`).
const contactsOf = (track: ActorTrack): number[] => (track.beats && track.beats.length > 1 ? track.beats : [track.releaseSec]);

// Kick k of a track as a track of its own: its run-up and contact, from its own stance point
// (`stepM` on from the last along the facing).
export function kickTrackOf(track: ActorTrack, k: number): ActorTrack {
  const contacts = contactsOf(track);
  const c = contacts[Math.min(k, contacts.length - 1)] ?? track.releaseSec;
  const d = k * (track.stepM ?? 0);
  const f = track.facing;
  const { beats: _beats, stepM: _stepM, ...one } = track;
  return { ...one, startSec: k === 0 ? track.startSec : c - KICK_CONTACT_AFTER_START, releaseSec: c, position: [track.position[0] + Math.cos(f) * d, track.position[1], track.position[2] - Math.sin(f) * d] };
}

// The kick's rig, or each kick's in turn for a kick done again (each run-up starts where the last
// recovery ended, stepM further on).
export function kickRig(track: ActorTrack, H: number): Rig {
  const contacts = contactsOf(track);
  if (contacts.length < 2) return oneKickRig(track, H);
  const rigs = contacts.map((_, k) => oneKickRig(kickTrackOf(track, k), H));
  const step = track.stepM ?? 0;
  return (t) => {
    let k = 0;
    while (k + 1 < contacts.length && t >= (contacts[k + 1] as number) - KICK_CONTACT_AFTER_START) k++;
    const s = (rigs[k] as Rig)(t);
    const dx = k * step;
    return { ...s, footR: [s.footR[0] + dx, s.footR[1], s.footR[2]], footL: [s.footL[0] + dx, s.footL[1], s.footL[2]], root: [(s.root?.[0] ?? 0) + dx, s.root?.[1] ?? 0] };
  };
}

// When and with which foot the kicker's feet meet the floor (for footstep sounds), every kick's.
export function kickFootsteps(track: ActorTrack): { t: number; foot: 'footL' | 'footR' }[] {
  return contactsOf(track).flatMap((_, i) => oneKickFootsteps(kickTrackOf(track, i)));
}

function oneKickFootsteps(track: ActorTrack): { t: number; foot: 'footL' | 'footR' }[] {
  const k = kickTimes(track);
  return [
    { t: k.stepSec, foot: 'footR' },
    { t: k.plantSec, foot: 'footL' },
    { t: k.landSec, foot: 'footR' },
    { t: k.recoverSec, foot: 'footL' },
  ];
}

// Arms swing against the legs in the run-up; at the strike the left arm goes out for balance and
// the right arm back, then both relax.
function kickArms(k: KickTimes, H: number): { handR: ReturnType<typeof vkeys>; handL: ReturnType<typeof vkeys> } {
  const c = k.contactSec;
  const armTimes = [k.startSec, k.stepSec, k.plantSec, c, c + 0.4, k.recoverSec + 0.1];
  const handR = vkeys(armTimes, [
    restHand(H, 1),
    [-0.1 * H, -0.28 * H, 0.13 * H],
    [0.12 * H, -0.25 * H, 0.1 * H],
    [-0.12 * H, -0.2 * H, 0.2 * H],
    [0.05 * H, -0.26 * H, 0.14 * H],
    restHand(H, 1),
  ]);
  const handL = vkeys(armTimes, [
    restHand(H, -1),
    [0.12 * H, -0.25 * H, -0.1 * H],
    [-0.1 * H, -0.28 * H, -0.13 * H],
    [0.1 * H, -0.08 * H, -0.3 * H],
    [0.06 * H, -0.24 * H, -0.16 * H],
    restHand(H, -1),
  ]);
  return { handR, handL };
}

function oneKickRig(track: ActorTrack, H: number): Rig {
  const k = kickTimes(track);
  const s = k.startSec;
  const c = k.contactSec;
  const D = c - s;
  const breath = breathing(track, H);
  const xStart = -RUN_UP_FROM * H;
  const xStep = -0.28 * H;
  const xPlant = 0.06 * H;
  const zPlant = -0.09 * H;
  const xLand = 0.34 * H;
  const contactRaise = (KICK_CONTACT_ANKLE - BODY.ankleHeight) * H;
  // Right (kicking) foot: a run-up step, toe-off, heel up behind, the strike (moving straight
  // forward, at its lowest), the follow-through up and forward, then down into a step.
  const rightX: Key[] = [
    [s + 0.12 * D, xStart],
    [k.stepSec, xStep],
    [s + 0.72 * D, xStep],
    [c - 0.09, -0.3 * H],
    [c, 0],
    [c + 0.12, 0.38 * H],
    [c + 0.22, 0.4 * H],
    [k.landSec, xLand],
  ];
  const rightY: Key[] = [
    [s + 0.12 * D, 0],
    [(s + 0.12 * D + k.stepSec) / 2, 0.05 * H],
    [k.stepSec, 0],
    [s + 0.72 * D, 0],
    [c - 0.09, 0.2 * H],
    [c, contactRaise],
    [c + 0.16, 0.28 * H],
    [k.landSec, 0],
  ];
  // Left (support) foot: one long step to beside the ball, planted through the strike, then it
  // steps up next to the kicking foot.
  const leftX: Key[] = [[s + 0.38 * D, xStart], [k.plantSec, xPlant], [k.landSec + 0.05, xPlant], [k.recoverSec, xLand - 0.04 * H]];
  const leftY: Key[] = [
    [s + 0.38 * D, 0],
    [(s + 0.38 * D + k.plantSec) / 2, 0.06 * H],
    [k.plantSec, 0],
    [k.landSec + 0.05, 0],
    [(k.landSec + 0.05 + k.recoverSec) / 2, 0.04 * H],
    [k.recoverSec, 0],
  ];
  const leftZ: Key[] = [[s + 0.38 * D, -0.06 * H], [k.plantSec, zPlant], [k.landSec + 0.05, zPlant], [k.recoverSec, -0.06 * H]];
  // The pelvis travels with the steps, settles behind the plant foot for the strike, and carries on
  // over the landing foot.
  const rootX: Key[] = [[s, xStart], [k.stepSec, -0.45 * H], [k.plantSec, -0.03 * H], [c, 0], [k.landSec, 0.2 * H], [k.recoverSec + 0.1, RECOVERED_AT * H]];
  const rootZ: Key[] = [[s + 0.8 * D, 0], [c, -0.03 * H], [k.landSec, 0]];
  const drop: Key[] = [[s, 0.015 * H], [s + 0.3 * D, 0.05 * H], [k.plantSec, 0.06 * H], [c, 0.05 * H], [k.landSec, 0.045 * H], [k.recoverSec + 0.1, 0.015 * H]];
  const lean: Key[] = [[s, 0.05], [s + 0.5 * D, 0.15], [c - 0.13, 0.06], [c, -0.08], [c + 0.2, 0], [k.recoverSec + 0.1, 0.05]];
  const headTilt: Key[] = [[s, 0.12], [c, 0.35], [c + 0.3, 0.1], [k.recoverSec + 0.1, 0]];
  const { handR, handL } = kickArms(k, H);
  return (t) => {
    const { sway, breathe } = breath(t);
    return {
      drop: channel(drop, t),
      lift: 0,
      lean: channel(lean, t),
      headTilt: channel(headTilt, t),
      handR: vchannel(handR, t),
      handL: vchannel(handL, t),
      elbowUp: 0,
      footR: [channel(rightX, t), channel(rightY, t), KICK_LINE_Z * H],
      footL: [channel(leftX, t), channel(leftY, t), channel(leftZ, t)],
      sway: sway * 0.3,
      breathe,
      root: [channel(rootX, t), channel(rootZ, t)],
    };
  };
}

// The point of the kicking shoe that strikes the ball (its front, just above the sole), in world
// space, at the contact time.
export function kickStrikePoint(track: ActorTrack, heightM: number): Vec3 {
  const H = heightM;
  const p = toWorld(track, [KICK_STRIKE_AHEAD * H, (KICK_CONTACT_ANKLE - KICK_STRIKE_BELOW_ANKLE) * H, KICK_LINE_Z * H]);
  return [p[0], p[1], p[2]];
}

// Where a ball of radius r must rest on the floor (its centre) for the kicking shoe to meet it
// exactly at the contact time, and the point on its surface that the shoe touches.
export function kickBallRestPosition(track: ActorTrack, heightM: number, ballRadius: number): { centre: Vec3; contact: Vec3 } {
  const r = ballRadius;
  const strike = kickStrikePoint(track, heightM);
  // The shoe touches the back of the ball at the strike point's height (at most the ball's middle:
  // a tiny ball is met by the toe's underside at its equator).
  const y = Math.min(Math.max(strike[1], 0.25 * r), r);
  const ahead = Math.sqrt(Math.max(r * r - (r - y) * (r - y), 0));
  const fwd: V = [Math.cos(track.facing), 0, -Math.sin(track.facing)];
  const contact: Vec3 = [strike[0], y, strike[2]];
  return { centre: [strike[0] + fwd[0] * ahead, r, strike[2] + fwd[2] * ahead], contact };
}

// The stance point (track.position) that puts the kick's contact on a ball resting at `ball`.
export function kickStanceFor(ball: Vec3, facing: number, heightM: number, ballRadius: number): Vec3 {
  const probe: ActorTrack = { entityId: '', animation: 'kick', startSec: 0, releaseSec: KICK_CONTACT_AFTER_START, facing, position: [0, 0, 0] };
  const { centre } = kickBallRestPosition(probe, heightM, ballRadius);
  return [ball[0] - centre[0], 0, ball[2] - centre[2]];
}

// ---------- dribble ----------
