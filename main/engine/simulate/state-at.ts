// The whole physics state of a take at one step: the latest state the take stored at or before it,
// stepped forward with that state's own recipe. The stretch replayed is checked against the take's
// trace, number for number, so a continuation never starts from a state the take did not have (a
// take made by another version of the engine, or an edited file, is refused instead).
import { ApiError } from '../../contract/api';
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { groundFor } from '../settings/facts';
import { ballProbes } from './dribble';
import type { Rapier } from './rapier';
import type { RunState, TakeState } from './run-state';
import { runScene } from './scene-run';
import { buildSchedule, timingFor } from './schedule';
import { simulateTake } from './simulate';
import { speakLines } from '../speech/speak-lines';
import type { SpeechTiming } from '../speech/speech-timing';

export interface ParentTake {
  plan: ScenePlan;
  trace: WorldTrace;
  // The states the take stored (empty for a take made before Kinora kept them).
  states: TakeState[];
}

export const OTHER_ENGINE_MESSAGE =
  'This take was made by another version of Kinora, so its physics cannot be continued exactly. Regenerate it whole, or remix its look, which reuses its motion.';

// Number for number, with 0 and -0 the same: the project stores a trace as JSON, which writes -0 as
// 0, so a take read back from its project has 0 wherever the engine had -0 (a body at rest on an axis).
const sameRows = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);

// A take with spoken lines whose voices, spoken again, do not place them as they were.
export const OTHER_VOICES_MESSAGE =
  'This take’s lines were spoken by a voice that now speaks them at other lengths, so its physics cannot be continued exactly. Regenerate it whole, or remix its look, which reuses its motion.';

// A take made before states were kept is simulated again from its plan and seed; that is only
// trusted when it reproduces the stored trace exactly. Its lines' timings were not kept either: they
// are spoken again by the same voices, and trusted only if every line lands where the trace has it.
export async function statesOf(parent: ParentTake, signal?: AbortSignal): Promise<TakeState[]> {
  if (parent.states.length > 0) return parent.states;
  const speech = parent.plan.dialogue.length > 0 ? await speakLines(parent.plan, signal ? { signal } : {}) : undefined;
  if (speech && !sameLines(parent.trace, speech)) throw new ApiError('invalid_input', OTHER_VOICES_MESSAGE);
  const again = await simulateTake(parent.plan, parent.trace.seed, { ...(signal ? { signal } : {}), ...(speech ? { speech } : {}) });
  const same = again.trace.frames.length === parent.trace.frames.length && again.trace.frames.every((row, f) => sameRows(row, parent.trace.frames[f]));
  if (!same) throw new ApiError('invalid_input', OTHER_ENGINE_MESSAGE);
  return again.states;
}

// Whether the lines spoken again start and last as the trace's speech events say.
function sameLines(trace: WorldTrace, speech: readonly SpeechTiming[]): boolean {
  const said = trace.events.filter((e) => e.kind === 'speech');
  return said.every((e) => {
    const line = speech.find((s) => s.line === e.line);
    return line !== undefined && Math.abs(line.startSec - e.t) < 1e-9 && Math.abs(line.durationSec - e.durationSec) < 1e-9;
  });
}

// The state before `step`, with the recipe that drove the take from there.
export async function stateAt(R: Rapier, parent: ParentTake, states: readonly TakeState[], step: number, signal?: AbortSignal): Promise<TakeState> {
  const base = [...states].filter((s) => s.step <= step).sort((a, b) => b.step - a.step)[0];
  if (!base) throw new ApiError('invalid_input', OTHER_ENGINE_MESSAGE);
  if (base.step === step) return base;
  const { recipe } = base;
  const timing = timingFor(recipe.plan.format);
  const ground = groundFor(recipe.plan.setting);
  const schedule = buildSchedule(recipe.plan, recipe.seed, timing, ballProbes(R, ground, timing.dt), recipe.speech);
  schedule.search?.replay(recipe.choice);
  throwIfAborted(signal);
  const run = await runScene(
    { R, plan: recipe.plan, schedule, timing, ground, bounces: recipe.bounces, from: base, untilStep: step, captureAt: (k) => k === step },
    signal,
    () => undefined,
  );
  const reached: RunState | undefined = run.states[0];
  const replayedOk = run.frames.every((row, i) => sameRows(row, parent.trace.frames[run.firstFrame + i]));
  if (!reached || !replayedOk) throw new ApiError('invalid_input', OTHER_ENGINE_MESSAGE);
  return { ...reached, recipe };
}
