// What became of the things put into the liquid, for the take's card: each floated (with how much
// of it under the surface) or sank to the bottom.
import type { Action, ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import { liquidFacts } from '../../liquids/catalog';
import { thingVolume } from '../../liquids/floaters';
import type { LiquidHook } from '../../liquids/scene-liquid';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';

export function immerseOutcome(plan: ScenePlan, action: Extract<Action, { kind: 'immerse' }>, liquid: LiquidHook): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (run, search) => {
    const level = liquid.levelOf(action.into.in);
    const fates = action.objects.map((id) => {
      const e = plan.entities.find((x) => x.id === id);
      const label = e?.label ?? 'thing';
      const p = run.final.get(id)?.position;
      if (!e || !p || !Number.isFinite(level)) return `The ${label} did not reach the ${action.into.liquid}.`;
      const half = e.kind === 'object' ? (e.size[1] ?? 0.04) : e.kind === 'box' ? (e.size[1] ?? 0.05) : (e.size[0] ?? 0.05);
      const under = Math.min(1, Math.max(0, (level - (p[1] - half)) / (2 * half)));
      if (under >= 0.98 || e.mass / thingVolume(e) > liquidFacts(action.into.liquid).densityKgM3) return `The ${label} sank to the bottom.`;
      return `The ${label} floated with about ${Math.round(under * 100)}% of it under the surface.`;
    });
    return { summary: fates.join(' '), scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched };
  };
}
