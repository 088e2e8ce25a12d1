// The pose of a person at a moment, shared by the simulation (where the ball sits in the hands
// until release) and the renderer (where the limbs are drawn), so the two can never disagree.
import type { ActorTrack, Vec3 } from '../../contract/world-trace-types';

export const JOINTS = [
  'pelvis', 'chest', 'neck', 'head',
  'shoulderL', 'elbowL', 'handL', 'shoulderR', 'elbowR', 'handR',
  'hipL', 'kneeL', 'footL', 'hipR', 'kneeR', 'footR',
] as const;
export type Joint = (typeof JOINTS)[number];

// World-space positions (metres) of every joint.
export type PersonPose = Record<Joint, Vec3>;

// NOTE: implemented by the simulation work; signature fixed here so renderer and simulator agree.
export type PersonPoseFn = (track: ActorTrack, heightM: number, t: number) => PersonPose;
