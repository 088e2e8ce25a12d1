// How a pour sounds: the stream's hiss and gurgle filtered by the air column above the liquid in
// the container, a tube closed at the liquid and open at the rim, which resonates at the quarter
// wave f = c / (4 (L + 0.6 r)) (with the open end's correction); as the container fills L
// shortens and the pitch rises, the sound people fill a bottle by ear with.
import type { TraceEvent } from '../../contract/world-trace-types';
import { type StereoBus } from '../audio/bus';
import { Biquad, white, type Rand } from '../audio/noise';
import type { Placement } from '../audio/spatial';
import { addBubbles } from './bubbles';

type Pour = Extract<TraceEvent, { kind: 'pour' }>;

const SPEED_OF_SOUND = 343;
// The stream's level: a pour heard across a table sits about as loud, held, as the first tenth of
// a second of a glass set down firmly (a 0.5 N s knock) is; it was 6 dB quieter, under the room.
const LEVEL = 2;
// Samples between updates of the resonance's frequency.
const BLOCK = 128;
// The bubbles the plunging stream pulls under: how many a second, and how loud (bubbles.ts).
const BUBBLES_PER_SEC = 35;
const BUBBLE_LEVEL = 0.006;

export function airColumnHz(airM: number, radiusM: number): number {
  return SPEED_OF_SOUND / (4 * (airM + 0.6 * radiusM));
}

export function addPour(bus: StereoBus, ev: Pour, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(ev.t * sr));
  const len = Math.min(bus.length - n0, Math.ceil(ev.durationSec * sr));
  if (len <= 0) return;
  const resonance = new Biquad();
  const body = Biquad.bandpass(sr, 600, 0.7);
  let bubble = 0;
  for (let k = 0; k < len; k += BLOCK) {
    const u = k / len;
    const air = ev.airFromM + (ev.airToM - ev.airFromM) * u;
    resonance.set('bp', sr, airColumnHz(air, ev.radiusM), 6);
    for (let j = k; j < Math.min(len, k + BLOCK); j++) {
      const tau = j / sr;
      // Fade in and out over 60 ms; the stream's gurgle is noise bursts a few tens of times a second.
      const env = Math.min(1, tau / 0.06, (ev.durationSec - tau) / 0.06);
      if (rand() < 30 / sr) bubble = 1;
      bubble *= 0.999;
      const x = white(rand);
      const v = LEVEL * env * (0.25 * resonance.process(x) + 0.05 * body.process(x) * (0.4 + bubble));
      bus.left[n0 + j]! += v * at.gl;
      bus.right[n0 + j]! += v * at.gr;
    }
  }
  addBubbles(bus, { t: ev.t, durationSec: ev.durationSec, perSec: BUBBLES_PER_SEC, level: BUBBLE_LEVEL }, at, rand);
}
