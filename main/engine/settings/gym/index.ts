// A gym: a sprung wooden floor, a regulation court around the hoop, a long bright reverb, and the
// low tone and air of a big hall.
import { Biquad } from '../../audio/noise';
import { hum, noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { gymFacts } from './facts';
import { buildGym } from './build';

export const gymSetting: SettingModule = {
  ...gymFacts,
  interior: 'court',
  light: { hemiGround: 0xa87a4f, keyIntensity: 2.3, haze: true },
  acoustics: { size: 1.6, feedback: 0.86, damping: 0.25, wet: 0.3 },
  build: (layout, env) => ({ group: buildGym(layout, env) }),
  ambience: (bus, { seedFor }) => {
    const sr = bus.sampleRate;
    noiseBed(bus, seedFor('tone'), 0.006, () => [Biquad.lowpass(sr, 220), Biquad.highpass(sr, 30)], (t) => 1 + 0.1 * Math.sin(t * 0.7));
    noiseBed(bus, seedFor('air'), 0.0012, () => [Biquad.bandpass(sr, 1800, 0.5)], () => 1);
    hum(bus, 120, 0.0012);
  },
};
