// What a pour came to, for the take's card: how much reached the glass and how high it stands.
import type { Action, ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { LiquidHook } from '../../liquids/scene-liquid';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';

export function pourOutcome(plan: ScenePlan, action: Extract<Action, { kind: 'pour' }>, liquid: LiquidHook): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (_run, search) => {
    const label = (id: string): string => plan.entities.find((e) => e.id === id)?.label ?? 'container';
    const into = plan.entities.find((e) => e.id === action.into);
    const level = liquid.levelOf(action.into);
    const bottom = into ? into.position[1] - (into.size[1] ?? 0.06) : 0;
    const cm = Number.isFinite(level) ? Math.round((level - bottom) * 100) : 0;
    const summary = cm > 0
      ? `The ${action.from.liquid} poured from the ${label(action.from.in)} into the ${label(action.into)} and filled it to about ${cm} cm.`
      : `The ${action.from.liquid} did not reach the ${label(action.into)} before the clip ended.`;
    return { summary, scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched };
  };
}
