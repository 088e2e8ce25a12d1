// SETTING_FACTS: every place's words and ground, in the same order as SETTINGS (settings/index.ts),
// for the code that must not load how places look or sound: the parser and the simulator.
import type { Setting } from '../../contract/scene-plan';
import type { Ground } from '../physics/ground';
import { beachFacts } from './beach/facts';
import type { SettingFacts, SettingKind } from './facts-types';
import { forestFacts } from './forest/facts';
import { gymFacts } from './gym/facts';
import { kitchenFacts } from './kitchen/facts';
import { parkFacts } from './park/facts';
import { roomFacts } from './room/facts';
import { streetFacts } from './street/facts';

export const SETTING_FACTS: readonly SettingFacts[] = [gymFacts, streetFacts, parkFacts, beachFacts, roomFacts, forestFacts, kitchenFacts];

const BY_KIND = new Map<SettingKind, SettingFacts>(SETTING_FACTS.map((f) => [f.kind, f]));

export function settingFacts(kind: SettingKind): SettingFacts {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No setting module for "${kind}".`);
  return found;
}

// The floor's physics in a setting.
export function groundFor(setting: Pick<Setting, 'kind'>): Ground {
  const { name: _name, footsteps: _footsteps, ...ground } = settingFacts(setting.kind).ground;
  return ground;
}
