// Bubbles ring at their Minnaert pitch: a 1 mm bubble near 3.3 kHz, a bigger one lower; a run of
// one size of bubble puts its power at that pitch and not an octave away.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { StereoBus } from '../../main/engine/audio/bus';
import { addBubbles, minnaertHz } from '../../main/engine/liquids/bubbles';
import { mulberry32 } from '../../main/engine/seeded-random';

function power(x: Float32Array, f: number): number {
  const k = 2 * Math.cos((2 * Math.PI * f) / SAMPLE_RATE);
  let s1 = 0, s2 = 0;
  for (let n = 0; n < x.length; n++) {
    const s = x[n]! + k * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return s1 * s1 + s2 * s2 - k * s1 * s2;
}

describe('bubbles', () => {
  it('ring at the Minnaert frequency of their size', () => {
    expect(minnaertHz(0.001)).toBeGreaterThan(3200);
    expect(minnaertHz(0.001)).toBeLessThan(3350);
    expect(minnaertHz(0.003)).toBeCloseTo(minnaertHz(0.001) / 3, 6);
    const bus = new StereoBus(SAMPLE_RATE, SAMPLE_RATE);
    const rand = mulberry32(5);
    addBubbles(bus, { t: 0, durationSec: 0.9, perSec: 40, level: 0.05, minM: 0.002, maxM: 0.002 }, { gl: 0.7, gr: 0.7 } as never, () => rand.next());
    const f = minnaertHz(0.002);
    expect(power(bus.left, f)).toBeGreaterThan(50 * power(bus.left, 2 * f));
    expect(power(bus.left, f)).toBeGreaterThan(50 * power(bus.left, f / 2));
  });
});
