// A park: a lawn (balls die on grass), trees, wind, and birds by day or crickets at night.
import { Biquad } from '../../audio/noise';
import { birds, crickets, noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { parkFacts } from './facts';
import { buildPark } from './build';
import { parkObstacles } from './trees';

export const parkSetting: SettingModule = {
  ...parkFacts,
  interior: 'court',
  light: { nightLamps: true, hemiGround: 0x5d7a3a },
  acoustics: { size: 1.0, feedback: 0.45, damping: 0.6, wet: 0.035 },
  build: (layout, env) => ({ group: buildPark(layout, env) }),
  obstacles: parkObstacles,
  ambience: (bus, { plan, seedFor, rand, durationSec }) => {
    const sr = bus.sampleRate;
    noiseBed(bus, seedFor('wind'), 0.007, () => [Biquad.lowpass(sr, 500), Biquad.highpass(sr, 60)], (t) => 0.7 + 0.3 * Math.sin(t * 0.5) * Math.sin(t * 1.3 + 2));
    if (plan.setting.timeOfDay === 'night') crickets(bus, rand, durationSec);
    else birds(bus, rand, durationSec);
  },
};
