// How each material sounds when struck: a few resonant modes (frequency, time to decay by 60 dB,
// relative gain), how bright its attack click is, and how stiff it is. Numbers are hand-tuned from
// recordings' spectra: metal rings with inharmonic partials for a second or more; glass is bright and
// shorter; wood and concrete thump; rubber, cloth and flesh are dull and damped.
import type { Material } from '../../contract/scene-plan';

export interface Mode {
  freq: number;
  t60: number;
  gain: number;
}

export interface MaterialVoice {
  modes: Mode[];
  // Centre frequency and length (s) of the broadband click at the moment of contact.
  clickFreq: number;
  clickSec: number;
  clickGain: number;
  // Contact stiffness expressed as the frequency above which a hit on this material excites little:
  // a soft object stays in contact longer, which low-passes the excitation of both bodies.
  cutoff: number;
  // How much this body rings at all (a hollow metal rim: a lot; sand: nothing).
  resonance: number;
}

const m = (freq: number, t60: number, gain: number): Mode => ({ freq, t60, gain });

export const VOICES: Record<Material, MaterialVoice> = {
  // Steel tube / pole: inharmonic partials from ~500 Hz to ~5 kHz with long decays; the clang of a
  // rim is carried by the 1-3 kHz partials, so those get the most weight.
  metal: {
    modes: [m(520, 1.3, 0.7), m(1240, 1.1, 1), m(1935, 0.9, 0.8), m(2710, 0.7, 0.6), m(3580, 0.55, 0.42), m(4620, 0.4, 0.28)],
    clickFreq: 5000, clickSec: 0.004, clickGain: 0.35, cutoff: 9000, resonance: 1,
  },
  glass: {
    modes: [m(780, 0.45, 1), m(1870, 0.32, 0.7), m(3130, 0.22, 0.5), m(4690, 0.15, 0.32)],
    clickFreq: 4200, clickSec: 0.005, clickGain: 0.45, cutoff: 8000, resonance: 0.8,
  },
  wood: {
    modes: [m(96, 0.12, 1), m(184, 0.09, 0.7), m(312, 0.07, 0.45), m(520, 0.05, 0.25)],
    clickFreq: 1600, clickSec: 0.006, clickGain: 0.4, cutoff: 3200, resonance: 0.8,
  },
  concrete: {
    modes: [m(72, 0.06, 1), m(146, 0.045, 0.6), m(265, 0.03, 0.35)],
    clickFreq: 2400, clickSec: 0.008, clickGain: 0.6, cutoff: 4500, resonance: 0.5,
  },
  // An inflated leather ball: the shell/cavity "boing" around 150-400 Hz.
  leather: {
    modes: [m(165, 0.2, 1), m(248, 0.14, 0.7), m(392, 0.08, 0.4), m(715, 0.05, 0.2)],
    clickFreq: 1200, clickSec: 0.005, clickGain: 0.3, cutoff: 2200, resonance: 0.9,
  },
  rubber: {
    modes: [m(210, 0.07, 1), m(430, 0.05, 0.5), m(690, 0.03, 0.25)],
    clickFreq: 900, clickSec: 0.006, clickGain: 0.3, cutoff: 1500, resonance: 0.6,
  },
  plastic: {
    modes: [m(430, 0.1, 1), m(990, 0.07, 0.6), m(1760, 0.05, 0.4), m(2900, 0.035, 0.22)],
    clickFreq: 3000, clickSec: 0.004, clickGain: 0.45, cutoff: 3800, resonance: 0.7,
  },
  // Also stands in for grass and sand (the simulator maps soft ground to 'cloth').
  cloth: {
    modes: [m(60, 0.035, 1), m(118, 0.025, 0.4)],
    clickFreq: 700, clickSec: 0.012, clickGain: 0.45, cutoff: 600, resonance: 0.25,
  },
  // Glazed stoneware and porcelain: a short, bright clack, lower and drier than glass.
  ceramic: {
    modes: [m(640, 0.18, 1), m(1520, 0.12, 0.65), m(2650, 0.08, 0.45), m(3900, 0.05, 0.3)],
    clickFreq: 3400, clickSec: 0.004, clickGain: 0.5, cutoff: 7000, resonance: 0.6,
  },
  flesh: {
    modes: [m(110, 0.05, 1), m(240, 0.035, 0.45)],
    clickFreq: 800, clickSec: 0.008, clickGain: 0.35, cutoff: 800, resonance: 0.35,
  },
  // An ice cube: small, stiff and solid, its own modes far above hearing, so it is a hard bright
  // click that barely rings; the clink is the glass it strikes.
  ice: {
    modes: [m(2600, 0.03, 1), m(4800, 0.02, 0.45)],
    clickFreq: 5200, clickSec: 0.003, clickGain: 0.55, cutoff: 9000, resonance: 0.3,
  },
};

// Perceptual loudness of an impact from its impulse (N*s): roughly Stevens' power law on the
// energy, clamped so a grazing touch is still faintly audible and a crash does not dominate.
export function impactLoudness(impulse: number): number {
  const i = Math.max(0, impulse);
  return Math.min(1, Math.max(0.015, 0.22 * Math.pow(i, 0.6)));
}
