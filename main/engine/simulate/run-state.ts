// A captured moment of a simulation: Rapier's own snapshot of the physics world plus what the scene
// runner remembers beside it (contacts under way, balls that still ignore people, the shot watch),
// and the recipe that drives the steps after it. A take keeps these at every whole second and at its
// end, so a range can be simulated again from where it starts and a clip extended from where it ends,
// exactly, without replaying the take from its first frame.
import type { ScenePlan } from '../../contract/scene-plan';
import type { ShotWatchState } from '../actions/shoot/shot-watch';
import type { Launch } from '../actions/shoot/shot-planner';
import type { TrackerState } from './contacts';

export interface RunnerBook {
  // Balls that pass through people until a step (null: until the end).
  clearAt: [string, number | null][];
  tracker: TrackerState;
  shot: ShotWatchState | null;
}

export interface RunState {
  // The state before this physics step (frame f is recorded at step f * substeps).
  step: number;
  // Rapier's World.takeSnapshot().
  world: Uint8Array;
  book: RunnerBook;
}

// Bounces that begin in [fromStep, toStep) come off a little differently (see bounce-variation.ts).
export interface BounceVariation {
  seed: number;
  fromStep: number;
  toStep: number;
}

// What drives the steps after a state: the plan and seed the schedule is built from, the shot's
// chosen launch (so the planner need not search again), and the range's bounce variation.
export interface Recipe {
  plan: ScenePlan;
  seed: number;
  launch: Launch | null;
  bounces: BounceVariation | null;
}

export interface TakeState extends RunState {
  recipe: Recipe;
}
