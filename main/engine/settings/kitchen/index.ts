// A kitchen: a tiled floor, counters and cabinets along the back wall with a sink under the window,
// a fridge; hard surfaces, so a brighter, slightly longer reverb than a living room; a fridge's hum.
import { Biquad } from '../../audio/noise';
import { hum, noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { kitchenFacts } from './facts';
import { buildKitchen } from './build';

export const kitchenSetting: SettingModule = {
  ...kitchenFacts,
  interior: 'room',
  light: { hemiGround: 0x9a8f80, keyIntensity: 2.0 },
  acoustics: { size: 0.5, feedback: 0.74, damping: 0.3, wet: 0.15 },
  build: (layout, env) => ({ group: buildKitchen(layout, env) }),
  ambience: (bus, { seedFor }) => {
    const sr = bus.sampleRate;
    noiseBed(bus, seedFor('tone'), 0.0025, () => [Biquad.lowpass(sr, 300), Biquad.highpass(sr, 40)], () => 1);
    // The fridge's compressor (hum adds its overtones).
    hum(bus, 50, 0.0012);
  },
};
