// A take's motion and the physics states that go with it: simulated afresh, continued from the
// parent (a range, an extension), or the parent's own, unchanged (a look-only remix).
import type { ScenePlan } from '../../contract/scene-plan';
import { continueTake } from '../simulate/continue-take';
import { simulateTake, type SimulatedTake, type SimulateOptions } from '../simulate/simulate';
import type { Derivation } from './derivation';
import type { LoadedParent } from './load-parent';

export async function makeTrace(plan: ScenePlan, seed: number, from: Derivation | undefined, parent: LoadedParent | null, options: SimulateOptions): Promise<SimulatedTake> {
  if (!from || !parent) return simulateTake(plan, seed, options);
  switch (from.kind) {
    case 'look':
      return { trace: parent.trace, states: parent.states };
    case 'range':
      return continueTake({ parent, joinFrame: from.joinFrame, plan, seed, varyUntilFrame: from.untilFrame }, options);
    case 'extend':
      return continueTake({ parent, joinFrame: parent.trace.frameCount, plan, seed, varyUntilFrame: null }, options);
  }
}

// The frame the new take's own picture and sound start at (0: all of it is its own).
export function joinFrameOf(from: Derivation | undefined): number {
  if (!from || from.kind === 'look') return 0;
  return from.kind === 'range' ? from.joinFrame : from.parent.trace.frameCount;
}
