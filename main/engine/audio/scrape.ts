// How a slide sounds: friction noise from the contact, its loudness following the power friction
// turns into vibration (load times slip speed, as the square root: an amplitude), its brightness
// rising with speed (faster slip meets more bumps of the surfaces a second), and coloured by the
// two bodies' lowest modes ringing under it (a book's hollow hiss on a wooden table, a mug's rasp).
// Everything follows the scrape's samples, so the sound slows and stops exactly as the thing does.
import type { TraceEvent } from '../../contract/world-trace-types';
import { type StereoBus } from './bus';
import { VOICES } from './materials';
import { Biquad, white, type Rand } from './noise';
import { sampledAt } from './sampled';
import type { Placement } from './spatial';

type Scrape = Extract<TraceEvent, { kind: 'scrape' }>;

// Friction power (load x slip speed, W) that plays at SCRAPE_GAIN: a hardback (6 N) sliding at
// 1 m/s. Its held level sits a few dB under the first tenth of a second of the knock of a book set
// down on a table (test/unit/scrape-sound.test.ts holds it there).
const REF_POWER_W = 6;
const SCRAPE_GAIN = 0.06;
// Louder slides grow slower than their power (a heavy chair is not 20 dB over a book).
const MAX_LEVEL = 2.5;
// Slip speed (m/s) at which the noise is at its brightest.
const BRIGHT_SPEED = 1.5;
// Samples between updates of the filters and the level; fade in and out so nothing clicks (s).
const BLOCK = 64;
const FADE_SEC = 0.006;
// The share of the sound that is the bodies ringing under the noise.
const BODY_SHARE = 0.35;

// The scrape's slip speed and load at tau seconds into it, between its samples.
function sampleAt(ev: Scrape, tau: number): { speed: number; loadN: number } {
  return { speed: sampledAt(ev.speed, ev.hz, tau), loadN: sampledAt(ev.loadN, ev.hz, tau) };
}

// The level a slip speed and a load play at (linear, before the mix's placement).
export function scrapeLevel(speed: number, loadN: number): number {
  return SCRAPE_GAIN * Math.min(MAX_LEVEL, Math.sqrt(Math.max(0, speed * loadN) / REF_POWER_W));
}

const RING_Q = 6;

// Band-pass resonators at each body's two lowest modes, weighted by how much it rings; each is
// scaled so white noise comes out of it as loud as it went in (a narrow band passes little).
function bodyResonators(ev: Scrape, sr: number): { filter: Biquad; weight: number; scale: number }[] {
  return [ev.materialA, ev.materialB].flatMap((m) => {
    const v = VOICES[m];
    return v.modes.slice(0, 2).map((mode) => ({
      filter: Biquad.bandpass(sr, mode.freq, RING_Q),
      weight: v.resonance * mode.gain,
      scale: Math.sqrt(sr / 2 / (mode.freq / RING_Q)),
    }));
  });
}

export function addScrape(bus: StereoBus, ev: Scrape, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  const n0 = Math.max(0, Math.ceil(ev.t * sr));
  const len = Math.min(bus.length - n0, Math.ceil(ev.durationSec * sr));
  if (len <= 0) return;
  const click = (VOICES[ev.materialA].clickFreq + VOICES[ev.materialB].clickFreq) / 2;
  const contact = new Biquad();
  const lowpass = Biquad.lowpass(sr, 9000);
  const bodies = bodyResonators(ev, sr);
  // Independent bands add as powers.
  const bodyNorm = Math.sqrt(bodies.reduce((s, b) => s + b.weight * b.weight, 0)) || 1;
  for (let k = 0; k < len; k += BLOCK) {
    const tau0 = (n0 + k) / sr - ev.t;
    const { speed, loadN } = sampleAt(ev, tau0);
    // Brighter with speed: from 0.4 to 1.2 of the pair's click frequency.
    contact.set('bp', sr, click * (0.4 + 0.8 * Math.min(1, speed / BRIGHT_SPEED)), 0.8);
    const level = scrapeLevel(speed, loadN);
    for (let j = k; j < Math.min(len, k + BLOCK); j++) {
      const tau = j / sr;
      const env = Math.min(1, tau / FADE_SEC, (ev.durationSec - tau) / FADE_SEC);
      const x = white(rand);
      let ring = 0;
      for (const b of bodies) ring += b.weight * b.scale * b.filter.process(x);
      const v = level * Math.max(0, env) * ((1 - BODY_SHARE) * lowpass.process(contact.process(x)) + (BODY_SHARE * ring) / bodyNorm);
      bus.left[n0 + j]! += v * at.gl;
      bus.right[n0 + j]! += v * at.gr;
    }
  }
}
