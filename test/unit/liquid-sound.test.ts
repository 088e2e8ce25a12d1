// A pour is heard rising in pitch: the air column's resonance is near the empty glass's frequency
// at the start of the pour and near the full glass's at its end.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { StereoBus } from '../../main/engine/audio/bus';
import { airColumnHz, addPour } from '../../main/engine/liquids/sound';
import { mulberry32 } from '../../main/engine/seeded-random';

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
});
