// A captured moment of a simulation: Rapier's own snapshot of the physics world plus what the scene
// runner remembers beside it (contacts under way, balls that still ignore people, each step hook's
// own state: a shot's watch, a glass that has broken), and the recipe that drives the steps after
// it. A take keeps these at every whole second and at its end, so a range can be simulated again
// from where it starts and a clip extended from where it ends, exactly, without replaying the take
// from its first frame.
import type { ScenePlan } from '../../contract/scene-plan';
import type { SpeechTiming } from '../speech/speech-timing';
import type { TrackerState } from './contacts';
import type { ScrapeState } from './scrapes';

export interface RunnerBook {
  // Balls that pass through people until a step (null: until the end).
  clearAt: [string, number | null][];
  tracker: TrackerState;
  // Slides under way and those already ended (absent in states saved before scrapes were heard).
  scrapes?: ScrapeState;
  // Each step hook's saved state, in the schedule's hook order (null for a hook that keeps none).
  hooks: unknown[];
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

// What drives the steps after a state: the plan and seed the schedule is built from, the candidate
// the scene's search chose (a shot's launch, so it need not search again), the range's bounce
// variation, and the spoken lines' timings (the speakers' jaws and the speech events follow them).
export interface Recipe {
  plan: ScenePlan;
  seed: number;
  choice: unknown;
  bounces: BounceVariation | null;
  speech: SpeechTiming[];
}

export interface TakeState extends RunState {
  recipe: Recipe;
}
