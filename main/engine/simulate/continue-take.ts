// A take continued from one of its frames: everything before the join is the parent's, exactly (its
// frames and events are copied, and the physics state at the join is the parent's own); from the
// join the world runs on with the given plan and seed. A regenerated range varies the bounces inside
// it and draws anew whatever is thrown, kicked or shot from its start; an extension runs the same
// recipe on past the old end with a longer clip, so it is the take the parent would have been.
import { ApiError } from '../../contract/api';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { MAX_SHOT_ATTEMPTS, ShotPlanner, matchesIntent, type Launch } from '../actions/shoot/shot-planner';
import { deriveSeed } from '../seeded-random';
import { groundFor } from '../settings';
import { checkPeopleContinue, fitSchedule } from './continuation-schedule';
import { bounceCalibrator } from './dribble';
import { loadRapier, type Rapier } from './rapier';
import type { BounceVariation, Recipe, TakeState } from './run-state';
import { countParts, outcomeOf } from './scene-outcome';
import { runScene, type SceneRun } from './scene-run';
import { buildSchedule, timingFor, type Schedule, type Timing } from './schedule';
import { captureSteps, traceBodies, validPlan, type SimulatedTake, type SimulateOptions } from './simulate';
import { stateAt, statesOf, type ParentTake } from './state-at';

export interface ContinueInput {
  parent: ParentTake;
  // Frames before this one are the parent's.
  joinFrame: number;
  // The new take's plan: the parent's (or its edited actions) for a range, a longer one to extend.
  plan: ScenePlan;
  // A range's seed; an extension runs on with the seed (and the rest of the recipe) the parent ran with.
  seed: number;
  // A range: bounces vary from the join up to this frame. Null continues unvaried (an extension).
  varyUntilFrame: number | null;
}

// An extension is the parent's own recipe run on with the longer clip.
function extensionOf(input: ContinueInput, from: TakeState): ContinueInput {
  return { ...input, seed: from.recipe.seed, plan: { ...from.recipe.plan, format: input.plan.format } };
}

// Tries of a range's variation when the shot must still go in (or miss) as the prompt asked.
const MAX_RANGE_ATTEMPTS = 6;

interface Attempt {
  run: SceneRun;
  // The plan's schedule as built (the outcome and the people's tracks come from it; the run used it
  // fitted to the state at the join).
  schedule: Schedule;
  recipe: Recipe;
  attempts: number;
  intentMatched: boolean;
}

function bouncesFor(input: ContinueInput, timing: Timing, attempt: number): BounceVariation | null {
  if (input.varyUntilFrame === null) return null;
  const seed = attempt === 0 ? input.seed : deriveSeed(input.seed, `range-attempt:${attempt}`);
  return { seed, fromStep: input.joinFrame * timing.substeps, toStep: input.varyUntilFrame * timing.substeps };
}

async function launchFor(R: Rapier, input: ContinueInput, schedule: Schedule, from: TakeState, attempt: number): Promise<Launch | null> {
  const shot = schedule.shot;
  if (!shot || shot.control.releaseStep < from.step || !schedule.controls.includes(shot.control)) return from.recipe.launch;
  // An extension continues the parent's own shot; a range draws a new one with its seed.
  if (input.varyUntilFrame === null && from.recipe.launch) return from.recipe.launch;
  const timing = timingFor(input.plan.format);
  const planner = new ShotPlanner(R, shot, groundFor(input.plan.setting), timing.dt, input.seed);
  return (await planner.search(attempt % MAX_SHOT_ATTEMPTS)).launch;
}

async function attemptRun(R: Rapier, input: ContinueInput, from: TakeState, attempt: number, options: SimulateOptions): Promise<Attempt> {
  const { plan } = input;
  const timing = timingFor(plan.format);
  const ground = groundFor(plan.setting);
  const planned = buildSchedule(plan, input.seed, timing, bounceCalibrator(R, ground, timing.dt));
  checkPeopleContinue(plan, input.parent.trace, planned.tracks, input.joinFrame);
  const schedule = fitSchedule(R, plan, ground, timing, planned, from);
  const launch = await launchFor(R, input, schedule, from, attempt);
  const bounces = bouncesFor(input, timing, attempt);
  const captureAt = captureSteps(timing);
  const run = await runScene(
    { R, plan, schedule, timing, ground, launch, bounces, from, captureAt: (k) => k === from.step || captureAt(k) },
    options.signal,
    (f) => options.onProgress?.(f),
  );
  const shot = schedule.shot;
  const intentMatched = !shot || matchesIntent(shot.action, { scored: run.scored !== null, rimContacts: countParts(run, shot.ball.id, 'rim'), boardContacts: countParts(run, shot.ball.id, 'board') });
  return { run, schedule: planned, recipe: { plan, seed: input.seed, launch, bounces }, attempts: attempt + 1, intentMatched };
}

// The same things, in the same places, on the same ground, at the same rate: what happens may differ.
export function sameWorld(a: ScenePlan, b: ScenePlan): boolean {
  const physical = (p: ScenePlan): string => JSON.stringify({ entities: p.entities.map(({ label: _l, color: _c, ...rest }) => rest), ground: groundFor(p.setting), fps: p.format.fps });
  return physical(a) === physical(b);
}

function checkSameWorld(parent: ParentTake, plan: ScenePlan): void {
  if (!sameWorld(parent.plan, plan)) {
    throw new ApiError('invalid_input', 'A range can change what happens (a make instead of a miss, a harder kick), not who or what is in the scene or where. Remix the take, or regenerate it whole, for that.');
  }
}

export async function continueTake(input: ContinueInput, options: SimulateOptions = {}): Promise<SimulatedTake> {
  const plan = validPlan(input.plan);
  const { parent, joinFrame } = input;
  checkSameWorld(parent, plan);
  if (!Number.isInteger(joinFrame) || joinFrame < 1 || joinFrame > parent.trace.frameCount) throw new ApiError('invalid_input', 'The range must start inside the clip.');
  const R = await loadRapier();
  const timing = timingFor(plan.format);
  const joinStep = joinFrame * timing.substeps;
  const states = await statesOf(parent, options.signal);
  const from = await stateAt(R, parent, states, joinStep, options.signal);
  throwIfAborted(options.signal);

  const continuing = input.varyUntilFrame === null ? extensionOf({ ...input, plan }, from) : { ...input, plan };
  let chosen: Attempt | null = null;
  for (let attempt = 0; attempt < (input.varyUntilFrame === null ? 1 : MAX_RANGE_ATTEMPTS); attempt++) {
    const tried = await attemptRun(R, continuing, from, attempt, options);
    chosen ??= tried;
    if (tried.intentMatched) {
      chosen = tried;
      break;
    }
  }
  if (!chosen) throw new Error('No continuation was run.');
  return assemble({ ...input, plan }, chosen, timing, states.filter((s) => s.step < joinStep));
}

function assemble(input: ContinueInput, chosen: Attempt, timing: Timing, inherited: TakeState[]): SimulatedTake {
  const { parent, joinFrame, plan } = input;
  const { run, schedule } = chosen;
  const joinSec = joinFrame / timing.fps;
  const events = [...parent.trace.events.filter((e) => e.t < joinSec), ...run.events.filter((e) => e.t >= joinSec)].sort((a, b) => a.t - b.t);
  const unchanged = input.varyUntilFrame !== null && run.frames.every((row, i) => JSON.stringify(row) === JSON.stringify(parent.trace.frames[joinFrame + i]));
  if (unchanged) {
    const at = (f: number): string => `${(f / timing.fps).toFixed(2)} s`;
    throw new ApiError(
      'invalid_input',
      `Nothing bounces, or is thrown, kicked or shot, between ${at(joinFrame)} and ${at(input.varyUntilFrame ?? joinFrame)}, so a new variation would look the same. Widen the range to take in a bounce or a throw.`,
    );
  }
  const trace: WorldTrace = {
    version: 1,
    // The sound's seed stays the family's, so ambience and every sound before the join are the same.
    seed: parent.trace.seed,
    fps: timing.fps,
    frameCount: timing.frameCount,
    bodies: traceBodies(plan),
    frames: [...parent.trace.frames.slice(0, joinFrame), ...run.frames],
    events,
    actors: schedule.tracks,
    outcome: outcomeOf(plan, schedule, run, { attempts: chosen.attempts, intentMatched: chosen.intentMatched }),
  };
  return { trace, states: [...inherited, ...run.states.map((s) => ({ ...s, recipe: chosen.recipe }))] };
}
