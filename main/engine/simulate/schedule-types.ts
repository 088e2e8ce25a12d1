// The shapes of a schedule: everything about a scene decided before physics runs (the time step,
// the actors' animation tracks, which balls are held until their release, footsteps, and the hooks
// an action runs at every physics step). Types only, so action modules can name them.
import type { Action } from '../../contract/scene-plan';
import type { ActorTrack, Entity, Material, ScenePlan, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import type { Rng } from '../seeded-random';
import type { RigidBody } from '@dimforge/rapier3d-compat';

export interface Timing {
  fps: number;
  substeps: number;
  dt: number;
  frameCount: number;
  durationSec: number;
}

export type ShootAction = Extract<Action, { kind: 'shoot' }>;

// A ball that is held still (or carried by a hand) until its release step, then becomes dynamic.
export interface BallControl {
  entity: Entity;
  releaseStep: number;
  // Where the held ball's centre is at time t (valid up to the release).
  hold: (t: number) => Vec3;
  // Launch velocity; null for the shot, whose velocity the shot planner chooses.
  velocity: Vec3 | null;
  angvel: Vec3;
  // The person releasing it, for the 'release' event; null for a drop or roll with no actor.
  actor: string | null;
  // How long after its release the ball ignores people (default: a thrown ball's short clearance).
  clearSec?: number;
}

// How a ball pushed down from height fromY bounces back: the push speed that brings its next apex to
// topY (capped at what a hand can do) and how many physics steps from the push to that apex.
export interface Bounce {
  pushSpeed: number;
  steps: number;
  reached: boolean;
}
export type BounceCalibrator = (ball: Entity, fromY: number, topY: number) => Bounce;

export interface ShotSetup {
  action: ShootAction;
  ball: Entity;
  hoop: Entity;
  shooter: Entity;
  track: ActorTrack;
  control: BallControl;
  releasePosition: Vec3;
}

// What an action's physics hook may touch while the scene steps.
export interface StepWorld {
  dt: number;
  bodyOf(id: string): RigidBody;
  // The hand's (or foot's) contact with a ball, as an audible impact of the impulse it applied.
  touch(t: number, ball: Entity, person: Entity, material: Material, impulse: number, position: Vec3): void;
  // The ball ignores people (passes through their capsules) until the given step.
  ignorePeopleUntil(ballId: string, step: number): void;
}

// Runs inside the simulation loop: once before the first step, then before every step.
export interface StepHook {
  start?(world: StepWorld): void;
  beforeStep(step: number, world: StepWorld): void;
}

export type Footstep = Extract<TraceEvent, { kind: 'footstep' }>;

export interface Schedule {
  tracks: ActorTrack[];
  controls: BallControl[];
  shot: ShotSetup | null;
  // Balls an action sets in motion without a hold (a kicked ball rests until the foot arrives).
  struck: Entity[];
  hooks: StepHook[];
  footsteps: Footstep[];
}

// What an action module's schedule() works with: the plan, the clock, the seeded jitter, and the
// schedule being filled in.
export interface ScheduleContext {
  plan: ScenePlan;
  timing: Timing;
  jitter: Rng;
  bounce: BounceCalibrator;
  tracks: Map<string, ActorTrack>;
  controls: BallControl[];
  struck: Entity[];
  hooks: StepHook[];
  setShot(shot: ShotSetup): void;
}
