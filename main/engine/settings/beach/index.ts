// A beach: loose sand (a ball ploughs a groove and stops within a metre or two) and the sea, whose
// surf (elements/surf/, always on a beach) is heard from its own breaking and washing events.
import { birds } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { beachFacts } from './facts';
import { buildBeach } from './build';

export const beachSetting: SettingModule = {
  ...beachFacts,
  interior: 'court',
  // The sun sets over the sea, a little to one side of the view out to sea and low enough to be in
  // frame, so its glitter path lies on the water below it (a face turned along the beach is still
  // lit from ahead: it is 18 degrees round from straight ahead of the camera).
  light: { hemiGround: 0xc9b38a, skyNadirDay: 0x2f6f95, skyNadirSunset: 0x3a4a6a, sunsetSun: { elevationDeg: 7, azimuthDeg: 162 } },
  acoustics: { size: 1.0, feedback: 0.45, damping: 0.6, wet: 0.035 },
  build: (layout, env, clip) => buildBeach(layout, env, clip),
  ambience: (bus, { plan, rand, durationSec }) => {
    if (plan.setting.timeOfDay !== 'night') birds(bus, rand, durationSec * 0.5);
  },
};
