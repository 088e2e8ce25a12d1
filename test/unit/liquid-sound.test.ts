// A pour is heard rising in pitch: the air column's resonance is near the empty glass's frequency
// at the start of the pour and near the full glass's at its end.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { StereoBus } from '../../main/engine/audio/bus';
import { addImpact } from '../../main/engine/audio/voices';
import { airColumnHz, addPour } from '../../main/engine/liquids/sound';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { mulberry32 } from '../../main/engine/seeded-random';

// Mean power over samples [from, to), in dB.
function rmsDb(x: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let n = from; n < to; n++) sum += x[n]! * x[n]!;
  return 10 * Math.log10(sum / (to - from));
}

// Power at frequency f over samples [from, to) (Goertzel).
function power(x: Float32Array, from: number, to: number, f: number): number {
  const k = 2 * Math.cos((2 * Math.PI * f) / SAMPLE_RATE);
  let s1 = 0, s2 = 0;
  for (let n = from; n < to; n++) {
    const s = x[n]! + k * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return s1 * s1 + s2 * s2 - k * s1 * s2;
}

describe('pour sound', () => {
  it('rises from the empty glass resonance to the full one', () => {
    const bus = new StereoBus(SAMPLE_RATE, 2 * SAMPLE_RATE);
    const ev = { kind: 'pour' as const, t: 0.1, durationSec: 1.6, into: 'glass', airFromM: 0.11, airToM: 0.03, radiusM: 0.036, position: [0, 0.9, 0] as [number, number, number] };
    const rand = mulberry32(7);
    addPour(bus, ev, { gl: 0.7, gr: 0.7 } as never, () => rand.next());
    const low = airColumnHz(ev.airFromM, ev.radiusM), high = airColumnHz(ev.airToM, ev.radiusM);
    const head = [Math.round(0.2 * SAMPLE_RATE), Math.round(0.5 * SAMPLE_RATE)] as const;
    const tail = [Math.round(1.35 * SAMPLE_RATE), Math.round(1.65 * SAMPLE_RATE)] as const;
    const startTilt = power(bus.left, ...head, low) / power(bus.left, ...head, high);
    const endTilt = power(bus.left, ...tail, low) / power(bus.left, ...tail, high);
    expect(high).toBeGreaterThan(2 * low);
    expect(startTilt).toBeGreaterThan(3 * endTilt);
  });

  it('is heard about as loud, held, as a glass set down on the table is in its first tenth of a second', () => {
    const at = { gl: 0.7, gr: 0.7 } as never;
    const rand = mulberry32(3);
    const pour = new StereoBus(SAMPLE_RATE, 3 * SAMPLE_RATE);
    addPour(pour, { kind: 'pour', t: 0.1, durationSec: 2.5, into: 'glass', airFromM: 0.11, airToM: 0.03, radiusM: 0.036, position: [0, 0.9, 0] }, at, () => rand.next());
    const plan = parsePrompt('water is poured from a jug into a glass', { durationSec: 3 });
    const glass = plan.entities.find((e) => e.form === 'glass')!;
    const table = plan.entities.find((e) => e.kind === 'table')!;
    const knock = new StereoBus(SAMPLE_RATE, SAMPLE_RATE);
    addImpact(knock, { kind: 'contact', t: 0, a: glass.id, b: table.id, materialA: 'glass', materialB: 'wood', impulse: 0.5, position: [0, 0.8, 0] }, plan, at, () => rand.next());
    const held = rmsDb(pour.left, Math.round(0.3 * SAMPLE_RATE), Math.round(2.4 * SAMPLE_RATE));
    const struck = rmsDb(knock.left, 0, Math.round(0.1 * SAMPLE_RATE));
    // Not under the knock (it was 3.5 dB under, and lost in a scene's room sound), nor over it by much.
    expect(held).toBeGreaterThan(struck - 1);
    expect(held).toBeLessThan(struck + 4);
  });
});
