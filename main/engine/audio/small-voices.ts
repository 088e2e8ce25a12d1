// The voices of small things whose ring their material's voice misses. A coin is a thin, stiff disc
// of metal 24 mm across: its modes sit far above a steel pole's (the metal voice's 0.5-4.6 kHz), and
// being light, the same impulse throws it about much faster, so much more of it goes into ringing.
// Voiced as a steel pole struck by 0.04 N*s, a coin landing on a table was a dull tick 26 dB under a
// ball's bounce (the clip's loudest moment -32 dBFS).
import type { Entity } from '../../contract/scene-plan';
import { objectModule } from '../objects';
import type { MaterialVoice } from './materials';

const m = (freq: number, t60: number, gain: number): MaterialVoice['modes'][number] => ({ freq, t60, gain });

// A coin's plate modes (2 and 3 nodal diameters, the first ring mode, and above), from a 24 mm,
// 1.8 mm cupronickel disc, tuned by ear against recordings of coins dropped on a table: a bright
// clink that rings on for half a second.
const VOICES_BY_FORM: Partial<Record<NonNullable<Entity['form']>, MaterialVoice>> = {
  coin: {
    modes: [m(3150, 0.55, 1), m(5400, 0.45, 0.8), m(7900, 0.32, 0.55), m(10600, 0.22, 0.35)],
    clickFreq: 7000, clickSec: 0.002, clickGain: 0.35, cutoff: 20000, resonance: 1,
  },
};

// The mass the impact loudness law was tuned on (kg: a ball's bounce).
const TUNED_KG = 0.6;
// A light thing never rings louder than this many times its material's voice.
const MOST_GAIN = 5;

// A thing's own voice, if it has one, and how much louder it rings for a given impulse than the
// loudness law says: an impulse p gives a body of mass m the energy p^2 / 2m, and loudness goes as
// energy to the 0.3 (materials.ts impactLoudness: impulse^0.6 at the tuned mass).
export function ownVoice(e: Entity | undefined): { voice: MaterialVoice; gain: number } | null {
  const voice = e?.kind === 'object' && e.form ? VOICES_BY_FORM[e.form] : undefined;
  if (!voice || !e?.form) return null;
  return { voice, gain: Math.min(MOST_GAIN, Math.pow(TUNED_KG / objectModule(e.form).massKg, 0.3)) };
}
