// A room: a wooden floor, walls fitted around the action, a short reverb and a quiet mains hum.
import { Biquad } from '../../audio/noise';
import { hum, noiseBed } from '../../audio/ambience-beds';
import type { SettingModule } from '../types';
import { roomFacts } from './facts';
import { buildRoom } from './build';

export const roomSetting: SettingModule = {
  ...roomFacts,
  interior: 'room',
  light: { hemiGround: 0x8a7560, keyIntensity: 1.9 },
  acoustics: { size: 0.55, feedback: 0.7, damping: 0.45, wet: 0.12 },
  build: (layout, env) => ({ group: buildRoom(layout, env) }),
  ambience: (bus, { seedFor }) => {
    const sr = bus.sampleRate;
    noiseBed(bus, seedFor('tone'), 0.0025, () => [Biquad.lowpass(sr, 300), Biquad.highpass(sr, 40)], () => 1);
    hum(bus, 50, 0.0005);
  },
};
