// The sound of something breaking, at the moment it breaks: a sharp crack, then a shower of small
// ringing fragments (glass rings high and long, ceramic lower and drier), densest at once and
// thinning over a tenth of a second. The pieces' own landings that follow are ordinary contacts.
import type { Material } from '../../contract/scene-plan';
import { addMode, addNoiseBurst, type StereoBus } from './bus';
import { impactLoudness } from './materials';
import { Biquad, type Rand } from './noise';
import type { Placement } from './spatial';

interface Shatter {
  // Band of the fragments' ringing (Hz), how long they ring (t60, s), and the crack's centre (Hz).
  lowHz: number;
  highHz: number;
  ringSec: [number, number];
  crackHz: number;
  fragments: number;
}

const GLASS: Shatter = { lowHz: 2400, highHz: 9500, ringSec: [0.05, 0.28], crackHz: 5200, fragments: 46 };
const CERAMIC: Shatter = { lowHz: 1100, highHz: 5200, ringSec: [0.02, 0.1], crackHz: 2600, fragments: 34 };

const shatterOf = (material: Material): Shatter => (material === 'glass' ? GLASS : CERAMIC);

// Mix level of a break, against a firm ball bounce (voices.ts EVENT_GAIN).
const BREAK_GAIN = 1.4;

export function addBreak(bus: StereoBus, t: number, material: Material, impulse: number, at: Placement, rand: Rand): void {
  const s = shatterOf(material);
  const loud = impactLoudness(impulse) * BREAK_GAIN;
  const sr = bus.sampleRate;
  addNoiseBurst(bus, t, 0.03, 0.0005, loud * 0.9, [Biquad.bandpass(sr, s.crackHz, 0.7)], rand, at.gl, at.gr);
  addNoiseBurst(bus, t, 0.12, 0.002, loud * 0.25, [Biquad.highpass(sr, s.lowHz)], rand, at.gl, at.gr);
  for (let i = 0; i < s.fragments; i++) {
    // Most fragments ring at once; fewer and quieter ones as the pieces separate.
    const delay = -Math.log(1 - rand() * 0.98) * 0.03;
    const freq = s.lowHz * Math.pow(s.highHz / s.lowHz, rand());
    const ring = s.ringSec[0] + (s.ringSec[1] - s.ringSec[0]) * rand();
    const amp = (loud * 0.22 * (0.3 + rand())) / Math.sqrt(1 + delay * 60);
    const pan = (rand() - 0.5) * 0.3;
    addMode(bus, t + delay, freq, ring, amp, at.gl * (1 - pan), at.gr * (1 + pan));
  }
}
