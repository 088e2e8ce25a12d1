// SETTINGS: the only list of places. The frames read their build and light, the audio their
// acoustics and ambience; the parser and simulator read the same modules' facts through facts.ts
// (no three.js there). Setting modules never import this file.
import { SETTINGS as SETTING_KINDS } from '../../contract/scene-plan';
import { beachSetting } from './beach';
import { forestSetting } from './forest';
import { gymSetting } from './gym';
import { kitchenSetting } from './kitchen';
import { parkSetting } from './park';
import { roomSetting } from './room';
import { streetSetting } from './street';
import type { SettingKind, SettingModule } from './types';

export const SETTINGS: readonly SettingModule[] = [gymSetting, streetSetting, parkSetting, beachSetting, roomSetting, forestSetting, kitchenSetting];

const BY_KIND = new Map<SettingKind, SettingModule>(SETTINGS.map((m) => [m.kind, m]));

export function settingModule(kind: SettingKind): SettingModule {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No setting module for "${kind}".`);
  return found;
}

export { SETTING_KINDS };
