// What the falls came to, for the take's card: each thing broke into so many pieces on what, or
// landed whole (on grass a glass often survives), or was still up when the clip ended.
import type { ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';

const SURFACE: Partial<Record<string, string>> = { ceramic: 'the tiles', glass: 'glass', metal: 'metal', wood: 'the floor', concrete: 'the hard ground' };

function fateOf(plan: ScenePlan, run: SceneRun, id: string, ground: SearchFacts['ground']): string {
  const e = plan.entities.find((x) => x.id === id);
  const label = e?.label ?? 'thing';
  const broke = run.events.find((ev) => ev.kind === 'break' && ev.object === id);
  if (broke?.kind === 'break') {
    const on = broke.against === ground.material ? `the ${ground.name}` : (SURFACE[broke.against] ?? 'something hard');
    return `The ${label} fell and shattered into ${broke.pieces} pieces on ${on}.`;
  }
  const final = run.final.get(id);
  const start = e?.position[1] ?? 0;
  if (final && final.position[1] < start - 0.3) return `The ${label} fell onto the ${ground.name} and did not break.`;
  return `The ${label} did not fall before the clip ended.`;
}

export function fallOutcome(plan: ScenePlan, ids: readonly string[]): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (run, search) => ({
    summary: ids.map((id) => fateOf(plan, run, id, search.ground)).join(' '),
    scored: null,
    rimContacts: 0,
    attempts: search.attempts,
    intentMatched: search.intentMatched,
  });
}
