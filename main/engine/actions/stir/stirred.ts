import type { Action, ScenePlan } from '../../../contract/scene-plan';

// What is stirred, said whole: after a pour of another liquid into the cup it holds, both ("the
// coffee and milk").
export function stirredLiquids(action: Extract<Action, { kind: 'stir' }>, plan: ScenePlan): string {
  const poured = action.takesSpoon ? plan.actions.find((a) => a.kind === 'pour' && a.into === action.in.in) : undefined;
  const other = poured?.kind === 'pour' && poured.from.liquid !== action.in.liquid ? poured.from.liquid : null;
  return other ? `${action.in.liquid} and ${other}` : action.in.liquid;
}
