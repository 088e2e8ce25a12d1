// What a stir came to, for the take's card: how fast the liquid turned at most and at the end.
import type { Action, ScenePlan } from '../../../contract/scene-plan';
import type { OutcomeHook } from '../../simulate/schedule-types';
import { doer } from '../shared/own-hand';
import type { StirHook } from './stir-hook';
import { stirredLiquids } from './stirred';

const turns = (radPerSec: number): string => (Math.abs(radPerSec) / (2 * Math.PI)).toFixed(1);

export function stirOutcome(plan: ScenePlan, action: Extract<Action, { kind: 'stir' }>, hook: StirHook): OutcomeHook {
  return (_run, search) => {
    const cup = plan.entities.find((e) => e.id === action.in.in)?.label ?? 'cup';
    const who = doer(plan.entities, action.by);
    const what = stirredLiquids(action, plan);
    const peak = hook.swirl.reduce((m, s) => Math.max(m, s.radPerSec), 0);
    const end = hook.swirl[hook.swirl.length - 1]?.radPerSec ?? 0;
    const summary = peak > 0.3
      ? `${who} stirred the ${what} in the ${cup} with a spoon: it turned at up to ${turns(peak)} turns a second, and ${turns(end)} when the clip ended.`
      : `${who} stirred the ${what} in the ${cup} with a spoon, but it hardly turned.`;
    return { summary, scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched };
  };
}
