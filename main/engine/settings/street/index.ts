// A street: asphalt, buildings whose walls give a hint of reflections, traffic rumble and a car
// passing behind the action (by day; at night it is quiet).
import { addNoiseBurst } from '../../audio/bus';
import { Biquad, equalPower } from '../../audio/noise';
import { noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { streetFacts } from './facts';
import { buildStreet } from './build';

export const streetSetting: SettingModule = {
  ...streetFacts,
  interior: 'court',
  light: { nightLamps: true, hemiGround: 0x7a746c },
  acoustics: { size: 1.2, feedback: 0.6, damping: 0.4, wet: 0.08 },
  build: (layout, env) => ({ group: buildStreet(layout, env) }),
  ambience: (bus, { plan, seedFor, rand, durationSec }) => {
    const sr = bus.sampleRate;
    // At night the street is quiet: a far, softer rumble and no car going by.
    const night = plan.setting.timeOfDay === 'night';
    noiseBed(bus, seedFor('rumble'), night ? 0.006 : 0.014, () => [Biquad.lowpass(sr, 140), Biquad.highpass(sr, 25)], (t) => 1 + 0.25 * Math.sin(t * 0.9 + 1));
    noiseBed(bus, seedFor('city'), 0.003, () => [Biquad.bandpass(sr, 900, 0.4)], () => 1);
    if (night) return;
    // A car passing behind the action, left to right.
    const start = rand() * Math.max(0.1, durationSec - 3);
    const steps = 8;
    for (let i = 0; i < steps; i++) {
      const [gl, gr] = equalPower(-0.9 + (1.8 * i) / (steps - 1));
      const swell = Math.sin((Math.PI * (i + 0.5)) / steps);
      addNoiseBurst(bus, start + i * 0.3, 0.6, 0.25, 0.06 * swell, [Biquad.lowpass(sr, 600), Biquad.highpass(sr, 60)], rand, gl, gr);
    }
  },
};
