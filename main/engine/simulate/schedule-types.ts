// The shapes of a schedule: everything about a scene decided before physics runs (the time step,
// the actors' animation tracks, which balls are held until their release, footsteps, and the hooks
// an action runs at every physics step). Types only, so action modules can name them.
import type { ActorTrack, Entity, LiquidTrace, Material, ScenePlan, TraceBody, TraceEvent, Vec3, WorldTrace } from '../../contract/world-trace-types';
import type { Ground } from '../physics/ground';
import type { Rng } from '../seeded-random';
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Impact } from './contacts';
import type { Rapier } from './rapier';
import type { RunState } from './run-state';
import type { Touch } from './scene-world-types';

export interface Timing {
  fps: number;
  substeps: number;
  dt: number;
  frameCount: number;
  durationSec: number;
}

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

// A ball's state: where it is and how it moves.
export interface BallState {
  position: Vec3;
  linvel: Vec3;
  angvel: Vec3;
}
// Where a ball in state `from`, struck with `impulse` at `point` (world), is `afterSec` later, alone
// on the scene's floor (simulate/roll-probe.ts).
export type RollProbe = (ball: Entity, from: BallState, impulse: Vec3, point: Vec3, afterSec: number) => BallState;

// The small worlds a schedule may measure the scene's floor with.
export interface BallProbes {
  bounce: BounceCalibrator;
  roll: RollProbe;
}

// What an action's physics hook may touch while the scene steps.
export interface StepWorld {
  dt: number;
  bodyOf(id: string): RigidBody;
  hasBody(id: string): boolean;
  // The hand's (or foot's) contact with a ball, as an audible impact of the impulse it applied.
  touch(t: number, ball: Entity, person: Entity, material: Material, impulse: number, position: Vec3): void;
  // The ball ignores people (passes through their capsules) until the given step (Infinity: until
  // collideWithPeople).
  ignorePeopleUntil(ballId: string, step: number): void;
  collideWithPeople(ballId: string): void;
  // What touches this entity now, and as what material (the floor is FLOOR_ID).
  touching(entityId: string): Touch[];
  // A new dynamic convex body, disabled until enabled (a piece of something that will break).
  addPiece(id: string, of: Entity, points: readonly Vec3[], massKg: number): RigidBody;
  // A hand's kinematic palm (a box of these half extents), named by `id`, at `at`.
  addHand(id: string, half: Vec3, at: Vec3, friction: number): RigidBody;
  // Holds `held` to `holder` where they are now (a fixed joint, no contacts between them), and lets go.
  grip(holder: RigidBody, held: RigidBody): void;
  letGo(holder: RigidBody, held: RigidBody): void;
  // Adds an event to the trace.
  emit(event: TraceEvent): void;
}

// Runs inside the simulation loop: once before the first step (every run starts afresh), then
// before and after every step; it may keep the scene running past the clip's end while it waits
// for an outcome, and add events when the run ends.
export interface StepHook {
  // Bodies the hook adds to the trace beyond the plan's entities (the pieces of a glass), and their
  // transforms at a frame (FLOATS_PER_BODY numbers each, in that order).
  readonly bodies?: readonly TraceBody[];
  record?(world: StepWorld): number[];
  start?(world: StepWorld): void;
  beforeStep?(step: number, world: StepWorld): void;
  afterStep?(step: number, world: StepWorld): void;
  holdsOpen?(step: number): boolean;
  finish?(world: StepWorld): TraceEvent[];
  // A particle liquid's frames (engine/liquids/), for the trace.
  liquid?(): LiquidTrace;
  // What the hook remembers between steps, as plain data, so a take can be continued from a
  // captured state (a range regenerated, a clip extended) with the hook exactly where it was.
  save?(): unknown;
  // After start() and the physics world's restore: take up a saved state (and the restored world's
  // bodies in place of the ones start() saw).
  resume?(state: unknown, world: StepWorld): void;
}

// What one full run of the scene produced.
export interface SceneRun {
  // Frames recorded from firstFrame on (0 unless the run continued a captured state).
  frames: number[][];
  firstFrame: number;
  // Events within the clip, in time order.
  events: TraceEvent[];
  // Every impact, including those after the clip's end while a hook held the run open.
  impacts: Impact[];
  // Final position/orientation/speed of every moving body, for the outcome summary.
  final: Map<string, { position: Vec3; rotation: [number, number, number, number]; speed: number }>;
  // The whole states captured on the way (see RunInput.captureAt in scene-runner.ts).
  states: RunState[];
}

// What a search may simulate on its own: the physics engine, the floor, the step and the seed.
export interface SearchEnv {
  R: Rapier;
  ground: Ground;
  dt: number;
  seed: number;
}

// An action whose wanted result has to be found by trying (a shot that should miss): before each
// full run it sets up its next candidate, and after the run it says whether the run is what the
// prompt asked for. Nothing is steered: a candidate is only an initial condition.
export interface SceneSearch {
  next(env: SearchEnv, signal: AbortSignal | undefined, onProgress: (fraction: number) => void): Promise<void>;
  accepts(run: SceneRun): boolean;
  // No candidate left worth a full run.
  readonly exhausted: boolean;
  readonly attempts: number;
  // The step from which the candidate matters (a shot's release): a take continued from later on
  // keeps the candidate its parent ran with.
  readonly decidesAtStep: number;
  // The candidate the last run used, as plain data (kept with a take's states).
  chosen(): unknown;
  // Sets up a candidate a take ran with, without searching.
  replay(choice: unknown): void;
}

// How the search went, and what the floor is, for the outcome.
export interface SearchFacts {
  attempts: number;
  intentMatched: boolean;
  ground: { name: string; material: Material };
}

// An action's own account of the run (a shot: scored or not, off the rim...).
export type OutcomeHook = (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'];

export type Footstep = Extract<TraceEvent, { kind: 'footstep' }>;

export interface Schedule {
  tracks: ActorTrack[];
  controls: BallControl[];
  search: SceneSearch | null;
  outcome: OutcomeHook | null;
  // Balls an action sets in motion without a hold (a kicked ball rests until the foot arrives).
  struck: Entity[];
  hooks: StepHook[];
  footsteps: Footstep[];
  // The spoken lines, when and where each is heard.
  spoken: Extract<TraceEvent, { kind: 'speech' }>[];
  // Bodies meeting the ground as people fall (their poses say when), heard as contacts.
  bodyImpacts: Extract<TraceEvent, { kind: 'contact' }>[];
}

// What an action module's schedule() works with: the plan, the clock, the seeded jitter, and the
// schedule being filled in.
export interface ScheduleContext {
  plan: ScenePlan;
  // What the floor is made of here (a coin spun on it rattles against it).
  groundMaterial: Material;
  timing: Timing;
  jitter: Rng;
  bounce: BounceCalibrator;
  roll: RollProbe;
  tracks: Map<string, ActorTrack>;
  controls: BallControl[];
  struck: Entity[];
  hooks: StepHook[];
  // The first action to set these owns them (one search and one outcome per scene).
  setSearch(search: SceneSearch): void;
  setOutcome(outcome: OutcomeHook): void;
}
