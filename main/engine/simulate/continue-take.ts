// A take continued from one of its frames: everything before the join is the parent's, exactly (its
// frames and events are copied, and the physics state at the join is the parent's own); from the
// join the world runs on with the given plan and seed. A regenerated range varies the bounces inside
// it and draws anew whatever is thrown, kicked or shot from its start; an extension runs the same
// recipe on past the old end with a longer clip, so it is the take the parent would have been.
import { ApiError } from '../../contract/api';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { elementEvents, elementRecaps, hiddenByElements, splashedIn } from '../elements/events';
import { deriveSeed } from '../seeded-random';
import { groundFor } from '../settings/facts';
import { checkPeopleContinue, fitSchedule } from './continuation-schedule';
import { ballProbes } from './dribble';
import { loadRapier, type Rapier } from './rapier';
import type { BounceVariation, Recipe, TakeState } from './run-state';
import { outcomeOf } from './scene-outcome';
import { runScene, type SceneRun } from './scene-run';
import { buildSchedule, timingFor, type Schedule, type Timing } from './schedule';
import { bodiesOf, captureSteps, groundFactsOf, liquidOf, validPlan, type SimulatedTake, type SimulateOptions } from './simulate';
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
  recipe: Recipe;
  attempts: number;
  intentMatched: boolean;
}

// The schedule a continuation runs: the plan's, as built (its outcome and the people's tracks come
// from it), fitted to the state at the join. It is built once and run once per attempt: every run
// starts its hooks afresh, and the search (a shot) sets its candidate before each.
interface Continuation {
  R: Rapier;
  input: ContinueInput;
  from: TakeState;
  // As planned (the outcome counts every ball the plan controls), and as run from the join (balls
  // already released are left to physics); both hold the same hooks and search.
  planned: Schedule;
  schedule: Schedule;
  timing: Timing;
}

function bouncesFor(input: ContinueInput, timing: Timing, attempt: number): BounceVariation | null {
  if (input.varyUntilFrame === null) return null;
  const seed = attempt === 0 ? input.seed : deriveSeed(input.seed, `range-attempt:${attempt}`);
  return { seed, fromStep: input.joinFrame * timing.substeps, toStep: input.varyUntilFrame * timing.substeps };
}

// The scene's search candidate for this attempt: a shot already on its way at the join (or any shot
// of an extension) keeps the parent's launch; a range draws a new one with its seed.
async function chooseCandidate(c: Continuation, options: SimulateOptions): Promise<void> {
  const search = c.schedule.search;
  if (!search) return;
  if (search.decidesAtStep < c.from.step || c.input.varyUntilFrame === null) {
    search.replay(c.from.recipe.choice);
    return;
  }
  if (search.exhausted) return;
  const env = { R: c.R, ground: groundFor(c.input.plan.setting), dt: c.timing.dt, seed: c.input.seed };
  await search.next(env, options.signal, () => undefined);
}

async function attemptRun(c: Continuation, attempt: number, options: SimulateOptions): Promise<Attempt> {
  const { R, input, from, schedule, timing } = c;
  const { plan } = input;
  await chooseCandidate(c, options);
  const bounces = bouncesFor(input, timing, attempt);
  const captureAt = captureSteps(timing);
  const run = await runScene(
    { R, plan, schedule, timing, ground: groundFor(plan.setting), bounces, from, captureAt: (k) => k === from.step || captureAt(k) },
    options.signal,
    (f) => options.onProgress?.(f),
  );
  const intentMatched = schedule.search?.accepts(run) ?? true;
  const recipe: Recipe = { plan, seed: input.seed, choice: schedule.search?.chosen() ?? null, bounces, speech: from.recipe.speech };
  return { run, recipe, attempts: attempt + 1, intentMatched };
}

function continuation(R: Rapier, input: ContinueInput, from: TakeState): Continuation {
  const { plan } = input;
  // The lines are the parent's: what is said, and when, is not something a range or an extension changes.
  if (JSON.stringify(plan.dialogue) !== JSON.stringify(from.recipe.plan.dialogue)) {
    throw new ApiError('invalid_input', 'A range cannot change what is said. Regenerate the whole take for new lines.');
  }
  const timing = timingFor(plan.format);
  const ground = groundFor(plan.setting);
  const planned = buildSchedule(plan, input.seed, timing, ballProbes(R, ground, timing.dt), from.recipe.speech);
  checkPeopleContinue(plan, input.parent.trace, planned.tracks, input.joinFrame);
  return { R, input, from, planned, schedule: fitSchedule(R, plan, ground, timing, planned, from), timing };
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

  const continuing = continuation(R, input.varyUntilFrame === null ? extensionOf({ ...input, plan }, from) : { ...input, plan }, from);
  let chosen: Attempt | null = null;
  for (let attempt = 0; attempt < (input.varyUntilFrame === null ? 1 : MAX_RANGE_ATTEMPTS); attempt++) {
    const tried = await attemptRun(continuing, attempt, options);
    chosen ??= tried;
    if (tried.intentMatched) {
      chosen = tried;
      break;
    }
  }
  if (!chosen) throw new Error('No continuation was run.');
  return assemble({ ...input, plan }, chosen, continuing.planned, states.filter((s) => s.step < joinStep));
}

// A particle liquid's frames: the parent's before the join, then the continued run's (its hook
// took up the liquid saved at the join, so its first frame is the join's).
function joinedLiquid(parent: WorldTrace, joinFrame: number, schedule: Schedule): Pick<WorldTrace, 'liquid'> {
  const continued = liquidOf(schedule.hooks).liquid;
  if (!continued || !parent.liquid) return {};
  return { liquid: { ...continued, frames: [...parent.liquid.frames.slice(0, joinFrame), ...continued.frames] } };
}

function assemble(input: ContinueInput, chosen: Attempt, schedule: Schedule, inherited: TakeState[]): SimulatedTake {
  const { parent, joinFrame, plan } = input;
  const { run } = chosen;
  const timing = timingFor(plan.format);
  const joinSec = joinFrame / timing.fps;
  const bodies = bodiesOf(plan, schedule);
  const frames = [...parent.trace.frames.slice(0, joinFrame), ...run.frames];
  // The place's elements (rain, surf) over the whole clip: before the join they are the parent's
  // (same seed, same frames); after it they react to the new motion (splashes).
  const elementRun = { seed: parent.trace.seed, fps: timing.fps, durationSec: timing.durationSec, bodies, frames };
  const around = elementEvents(plan, elementRun);
  const hidden = hiddenByElements(plan, elementRun);
  const after = [...run.events.filter((e) => !hidden(e)), ...around].filter((e) => e.t >= joinSec);
  const events = [...parent.trace.events.filter((e) => e.t < joinSec), ...after].sort((a, b) => a.t - b.t);
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
    bodies,
    frames,
    events,
    actors: schedule.tracks,
    ...joinedLiquid(parent.trace, joinFrame, schedule),
    // The outcome reads the whole take's events (a glass that broke before the join still broke).
    outcome: outcomeOf(plan, schedule, { ...run, events, impacts: run.impacts.filter((i) => !hidden(i.event)) }, { attempts: chosen.attempts, intentMatched: chosen.intentMatched, ground: groundFactsOf(plan) }, elementRecaps(plan, events), splashedIn(events)),
  };
  return { trace, states: [...inherited, ...run.states.map((s) => ({ ...s, recipe: chosen.recipe }))] };
}
