// The elements' physics, by kind, for the simulator (no three.js here): each gives the trace events
// its element makes happen in a run (drops landing, waves breaking, splashes).
import type { ScenePlan } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import { elementKindsOf } from './facts';
import { rainEvents, rainRecap } from './rain/events';
import { surfEvents, surfHides, surfRecap } from './surf/events';
import type { ElementKind, ElementRun } from './types';

const ELEMENT_EVENTS: Record<ElementKind, (run: ElementRun) => TraceEvent[]> = { rain: rainEvents, surf: surfEvents };

// What each element did, said from its events for the take's summary ("5 waves broke ...").
const ELEMENT_RECAPS: Record<ElementKind, (events: readonly TraceEvent[]) => string | null> = { rain: rainRecap, surf: surfRecap };

export function elementEvents(plan: ScenePlan, run: Omit<ElementRun, 'plan'>): TraceEvent[] {
  return elementKindsOf(plan.setting).flatMap((kind) => ELEMENT_EVENTS[kind]({ ...run, plan }));
}

// Events of the simulated run an element hides (a thing resting under the sea is not heard on sand).
const ELEMENT_HIDES: Partial<Record<ElementKind, (run: ElementRun) => (ev: TraceEvent) => boolean>> = { surf: surfHides };

export function hiddenByElements(plan: ScenePlan, run: Omit<ElementRun, 'plan'>): (ev: TraceEvent) => boolean {
  const hides = elementKindsOf(plan.setting).flatMap((kind) => ELEMENT_HIDES[kind]?.({ ...run, plan }) ?? []);
  return (ev) => hides.some((hidden) => hidden(ev));
}

export function elementRecaps(plan: ScenePlan, events: readonly TraceEvent[]): string[] {
  return elementKindsOf(plan.setting).flatMap((kind) => ELEMENT_RECAPS[kind](events) ?? []);
}

// The things that went into the water with a splash.
export function splashedIn(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.kind === 'splash' ? [e.object] : [])));
}
