// The elements' physics, by kind, for the simulator (no three.js here): each gives the trace events
// its element makes happen in a run (drops landing, waves breaking, splashes).
import type { ScenePlan } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import { elementKindsOf } from './facts';
import { rainEvents, rainRecap } from './rain/events';
import { surfEvents, surfRecap } from './surf/events';
import type { ElementKind, ElementRun } from './types';

const ELEMENT_EVENTS: Record<ElementKind, (run: ElementRun) => TraceEvent[]> = { rain: rainEvents, surf: surfEvents };

// What each element did, said from its events for the take's summary ("5 waves broke ...").
const ELEMENT_RECAPS: Record<ElementKind, (events: readonly TraceEvent[]) => string | null> = { rain: rainRecap, surf: surfRecap };

export function elementEvents(plan: ScenePlan, run: Omit<ElementRun, 'plan'>): TraceEvent[] {
  return elementKindsOf(plan.setting).flatMap((kind) => ELEMENT_EVENTS[kind]({ ...run, plan }));
}

export function elementRecaps(plan: ScenePlan, events: readonly TraceEvent[]): string[] {
  return elementKindsOf(plan.setting).flatMap((kind) => ELEMENT_RECAPS[kind](events) ?? []);
}
