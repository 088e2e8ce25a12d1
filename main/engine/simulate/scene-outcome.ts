// Assembles the trace's outcome block from a finished run: the action's own account when it has one
// (a shot), else what the balls and boxes did and what the people did.
import type { ScenePlan } from '../../contract/scene-plan';
import type { Entity, WorldTrace } from '../../contract/world-trace-types';
import { ACTIONS } from '../actions';
import { sceneSummary } from './outcome';
import type { Schedule } from './schedule';
import type { SearchFacts } from './schedule-types';
import type { SceneRun } from './scene-run';

// People's own lines come first when nothing else moved ("A calm scene" says nothing useful then).
function withRecaps(summary: string, recaps: readonly string[]): string {
  if (recaps.length === 0) return summary;
  return summary.startsWith('A calm scene') || summary.startsWith('A still scene') ? recaps.join(' ') : `${recaps.join(' ')} ${summary}`;
}

// A box counts as knocked over when it slid or tipped clearly (more than 15 cm or 25 degrees).
function knocked(e: Entity, final: SceneRun['final']): boolean {
  const f = final.get(e.id);
  if (!f) return false;
  const moved = Math.hypot(f.position[0] - e.position[0], f.position[1] - e.position[1], f.position[2] - e.position[2]);
  const tilt = 2 * Math.acos(Math.min(Math.abs(f.rotation[3]), 1));
  return moved > 0.15 || tilt > (25 * Math.PI) / 180;
}

// What each person said, quoted as the card tells it ("The man said "hello there"."): lines are
// spoken whatever else a person does, so they are told whatever the action's own recap says.
function saidLines(plan: ScenePlan): string[] {
  const byActor = new Map<string, string[]>();
  for (const line of plan.dialogue) {
    if (!line.actor || line.atSec >= plan.format.durationSec) continue;
    byActor.set(line.actor, [...(byActor.get(line.actor) ?? []), `"${line.text}"`]);
  }
  return [...byActor].map(([actor, lines]) => {
    const label = plan.entities.find((e) => e.id === actor)?.label ?? 'person';
    const who = label.startsWith('@') ? label : `The ${label}`;
    return `${who} said ${lines.length > 1 ? `${lines.slice(0, -1).join(', ')} and ${lines.at(-1) ?? ''}` : lines[0]}.`;
  });
}

export function outcomeOf(
  plan: ScenePlan,
  schedule: Schedule,
  run: SceneRun,
  search: SearchFacts,
  // What the place's elements did (rain, waves), told after the people and things.
  elementLines: readonly string[] = [],
  // What went into the sea with a splash (the surf's events).
  splashed: ReadonlySet<string> = new Set(),
): WorldTrace['outcome'] {
  const said = saidLines(plan);
  if (schedule.outcome) {
    const own = schedule.outcome(run, search);
    return said.length > 0 ? { ...own, summary: `${said.join(' ')} ${own.summary}` } : own;
  }
  const recaps = schedule.tracks.flatMap((track) => {
    const module = ACTIONS.find((m) => m.pose?.animations.includes(track.animation));
    const label = plan.entities.find((e) => e.id === track.entityId)?.label ?? 'person';
    const line = module?.recap?.(track, label, plan.format.durationSec);
    return line ? [line] : [];
  });
  const controlled = new Set([...schedule.controls.map((c) => c.entity.id), ...schedule.struck.map((b) => b.id)]);
  const movingBalls = plan.entities.filter((e) => e.kind === 'ball' && controlled.has(e.id));
  const stillMoving = new Set([...run.final.entries()].filter(([, f]) => f.speed > 0.05).map(([id]) => id));
  return {
    summary: withRecaps(sceneSummary({
      plan,
      impacts: run.impacts,
      movingBalls,
      stillMoving,
      boxesKnocked: plan.entities.filter((e) => e.kind === 'box' && knocked(e, run.final)).length,
      splashed,
    }), [...said, ...recaps, ...elementLines]),
    scored: null,
    rimContacts: 0,
    attempts: search.attempts,
    intentMatched: search.intentMatched,
  };
}
