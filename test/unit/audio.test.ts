import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { Material, ScenePlan } from '../../main/contract/scene-plan';
import { scenePlanSchema } from '../../main/contract/scene-plan';
import type { TraceEvent, WorldTrace } from '../../main/contract/world-trace';
import { worldTraceSchema } from '../../main/contract/world-trace';
import { synthesizeAudio, toPcm16 } from '../../main/engine/audio/synthesize';

const SR = SAMPLE_RATE;

function plan(kind: ScenePlan['setting']['kind'] = 'gym'): ScenePlan {
  return scenePlanSchema.parse({
    version: 1,
    prompt: 'a ball bounces',
    setting: { kind, indoor: kind === 'gym' || kind === 'room' || kind === 'kitchen', timeOfDay: 'day' },
    entities: [
      { id: 'ball', kind: 'ball', label: 'basketball', material: 'leather', color: 0xd35400, size: [0.12], position: [0, 1, 0], restitution: 0.8, friction: 0.5, mass: 0.6 },
    ],
    actions: [{ kind: 'drop', object: 'ball', startSec: 0 }],
    // Side view: the camera sits at +z looking at the action, so world +x is screen right.
    camera: { shot: 'wide', angle: 'side', motion: 'follow', subject: null },
    lighting: { mood: 'neutral', intensity: 1 },
    dialogue: [],
    format: { durationSec: 2, fps: 24, width: 320, height: 180 },
  });
}

function trace(events: TraceEvent[], seed = 42): WorldTrace {
  return worldTraceSchema.parse({
    version: 1,
    seed,
    fps: 24,
    frameCount: 48,
    bodies: [{ id: 'ball', shape: { kind: 'sphere', radius: 0.12 }, material: 'leather', dynamic: true }],
    frames: Array.from({ length: 48 }, () => [0, 1, 0, 0, 0, 0, 1]),
    events,
    actors: [],
    outcome: { summary: '', scored: null, rimContacts: 0, attempts: 1, intentMatched: true },
  });
}

function contact(t: number, impulse: number, materialB: Material = 'wood', x = 0): TraceEvent {
  return { kind: 'contact', t, a: 'ball', b: materialB === 'metal' ? 'hoop' : 'floor', materialA: 'leather', materialB, impulse, position: [x, 0.1, 0] };
}

// RMS of one channel (0 = L, 1 = R, -1 = both) over [t, t + window).
function rms(s: Float32Array, t: number, window = 0.02, ch = -1): number {
  const a = Math.round(t * SR);
  const b = Math.min(s.length / 2, a + Math.round(window * SR));
  let e = 0;
  let n = 0;
  for (let i = a; i < b; i++) {
    if (ch !== 1) { e += s[2 * i]! ** 2; n++; }
    if (ch !== 0) { e += s[2 * i + 1]! ** 2; n++; }
  }
  return Math.sqrt(e / Math.max(1, n));
}

// Mono mix of the event alone (no ambience), from `t` on.
function monoFrom(s: Float32Array, t: number): Float32Array {
  const a = Math.round(t * SR);
  const out = new Float32Array(s.length / 2 - a);
  for (let i = 0; i < out.length; i++) out[i] = 0.5 * (s[2 * (a + i)]! + s[2 * (a + i) + 1]!);
  return out;
}

// Fraction of energy above ~1 kHz: energy of a second-order high-pass (first differences twice
// attenuate 12 dB/octave below ~fs/2pi; use an explicit RBJ high-pass at 1 kHz instead).
function energyAbove1k(x: Float32Array): number {
  const w = (2 * Math.PI * 1000) / SR;
  const alpha = Math.sin(w) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  const b0 = (1 + cos) / 2 / a0, b1 = -(1 + cos) / a0, b2 = b0, a1 = (-2 * cos) / a0, a2 = (1 - alpha) / a0;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0, hi = 0, all = 0;
  for (const v of x) {
    const y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = v; y2 = y1; y1 = y;
    hi += y * y;
    all += v * v;
  }
  return hi / all;
}

// Seconds until the 10 ms RMS envelope stays 30 dB below its peak.
function decayTime(x: Float32Array): number {
  const win = Math.round(0.01 * SR);
  const env: number[] = [];
  for (let i = 0; i + win <= x.length; i += win) {
    let e = 0;
    for (let k = i; k < i + win; k++) e += x[k]! ** 2;
    env.push(Math.sqrt(e / win));
  }
  const peak = Math.max(...env);
  let last = 0;
  env.forEach((v, i) => { if (v > peak * 10 ** (-30 / 20)) last = i; });
  return (last + 1) * 0.01;
}

describe('audio synthesis', () => {
  it('has the right length and format, and stays within [-1, 1]', () => {
    const out = synthesizeAudio(plan(), trace([contact(0.5, 4)]));
    expect(out.sampleRate).toBe(SR);
    expect(out.channels).toBe(2);
    expect(out.samples.length).toBe(Math.round(2 * SR) * 2);
    const other = synthesizeAudio(plan(), trace([contact(0.5, 4)]), { sampleRate: 22050 });
    expect(other.samples.length).toBe(Math.round(2 * 22050) * 2);
    const pcm = toPcm16(out.samples);
    expect(pcm.length).toBe(out.samples.length * 2);
  });

  it('never clips, even with many very hard hits at once', () => {
    const events: TraceEvent[] = [];
    for (let i = 0; i < 40; i++) events.push(contact(0.3 + (i % 5) * 0.0005, 500, i % 2 ? 'metal' : 'concrete', (i % 7) - 3));
    const out = synthesizeAudio(plan('street'), trace(events));
    let peak = 0;
    let finite = true;
    for (const v of out.samples) {
      if (!Number.isFinite(v)) finite = false;
      peak = Math.max(peak, Math.abs(v));
    }
    expect(finite).toBe(true);
    expect(peak).toBeLessThanOrEqual(1);
    // Limited, not silenced.
    expect(peak).toBeGreaterThan(0.5);
    // The 16-bit conversion round-trips the waveform (no wrap-around on the loudest samples).
    const pcm = toPcm16(out.samples);
    let worst = 0;
    for (let i = 0; i < out.samples.length; i++) worst = Math.max(worst, Math.abs(pcm.readInt16LE(i * 2) / 32767 - out.samples[i]!));
    expect(worst).toBeLessThan(1e-4);
  });

  it('is much louder right after a contact than just before it, starting at the exact time', () => {
    const t = 0.8137; // deliberately between video frames
    // A knock the limiter leaves alone (its look-ahead would start turning a louder one down early).
    const out = synthesizeAudio(plan(), trace([contact(t, 1.5)]));
    const before = rms(out.samples, t - 0.021);
    const after = rms(out.samples, t);
    expect(after).toBeGreaterThan(before * 8);
    // Sample-accurate onset: nothing of the event before its time (only the quiet ambience).
    const quiet = synthesizeAudio(plan(), trace([]));
    const n0 = Math.floor(t * SR);
    for (let i = (n0 - 200) * 2; i < n0 * 2; i++) expect(out.samples[i]).toBe(quiet.samples[i]);
    let changed = false;
    for (let i = n0 * 2; i < (n0 + 48) * 2; i++) if (out.samples[i] !== quiet.samples[i]) changed = true;
    expect(changed).toBe(true);
  });

  it('plays a harder impact louder', () => {
    const soft = synthesizeAudio(plan(), trace([contact(0.5, 0.5)]), { ambience: false });
    const hard = synthesizeAudio(plan(), trace([contact(0.5, 8)]), { ambience: false });
    expect(rms(hard.samples, 0.5, 0.05)).toBeGreaterThan(rms(soft.samples, 0.5, 0.05) * 2);
  });

  it('pans an event on the right of the picture to the right channel', () => {
    const right = synthesizeAudio(plan(), trace([contact(0.5, 4, 'wood', 4)]), { ambience: false });
    const left = synthesizeAudio(plan(), trace([contact(0.5, 4, 'wood', -4)]), { ambience: false });
    expect(rms(right.samples, 0.5, 0.05, 1)).toBeGreaterThan(rms(right.samples, 0.5, 0.05, 0) * 1.5);
    expect(rms(left.samples, 0.5, 0.05, 0)).toBeGreaterThan(rms(left.samples, 0.5, 0.05, 1) * 1.5);
  });

  it('makes a ball on a metal rim ring brighter and longer than a ball on a wooden floor', () => {
    const rim = synthesizeAudio(plan('park'), trace([contact(0.2, 3, 'metal')]), { ambience: false });
    const floor = synthesizeAudio(plan('park'), trace([contact(0.2, 3, 'wood')]), { ambience: false });
    const r = monoFrom(rim.samples, 0.2);
    const f = monoFrom(floor.samples, 0.2);
    expect(energyAbove1k(r)).toBeGreaterThan(energyAbove1k(f) * 3);
    expect(energyAbove1k(r)).toBeGreaterThan(0.3);
    expect(decayTime(r)).toBeGreaterThan(decayTime(f) * 3);
    expect(decayTime(r)).toBeGreaterThan(0.3);
  });

  it('adds a swish for a score and footsteps for a walking actor', () => {
    const score = synthesizeAudio(plan(), trace([{ kind: 'score', t: 0.6, object: 'ball', target: 'hoop', position: [0, 2.9, 0] }]), { ambience: false });
    expect(rms(score.samples, 0.6, 0.1)).toBeGreaterThan(0.01);
    expect(rms(score.samples, 0.4, 0.1)).toBe(0);
    const steps = synthesizeAudio(plan(), trace([{ kind: 'footstep', t: 0.7, actor: 'p', position: [0, 0, 0] }]), { ambience: false });
    expect(rms(steps.samples, 0.7, 0.05)).toBeGreaterThan(0.005);
  });

  it('is deterministic, and the ambience depends on the seed and the setting', () => {
    const a = synthesizeAudio(plan('park'), trace([contact(0.5, 2)], 7));
    const b = synthesizeAudio(plan('park'), trace([contact(0.5, 2)], 7));
    expect(Buffer.from(a.samples.buffer).equals(Buffer.from(b.samples.buffer))).toBe(true);
    const c = synthesizeAudio(plan('park'), trace([contact(0.5, 2)], 8));
    expect(Buffer.from(a.samples.buffer).equals(Buffer.from(c.samples.buffer))).toBe(false);
    // Every setting has a quiet but present bed.
    for (const kind of ['gym', 'street', 'park', 'beach', 'room', 'kitchen'] as const) {
      const bed = synthesizeAudio(plan(kind), trace([]));
      const level = rms(bed.samples, 0.5, 1);
      expect(level).toBeGreaterThan(0.0005);
      expect(level).toBeLessThan(0.05);
    }
  });
});
