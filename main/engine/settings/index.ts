// SETTINGS: the only list of places. The parser reads their words, the simulator their ground, the
// frames their build and light, the audio their acoustics and ambience. Setting modules never
// import this file.
import type { Setting } from '../../contract/scene-plan';
import { SETTINGS as SETTING_KINDS } from '../../contract/scene-plan';
import type { Ground } from '../physics/ground';
import { beachSetting } from './beach';
import { forestSetting } from './forest';
import { gymSetting } from './gym';
import { parkSetting } from './park';
import { roomSetting } from './room';
import { streetSetting } from './street';
import type { SettingKind, SettingModule } from './types';

export const SETTINGS: readonly SettingModule[] = [gymSetting, streetSetting, parkSetting, beachSetting, roomSetting, forestSetting];

const BY_KIND = new Map<SettingKind, SettingModule>(SETTINGS.map((m) => [m.kind, m]));

export function settingModule(kind: SettingKind): SettingModule {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No setting module for "${kind}".`);
  return found;
}

// The floor's physics in a setting.
export function groundFor(setting: Pick<Setting, 'kind'>): Ground {
  const { name: _name, footsteps: _footsteps, ...ground } = settingModule(setting.kind).ground;
  return ground;
}

export { SETTING_KINDS };
