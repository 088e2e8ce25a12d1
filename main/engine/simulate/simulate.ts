// ScenePlan + seed -> WorldTrace: a real rigid-body simulation (Rapier) at a fixed step, sampled
// once per video frame, with the contact, footstep, release and score events that drive the sound.
// Actions take part through their schedule's hooks (strikes, a shot's watch and search).
// The same plan and seed always give the same trace, number for number.
import { ApiError } from '../../contract/api';
import { scenePlanSchema, type ScenePlan } from '../../contract/scene-plan';
import type { TraceBody, WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { ballProbes } from './dribble';
import { elementEvents, elementRecaps, hiddenByElements, splashedIn } from '../elements/events';
import { groundFor, settingFacts } from '../settings/facts';
import type { SpeechTiming } from '../speech/speech-timing';
import { loadRapier } from './rapier';
import { outcomeOf } from './scene-outcome';
import type { Recipe, TakeState } from './run-state';
import { runScene, type SceneRun } from './scene-run';
import { buildSchedule, personCapsule, timingFor, type Schedule, type Timing } from './schedule';
import type { StepHook } from './schedule-types';

export interface SimulateOptions {
  // The plan's lines as spoken (speech/speak-lines.ts): required when the plan has dialogue.
  speech?: readonly SpeechTiming[];
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface SimulatedTake {
  trace: WorldTrace;
  // The whole state at every whole second and at the clip's end, for ranges and extensions.
  states: TakeState[];
}

// Capture the state at every whole second of the clip and where the clip ends.
export function captureSteps(timing: Timing): (step: number) => boolean {
  const perSecond = timing.fps * timing.substeps;
  const end = timing.frameCount * timing.substeps;
  return (step) => step <= end && (step % perSecond === 0 || step === end);
}

// Every body the trace holds: the plan's, then those the hooks add (a glass's pieces).
export function bodiesOf(plan: ScenePlan, schedule: Schedule): TraceBody[] {
  return [...traceBodies(plan), ...schedule.hooks.flatMap((h) => h.bodies ?? [])];
}

export function traceBodies(plan: ScenePlan): TraceBody[] {
  return plan.entities.map((e): TraceBody => {
    switch (e.kind) {
      case 'ball':
        return { id: e.id, shape: { kind: 'sphere', radius: e.size[0] ?? 0.1 }, material: e.material, dynamic: true };
      case 'box': {
        const h = e.size[0] ?? 0.2;
        return { id: e.id, shape: { kind: 'box', halfExtents: [h, e.size[1] ?? h, e.size[2] ?? h] }, material: e.material, dynamic: true };
      }
      case 'person':
        return { id: e.id, shape: { kind: 'capsule', ...personCapsule(e) }, material: e.material, dynamic: false };
      case 'object':
        return { id: e.id, shape: { kind: 'object' }, material: e.material, dynamic: true };
      case 'hoop':
      case 'ramp':
      case 'table':
      case 'stairs':
      case 'wall':
        return { id: e.id, shape: { kind: 'fixture' }, material: e.material, dynamic: false };
    }
  });
}

// The scene's particle liquid, recorded by the hook that ran it (absent when there is none).
export function liquidOf(hooks: readonly StepHook[]): Pick<WorldTrace, 'liquid'> {
  const liquid = hooks.find((h) => h.liquid)?.liquid?.();
  return liquid ? { liquid } : {};
}

export function validPlan(plan: ScenePlan): ScenePlan {
  const parsed = scenePlanSchema.safeParse(plan);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid_input', `The scene plan is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  const ids = new Set<string>();
  for (const e of parsed.data.entities) {
    if (ids.has(e.id)) throw new ApiError('invalid_input', `The scene plan has two entities called "${e.id}".`);
    ids.add(e.id);
  }
  return parsed.data;
}

export async function simulate(planInput: ScenePlan, seed: number, options: SimulateOptions = {}): Promise<WorldTrace> {
  return (await simulateTake(planInput, seed, options)).trace;
}

export async function simulateTake(planInput: ScenePlan, seed: number, options: SimulateOptions = {}): Promise<SimulatedTake> {
  const { signal } = options;
  if (!Number.isInteger(seed)) throw new ApiError('invalid_input', 'The seed must be a whole number.');
  const plan = validPlan(planInput);
  throwIfAborted(signal);
  const R = await loadRapier();
  throwIfAborted(signal);
  const timing = timingFor(plan.format);
  const ground = groundFor(plan.setting);
  const schedule = buildSchedule(plan, seed, timing, ballProbes(R, ground, timing.dt), options.speech);
  let last = 0;
  // Progress only moves forward, even when a shot has to be re-simulated.
  const progress = (f: number): void => {
    if (f > last) {
      last = f;
      options.onProgress?.(f);
    }
  };

  // An action that must find its result by trying (a shot that should miss) sets up a candidate
  // before each run and judges the run; every other scene runs once.
  const search = schedule.search;
  const env = { R, ground, dt: timing.dt, seed };
  const captureAt = captureSteps(timing);
  let run: SceneRun;
  let intentMatched = true;
  for (;;) {
    if (search) await search.next(env, signal, (f) => progress(0.4 * f));
    run = await runScene({ R, plan, schedule, timing, ground, captureAt }, signal, (f) => progress(search ? 0.4 + 0.6 * f : f));
    if (!search) break;
    intentMatched = search.accepts(run);
    if (intentMatched || search.exhausted) break;
  }
  const attempts = search?.attempts ?? 1;
  const bodies = bodiesOf(plan, schedule);
  // The place's elements (rain, surf) happen around what was simulated, and react to it (splashes).
  const elementRun = { seed, fps: timing.fps, durationSec: timing.durationSec, bodies, frames: run.frames };
  const around = elementEvents(plan, elementRun);
  const hidden = hiddenByElements(plan, elementRun);
  run = { ...run, events: run.events.filter((e) => !hidden(e)), impacts: run.impacts.filter((i) => !hidden(i.event)) };

  const trace: WorldTrace = {
    version: 1,
    seed,
    fps: timing.fps,
    frameCount: timing.frameCount,
    bodies,
    frames: run.frames,
    events: around.length > 0 ? [...run.events, ...around].sort((a, b) => a.t - b.t) : run.events,
    actors: schedule.tracks,
    ...liquidOf(schedule.hooks),
    outcome: outcomeOf(plan, schedule, run, { attempts, intentMatched, ground: groundFactsOf(plan) }, elementRecaps(plan, around), splashedIn(around)),
  };
  const recipe: Recipe = { plan, seed, choice: search?.chosen() ?? null, bounces: null, speech: [...(options.speech ?? [])] };
  return { trace, states: run.states.map((state) => ({ ...state, recipe })) };
}

// The floor as the outcome tells it (its name, and its material for what lands on it).
export function groundFactsOf(plan: ScenePlan): { name: string; material: ReturnType<typeof groundFor>['material'] } {
  return { name: settingFacts(plan.setting.kind).ground.name, material: groundFor(plan.setting).material };
}
