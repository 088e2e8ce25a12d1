// How stirring sounds: the spoon's bowl drawn through the liquid sheds small eddies, a soft
// swish whose loudness follows the bowl's speed (as speed^1.5, the way flow noise from a moving body
// grows) and whose brightness rises with it, with a slow slosh as the surface rocks. The clinks on
// the cup's wall are the trace's contacts (metal on the cup), heard as impacts.
import type { TraceEvent } from '../../contract/world-trace-types';
import { type StereoBus } from '../audio/bus';
import { Biquad, white, type Rand } from '../audio/noise';
import { sampledAt } from '../audio/sampled';
import type { Placement } from '../audio/spatial';

type Stir = Extract<TraceEvent, { kind: 'stir' }>;

// The swish's level at REF_SPEED (m/s): a teaspoon stirred briskly is soft: its clinks on the wall stand well out of it.
const SWISH_GAIN = 0.02;
const REF_SPEED = 0.2;
const MAX_LEVEL = 3;
const BLOCK = 64;
const FADE_SEC = 0.05;

export function swishLevel(speed: number): number {
  return SWISH_GAIN * Math.min(MAX_LEVEL, Math.pow(Math.max(0, speed) / REF_SPEED, 1.5));
}

export function addStir(bus: StereoBus, ev: Stir, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(ev.t * sr));
  const len = Math.min(bus.length - n0, Math.ceil(ev.durationSec * sr));
  if (len <= 0) return;
  const band = new Biquad();
  const low = Biquad.bandpass(sr, 180, 0.8);
  for (let k = 0; k < len; k += BLOCK) {
    const speed = sampledAt(ev.speed, ev.hz, k / sr);
    band.set('bp', sr, 400 + 2500 * Math.min(1, speed), 1.2);
    const level = swishLevel(speed);
    for (let j = k; j < Math.min(len, k + BLOCK); j++) {
      const tau = j / sr;
      const env = Math.min(1, tau / FADE_SEC, (ev.durationSec - tau) / FADE_SEC);
      const x = white(rand);
      const v = level * env * (band.process(x) + 0.6 * low.process(x));
      bus.left[n0 + j]! += v * at.gl;
      bus.right[n0 + j]! += v * at.gr;
    }
  }
}
