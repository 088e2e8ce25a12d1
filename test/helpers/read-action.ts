// A prompt read as the studio reads it, with its first action checked to be of the kind a test is
// about (typed as that kind), so a misreading fails with what it was read as.
import type { Action } from '../../main/contract/plan-actions';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';

export function readAction<K extends Action['kind']>(prompt: string, kind: K) {
  const r = readPrompt(prompt);
  const plan = r.plan!;
  const a = plan.actions[0]!;
  if (a.kind !== kind) throw new Error(`read as ${a.kind}, not a ${kind}`);
  return { r, plan, a: a as Extract<Action, { kind: K }> };
}
