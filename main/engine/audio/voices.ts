// The event sounds: a modal impact for every contact, shoe sounds for footsteps, and the net's swish
// for a score. Each writes into the dry event bus at the event's exact time.
import type { Entity, ScenePlan } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import { addMode, addNoiseBurst, type StereoBus } from './bus';
import { impactLoudness, VOICES, type MaterialVoice } from './materials';
import { ownVoice } from './small-voices';
import { Biquad, type Rand } from './noise';
import type { Placement } from './spatial';

type Contact = Extract<TraceEvent, { kind: 'contact' }>;

// Mix level of event sounds: a firm basketball bounce peaks around -10 dBFS, leaving headroom that
// the limiter only needs for pile-ups.
const EVENT_GAIN = 1.2;

// Balls ring lower the bigger they are (a beach ball booms, a tennis ball pings).
function sizeScale(entity: Entity | undefined): number {
  if (!entity || entity.kind !== 'ball') return 1;
  const r = entity.size[0] ?? 0.12;
  return Math.min(2.5, Math.max(0.45, Math.pow(0.12 / r, 0.6)));
}

export function addImpact(bus: StereoBus, ev: Contact, plan: ScenePlan, at: Placement, rand: Rand): void {
  const byId = (id: string): Entity | undefined => plan.entities.find((e) => e.id === id);
  const loud = impactLoudness(ev.impulse);
  // A small thing with its own voice (a coin) rings with it, louder than its material's for its mass.
  const ownA = ownVoice(byId(ev.a)), ownB = ownVoice(byId(ev.b));
  const va = ownA?.voice ?? VOICES[ev.materialA];
  const vb = ownB?.voice ?? VOICES[ev.materialB];
  // Contact duration depends on the combined stiffness (a harmonic mean, dominated by the softer
  // body); harder hits are shorter contacts, so they excite higher modes.
  const hardness = Math.min(1, ev.impulse / 5);
  const cutoff = (2 / (1 / va.cutoff + 1 / vb.cutoff)) * (0.7 + 0.6 * hardness);
  const lowpass = (f: number): number => 1 / (1 + (f / cutoff) ** 2);
  const bodies: [MaterialVoice, number, MaterialVoice, number][] = [
    [va, sizeScale(byId(ev.a)), vb, ownA?.gain ?? 1],
    [vb, sizeScale(byId(ev.b)), va, ownB?.gain ?? 1],
  ];
  for (const [v, scale, other, gain] of bodies) {
    // Touching something soft damps the ringing (a rim hit by a foam ball barely sings).
    const damp = 0.4 + 0.6 * other.resonance;
    const total = v.modes.reduce((s, m) => s + m.gain, 0);
    for (const m of v.modes) {
      // A touch of per-hit detune so repeated bounces are not machine-identical.
      const f = m.freq * scale * (1 + (rand() - 0.5) * 0.02);
      const amp = (EVENT_GAIN * gain * loud * v.resonance * m.gain * lowpass(f)) / total;
      addMode(bus, ev.t, f, m.t60 * damp, amp, at.gl, at.gr);
    }
  }
  // The attack: a few ms of band-passed noise, centred where the contact's stiffness allows.
  const clickFreq = Math.min((va.clickFreq + vb.clickFreq) / 2, cutoff * 1.5);
  const clickSec = Math.max(va.clickSec, vb.clickSec);
  const clickGain = ((va.clickGain + vb.clickGain) / 2) * loud * EVENT_GAIN * Math.max(ownA?.gain ?? 1, ownB?.gain ?? 1);
  addNoiseBurst(bus, ev.t, clickSec, 0.0007, clickGain, [Biquad.bandpass(bus.sampleRate, clickFreq, 0.9)], rand, at.gl, at.gr);
}

// Swish: the ball brushing through the nylon net, band-limited noise swelling and dying over a
// quarter second, with a little low "whump" as the net snaps.
export function addSwish(bus: StereoBus, t: number, at: Placement, rand: Rand): void {
  const sr = bus.sampleRate;
  addNoiseBurst(bus, t - 0.03, 0.32, 0.04, 0.4, [Biquad.bandpass(sr, 4200, 0.6), Biquad.highpass(sr, 1800)], rand, at.gl, at.gr);
  addNoiseBurst(bus, t, 0.18, 0.02, 0.18, [Biquad.bandpass(sr, 1400, 1.2)], rand, at.gl, at.gr);
}
