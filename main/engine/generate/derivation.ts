// What a take is made from when it is not made from nothing: another take of the project, whose plan,
// trace and folder the studio hands over, and what to do with it.
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace-types';

export interface ParentTakeFiles {
  plan: ScenePlan;
  trace: WorldTrace;
  // The parent's folder, relative to the project (media/<take>).
  takeDir: string;
}

export type Derivation =
  // Same motion, new look or sound: the parent's trace drawn and heard with this take's plan.
  | { kind: 'look'; parent: ParentTakeFiles }
  // Everything before joinFrame kept; the world simulated again from there, bounces varied up to untilFrame.
  | { kind: 'range'; parent: ParentTakeFiles; joinFrame: number; untilFrame: number }
  // The parent kept whole, and the world run on past its end to this take's (longer) duration.
  | { kind: 'extend'; parent: ParentTakeFiles };
