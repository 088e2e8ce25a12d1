// A falling stream is drawn as a column and a lone drop as a drop (liquids/streaks.ts): particles of
// a stream, each a few spacings on from the one behind, streak back to where they were a frame
// before; a drop falling alone, as fast, does not, nor does liquid at rest.
import { describe, expect, it } from 'vitest';
import type { LiquidTrace } from '../../main/contract/world-trace-types';
import { streaksAt } from '../../main/engine/liquids/streaks';

describe('stream streaks', () => {
  it('streaks the particles of a falling column, not a lone drop or resting liquid', () => {
    // A column of 6 particles 30 mm apart falling 30 mm a frame, a lone drop 0.5 m away falling as
    // fast, and two resting particles.
    const column = (dy: number): number[] => Array.from({ length: 6 }, (_, k) => [0, 400 - 30 * k - dy, 0]).flat();
    const rest = [100, 0, 0, 105, 0, 0];
    const at = (dy: number): number[] => [...column(dy), 500, 300 - dy, 0, ...rest];
    const liquid: LiquidTrace = { kind: 'water', spacingM: 0.005, count: 9, frames: [at(0), at(30)] };
    const back = streaksAt(liquid, 1)!;
    for (let k = 0; k < 6; k++) expect(back[3 * k + 1]).toBe(30);
    expect([...back.slice(18)]).toEqual(new Array(9).fill(0));
  });

  it('streaks a moving body and a pair of far-flung drops, not a lone one, whatever the moves around them', () => {
    // A block of 6x6x6 particles 5 mm apart moving 10 mm a frame, two drops flung 400 mm a frame
    // 250 mm apart (each within 1.5 of its own move of the other), and one flung as fast but alone
    // 3 m away: the cells the search uses follow the typical move, and the far-flung drops' long
    // reach must still find each other.
    const body = (dx: number): number[] => Array.from({ length: 216 }, (_, k) => [dx + 5 * (k % 6), 5 * (Math.floor(k / 6) % 6), 5 * Math.floor(k / 36)]).flat();
    const at = (t: number): number[] => [...body(10 * t), 0, 500 + 400 * t, 0, 250, 500 + 400 * t, 0, 3000, 500 + 400 * t, 0];
    const liquid: LiquidTrace = { kind: 'water', spacingM: 0.005, count: 219, frames: [at(0), at(1)] };
    const back = streaksAt(liquid, 1)!;
    for (let k = 0; k < 216; k++) expect([back[3 * k], back[3 * k + 1], back[3 * k + 2]]).toEqual([-10, 0, 0]);
    expect(back[3 * 216 + 1]).toBe(-400);
    expect(back[3 * 217 + 1]).toBe(-400);
    expect([...back.slice(3 * 218)]).toEqual([0, 0, 0]);
  });
});
