// The skeleton every person shares: its joints and its proportions. Conventions (shared with the
// renderer): y is up, the person stands on the floor y = 0 at track.position (the point between
// the feet); track.facing is a yaw about +y, 0 = facing +x, positive turns counter-clockwise seen
// from above (three.js `rotation.y`), so forward = (cos f, 0, -sin f), right = (sin f, 0, cos f).
// 'foot' joints are ankles; 'hand' joints are palm centres; 'head' is the centre of the skull; 'chin'
// is the tip of the jaw, which drops as the jaw opens.
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';

export const JOINTS = [
  'pelvis', 'chest', 'neck', 'head', 'chin',
  'shoulderL', 'elbowL', 'handL', 'shoulderR', 'elbowR', 'handR',
  'hipL', 'kneeL', 'footL', 'hipR', 'kneeR', 'footR',
] as const;
export type Joint = (typeof JOINTS)[number];

// World-space positions (metres) of every joint.
export type PersonPose = Record<Joint, Vec3>;

export type PersonPoseFn = (track: ActorTrack, heightM: number, t: number) => PersonPose;

// Body proportions as fractions of standing height (adult averages, rounded).
export const BODY = {
  ankleHeight: 0.045,
  hipHeight: 0.53,
  thigh: 0.245,
  shin: 0.24,
  hipHalfWidth: 0.05,
  spineToChest: 0.19,
  spineToShoulders: 0.285,
  spineToNeck: 0.3,
  neckToHead: 0.105,
  shoulderHalfWidth: 0.11,
  upperArm: 0.17,
  forearm: 0.16,
  headRadius: 0.065,
  // The chin below and in front of the skull's centre (in head radii), and how far it drops with
  // the jaw wide open (a real jaw opens 1-2 cm in speech; a little more reads at video sizes).
  chinDown: 0.9,
  chinForward: 0.55,
  // The mouth below and in front of the skull's centre (in head radii), where a voice comes from.
  // (0.45 left 5 mm of upper lip under the nose and a chin that read long in close-ups: the lips
  // sit about a fifth of the way from the nose's base to the chin. A third, 0.57, hid the upper lip
  // behind the open mouth's slit, which comes up to a tenth of a radius above the mouth's line.)
  mouthDown: 0.53,
  mouthForward: 0.88,
  jawDrop: 0.28,
} as const;
export const heightOf = (person: { size: readonly number[] }): number => person.size[0] ?? 1.75;
