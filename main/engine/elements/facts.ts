// ELEMENT_FACTS: every element's words and places, in the same order as ELEMENTS (elements/index.ts),
// for the parser, which must not load how elements look or sound.
import type { Setting } from '../../contract/scene-plan';
import type { ElementFacts, ElementKind } from './types';
import { rainFacts } from './rain/facts';
import { surfFacts } from './surf/facts';

export const ELEMENT_FACTS: readonly ElementFacts[] = [rainFacts, surfFacts];

const BY_KIND = new Map<ElementKind, ElementFacts>(ELEMENT_FACTS.map((f) => [f.kind, f]));

export function elementFacts(kind: ElementKind): ElementFacts {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No element module for "${kind}".`);
  return found;
}

// The elements a scene has: those its plan lists, and those its place always has (a beach's surf,
// also for plans made before elements were listed).
export function elementKindsOf(setting: { kind: Setting['kind']; elements?: readonly ElementKind[] }): ElementKind[] {
  return ELEMENT_FACTS.filter((f) => setting.elements?.includes(f.kind) || f.always === setting.kind).map((f) => f.kind);
}
