// What a pour came to, for the take's card: how much reached the glass and how high it stands.
import type { Action, ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import { ContainerShape } from '../../liquids/container';
import { restingFill } from '../../liquids/resting';
import type { LiquidHook } from '../../liquids/scene-liquid';
import { objectModule } from '../../objects';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';

export function pourOutcome(plan: ScenePlan, action: Extract<Action, { kind: 'pour' }>, liquid: LiquidHook): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (_run, search) => {
    const label = (id: string): string => plan.entities.find((e) => e.id === id)?.label ?? 'container';
    const into = plan.entities.find((e) => e.id === action.into);
    const level = liquid.levelOf(action.into);
    const bottom = into ? into.position[1] - (into.size[1] ?? 0.06) : 0;
    const cm = Number.isFinite(level) ? Math.round((level - bottom) * 100) : 0;
    // Into another liquid ("pours milk into a cup of coffee"), the level counts what stood there: the
    // pour raised it from that one.
    const before = restingCm(plan, action);
    const summary = cm > before
      ? `The ${action.from.liquid} poured from the ${label(action.from.in)} into the ${label(action.into)} and ${before > 0 ? `raised the ${plan.stillLiquid?.liquid ?? 'liquid'} in it from about ${before} cm to about ${cm} cm` : `filled it to about ${cm} cm`}.`
      : `The ${action.from.liquid} did not reach the ${label(action.into)} before the clip ended.`;
    return { summary, scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched };
  };
}

// How high (cm above the vessel's bottom) another liquid stood in the pour's target at the start, or 0.
function restingCm(plan: ScenePlan, action: Extract<Action, { kind: 'pour' }>): number {
  const fill = restingFill(plan, action.into, action.from.liquid);
  const into = plan.entities.find((e) => e.id === action.into);
  if (!fill || !into?.form) return 0;
  const s = new ContainerShape(objectModule(into.form));
  return Math.round((s.floorM + fill.fill * (s.heightM - s.floorM)) * 100);
}
