// The animation state of a body in its own frame, and the rig that produces it over time: each
// action's pose.ts builds a Rig for a track; the body turns its state into world-space joints.
import type { ActorTrack } from '../../contract/world-trace-types';
import type { V } from './vector';


// Local frame: x forward, y up, z to the person's right. Units: metres unless noted.
export interface BodyState {
  drop: number; // how far the pelvis sinks by bending the knees (metres)
  lift: number; // jump height of the whole body above the floor (metres)
  lean: number; // forward lean of the spine (radians)
  headTilt: number; // extra head pitch, negative looks up (radians)
  // Hand targets relative to the shoulder centre (metres): the right and left palm.
  handR: V;
  handL: V;
  // Elbow pole blend: 0 = elbows hang down and out, 1 = elbows point forward (shooting form).
  elbowUp: number;
  // Feet relative to the stance point; y is how far each foot is raised (metres).
  footR: V;
  footL: V;
  // Sideways sway of the pelvis (metres), from breathing and weight shifts.
  sway: number;
  // Where the pelvis is relative to the stance point (metres, forward / right); the feet are placed
  // independently, so a run-up moves this while the feet step.
  root?: readonly [number, number];
  breathe: number; // chest rise (metres)
  // How far the jaw is open (0 shut .. 1 wide), from the person's speech (body/speech.ts).
  jaw?: number;
  // The body turned about the pelvis from the track's facing (radians, like facing), while the feet
  // stay where the rig put them: how a person turns round on the spot.
  yaw?: number;
}

// An animation compiled for one track and height: all keyframes are laid out once, so evaluating
// a moment allocates almost nothing (the simulator asks for a pose at every physics step).
export type Rig = (t: number) => BodyState;

// Deterministic per-actor phase so two idle people do not breathe in lockstep.
export function phaseOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

export function breathing(track: ActorTrack, H: number): (t: number) => { sway: number; breathe: number } {
  const p = phaseOf(track.entityId) * Math.PI * 2;
  return (t) => ({
    breathe: 0.003 * H * Math.sin(2 * Math.PI * 0.25 * t + p),
    sway: 0.006 * Math.sin(2 * Math.PI * 0.11 * t + p * 1.7),
  });
}

// Arms hanging at the sides, relative to the shoulder centre.
export const restHand = (H: number, side: 1 | -1): V => [0.02 * H, -0.32 * H, side * 0.12 * H];

// Builds the rig of one track for a person of height H (metres).
export type RigBuilder = (track: ActorTrack, H: number) => Rig;

// Half the distance between the palms while both hands hold a ball (metres). Slightly less than a
// basketball's radius so the palms press on the ball's sides.
export const HOLD_HALF_SPREAD = 0.1;

// Local (forward, up, right) to world for a track.
export function toWorld(track: ActorTrack, p: V): V {
  const f = track.facing;
  return [
    track.position[0] + Math.cos(f) * p[0] + Math.sin(f) * p[2],
    track.position[1] + p[1],
    track.position[2] - Math.sin(f) * p[0] + Math.cos(f) * p[2],
  ];
}

