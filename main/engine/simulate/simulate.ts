// ScenePlan + seed -> WorldTrace: a real rigid-body simulation (Rapier) at a fixed step, sampled
// once per video frame, with the contact, footstep, release and score events that drive the sound.
// The same plan and seed always give the same trace, number for number.
import { ApiError } from '../../contract/api';
import { scenePlanSchema, type ScenePlan } from '../../contract/scene-plan';
import type { TraceBody, WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { MAX_SHOT_ATTEMPTS, ShotPlanner, matchesIntent, type Launch } from '../actions/shoot/shot-planner';
import { bounceCalibrator } from './dribble';
import { groundFor } from '../settings';
import { loadRapier } from './rapier';
import { countParts, outcomeOf } from './scene-outcome';
import { runScene, type SceneRun } from './scene-run';
import type { Recipe, TakeState } from './run-state';
import { buildSchedule, personCapsule, timingFor, type Timing } from './schedule';

export interface SimulateOptions {
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
      case 'hoop':
      case 'ramp':
      case 'table':
      case 'stairs':
        return { id: e.id, shape: { kind: 'fixture' }, material: e.material, dynamic: false };
    }
  });
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
  const schedule = buildSchedule(plan, seed, timing, bounceCalibrator(R, ground, timing.dt));
  let last = 0;
  // Progress only moves forward, even when a shot has to be re-simulated.
  const progress = (f: number): void => {
    if (f > last) {
      last = f;
      options.onProgress?.(f);
    }
  };

  const captureAt = captureSteps(timing);
  let run: SceneRun;
  let launch: Launch | null = null;
  let attempts = 1;
  let intentMatched = true;
  const shot = schedule.shot;
  if (shot) {
    const planner = new ShotPlanner(R, shot, ground, timing.dt, seed);
    let from = 0;
    for (;;) {
      const choice = await planner.search(from, signal, (f) => progress(0.4 * f));
      attempts = choice.index + 1;
      launch = choice.launch;
      run = await runScene({ R, plan, schedule, timing, ground, launch, captureAt }, signal, (f) => progress(0.4 + 0.6 * f));
      // The full scene has the final word: other bodies can change a flight the planner predicted.
      intentMatched = matchesIntent(shot.action, { scored: run.scored !== null, rimContacts: countParts(run, shot.ball.id, 'rim'), boardContacts: countParts(run, shot.ball.id, 'board') });
      if (intentMatched || !choice.matched || attempts >= MAX_SHOT_ATTEMPTS) break;
      from = choice.index + 1;
    }
  } else {
    run = await runScene({ R, plan, schedule, timing, ground, launch: null, captureAt }, signal, progress);
  }

  const recipe: Recipe = { plan, seed, launch, bounces: null };
  const trace: WorldTrace = {
    version: 1,
    seed,
    fps: timing.fps,
    frameCount: timing.frameCount,
    bodies: traceBodies(plan),
    frames: run.frames,
    events: run.events,
    actors: schedule.tracks,
    outcome: outcomeOf(plan, schedule, run, { attempts, intentMatched }),
  };
  return { trace, states: run.states.map((state) => ({ ...state, recipe })) };
}
