// What a tap came to, for the take's card: how long it ran and how deep the liquid stands.
import type { Action, ScenePlan } from '../../../contract/scene-plan';
import type { LiquidHook } from '../../liquids/scene-liquid';
import { ContainerShape } from '../../liquids/container';
import { objectModule } from '../../objects';
import type { OutcomeHook } from '../../simulate/schedule-types';

export function tapOutcome(plan: ScenePlan, action: Extract<Action, { kind: 'tap' }>, liquid: LiquidHook): OutcomeHook {
  return (run, search) => {
    const into = plan.entities.find((e) => e.id === action.into);
    const label = into?.label ?? 'container';
    const level = liquid.levelOf(action.into);
    const bottom = into?.form ? into.position[1] - new ContainerShape(objectModule(into.form)).heightM / 2 : 0;
    const mm = Number.isFinite(level) ? Math.round((level - bottom) * 1000) : 0;
    const drops = run.events.filter((e) => e.kind === 'drop').length;
    const depth = mm >= 10 ? `${Math.round(mm / 10)} cm` : `${mm} mm`;
    const summary = action.dripSec !== undefined
      ? `The tap dripped into the ${label}: ${drops} drop${drops === 1 ? '' : 's'} landed.`
      : mm > 0
        ? `The ${action.liquid} ran from the tap into the ${label} for ${(action.stopSec - action.startSec).toFixed(1)} s and stood ${depth} deep in it.`
        : `The ${action.liquid} did not reach the ${label} before the clip ended.`;
    return { summary, scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched };
  };
}
