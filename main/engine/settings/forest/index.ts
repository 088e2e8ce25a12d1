// A forest: soft ground of leaf litter (footsteps crackle on it), trees all around, dappled light,
// and an ambience that changes over time: wind in gusts, leaves rustling with them, songbirds.
import type { SettingModule } from '../types';
import { forestFacts } from './facts';
import { forestAmbience } from './ambience';
import { buildForest } from './build';

export const forestSetting: SettingModule = {
  ...forestFacts,
  interior: null,
  light: { hemiGround: 0x4a5a2a, skyNadirDay: 0x5d7a45, skyNadirSunset: 0x5a4a3a },
  acoustics: { size: 1.0, feedback: 0.5, damping: 0.65, wet: 0.05 },
  build: (layout, env) => ({ group: buildForest(layout, env) }),
  ambience: forestAmbience,
};
