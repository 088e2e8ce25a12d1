// ELEMENTS: the only list of the world's elements (rain, surf). The simulator asks them for their
// events, the frames for their drawables, the audio for their beds; the parser reads the same
// modules' facts through facts.ts.
import type { Setting } from '../../contract/scene-plan';
import { elementKindsOf } from './facts';
import type { ElementKind, ElementModule } from './types';
import { rainElement } from './rain';
import { surfElement } from './surf';

export const ELEMENTS: readonly ElementModule[] = [rainElement, surfElement];

const BY_KIND = new Map<ElementKind, ElementModule>(ELEMENTS.map((m) => [m.kind, m]));

export function elementModule(kind: ElementKind): ElementModule {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No element module for "${kind}".`);
  return found;
}

export const elementsOf = (plan: { setting: Setting }): ElementModule[] => elementKindsOf(plan.setting).map(elementModule);
