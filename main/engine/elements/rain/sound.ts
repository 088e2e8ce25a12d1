// How rain sounds: each heard drop a tick whose colour is what it hits (a bright crack on concrete,
// a hollow tock on wood, a dull pat on cloth, grass or sand, a rustle on leaves, a rising bubble
// "plink" in water, the Minnaert resonance of the air the drop traps); and under them a bed, the
// same drops farther away, its level set by the flux.
import type { TraceEvent } from '../../../contract/world-trace-types';
import { noiseBed } from '../../audio/ambience-beds';
import { addChirp, addMode, addNoiseBurst, type StereoBus } from '../../audio/bus';
import { Biquad, type Rand } from '../../audio/noise';
import type { Placement } from '../../audio/spatial';
import { deriveSeed } from '../../seeded-random';
import { dropFlux, RAIN_RATE_MPS } from './physics';

type Drop = Extract<TraceEvent, { kind: 'drop' }>;

// Tick colour per surface: noise band centre (Hz), length (s), level, and a ring (wood, metal, glass).
const TICKS: Record<Drop['material'], { band: number; sec: number; amp: number; ring?: number }> = {
  concrete: { band: 5200, sec: 0.012, amp: 0.05 },
  wood: { band: 1800, sec: 0.02, amp: 0.05, ring: 900 },
  metal: { band: 6000, sec: 0.03, amp: 0.05, ring: 3100 },
  glass: { band: 6500, sec: 0.02, amp: 0.04, ring: 4200 },
  ceramic: { band: 5000, sec: 0.02, amp: 0.04, ring: 3600 },
  ice: { band: 6000, sec: 0.01, amp: 0.04 },
  plastic: { band: 3500, sec: 0.012, amp: 0.04 },
  rubber: { band: 1500, sec: 0.01, amp: 0.03 },
  leather: { band: 1800, sec: 0.012, amp: 0.03 },
  cloth: { band: 1200, sec: 0.015, amp: 0.03 },
  flesh: { band: 1400, sec: 0.012, amp: 0.03 },
  leaves: { band: 3000, sec: 0.035, amp: 0.04 },
  water: { band: 2500, sec: 0.008, amp: 0.02 },
};

export function addDrop(bus: StereoBus, ev: Drop, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const tick = TICKS[ev.material];
  const amp = tick.amp * (0.5 + rand());
  addNoiseBurst(bus, ev.t, tick.sec, 0.0005, amp, [Biquad.bandpass(sr, tick.band * (0.8 + 0.4 * rand()), 1.2)], rand, at.gl, at.gr);
  if (tick.ring) addMode(bus, ev.t, tick.ring * (0.9 + 0.2 * rand()), 0.05, amp * 0.3, at.gl, at.gr);
  // In water the drop traps a bubble that rings up in pitch as it closes (1-3 kHz for rain).
  if (ev.material === 'water') {
    const f0 = 1200 + 1500 * rand();
    addChirp(bus, ev.t + 0.004, 0.03, f0, f0 * 1.5, amp * 0.8, 0, 0, 0, at.gl, at.gr);
  }
}

// The bed: broadband hiss with a soft low body, louder the more rain falls (relative to 4 mm/h).
export function rainBed(bus: StereoBus, seed: number, rateMps = RAIN_RATE_MPS): void {
  const sr = bus.sampleRate;
  const level = 0.03 * Math.sqrt(dropFlux(rateMps) / dropFlux());
  noiseBed(bus, deriveSeed(seed, 'rain-hiss'), level, () => [Biquad.highpass(sr, 1500), Biquad.lowpass(sr, 9000)], (t) => 1 + 0.08 * Math.sin(t * 1.3));
  noiseBed(bus, deriveSeed(seed, 'rain-body'), level * 0.5, () => [Biquad.bandpass(sr, 500, 0.5)], (t) => 1 + 0.1 * Math.sin(t * 0.7 + 2));
}
