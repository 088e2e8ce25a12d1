// One run of the full scene: a fixed-step loop that records a frame every video frame and captures
// the whole state where asked, from the plan's start or from a captured state, until the clip is
// over and no hook holds it open (a shot in the air when the clip ends).
import { throwIfAborted } from '../../contract/abort';
import { SceneRunner, type RunInput, type SceneRun } from './scene-runner';

export type { RunInput, SceneRun } from './scene-runner';
export { yawQuaternion } from './scene-runner';

// Frames between yields to the event loop, so a cancel can arrive mid-simulation.
const YIELD_EVERY_FRAMES = 12;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runScene(input: RunInput, signal: AbortSignal | undefined, onProgress: (fraction: number) => void): Promise<SceneRun> {
  const { frameCount, substeps, fps } = input.timing;
  const runner = new SceneRunner(input);
  try {
    const first = runner.begin();
    const firstFrame = Math.ceil(first / substeps);
    const minSteps = frameCount * substeps;
    for (let k = first; ; k++) {
      if (input.captureAt?.(k)) runner.states.push(runner.capture(k));
      if (input.untilStep !== undefined && k >= input.untilStep) break;
      if (k >= minSteps && !runner.heldOpen(k)) break;
      if (k % substeps === 0) {
        const f = k / substeps;
        if (f < frameCount) runner.frames.push(runner.frame(f / fps));
        throwIfAborted(signal);
        onProgress(Math.min((k - first) / Math.max(1, minSteps - first), 1));
        if (f % YIELD_EVERY_FRAMES === YIELD_EVERY_FRAMES - 1) await yieldToLoop();
      }
      runner.step(k);
    }
    onProgress(1);
    return { ...runner.finish(), firstFrame };
  } finally {
    runner.free();
  }
}
