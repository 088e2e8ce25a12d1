// A beach: loose sand (a ball ploughs a groove and stops within a metre or two), the sea, and the
// wash of waves every seven seconds with the hiss of water drawing back.
import { Biquad } from '../../audio/noise';
import { birds, noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { beachFacts } from './facts';
import { buildBeach } from './build';

export const beachSetting: SettingModule = {
  ...beachFacts,
  interior: 'court',
  light: { hemiGround: 0xc9b38a, skyNadirDay: 0x2f6f95, skyNadirSunset: 0x3a4a6a },
  acoustics: { size: 1.0, feedback: 0.45, damping: 0.6, wet: 0.035 },
  build: (layout, env) => buildBeach(layout, env),
  ambience: (bus, { plan, seedFor, rand, durationSec }) => {
    const sr = bus.sampleRate;
    noiseBed(bus, seedFor('waves'), 0.022, () => [Biquad.lowpass(sr, 1200), Biquad.highpass(sr, 80)], (t) => {
      const ph = (t / 7 + 0.3) % 1;
      return 0.25 + 0.75 * Math.pow(Math.sin(Math.PI * ph), 3);
    });
    noiseBed(bus, seedFor('hiss'), 0.004, () => [Biquad.highpass(sr, 3000)], (t) => 0.4 + 0.6 * Math.pow(Math.sin(Math.PI * ((t / 7 + 0.1) % 1)), 2));
    if (plan.setting.timeOfDay !== 'night') birds(bus, rand, durationSec * 0.5);
  },
};
