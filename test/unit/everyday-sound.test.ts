// Everyday things are heard as they move: a book slid across a table scrapes from the sample it is
// let go until it stops, as loud as the knocks of other scenes and no louder; a bottle tipped over
// on its own table is heard when its side lands on it (it touched the table all the way down, so
// only the hit inside the lasting contact tells it).
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import type { Material, ScenePlan, Vec3 } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, type TraceEvent, type WorldTrace } from '../../main/contract/world-trace';
import { tiltDeg } from '../../main/engine/actions/shared/thing-fate';
import { StereoBus } from '../../main/engine/audio/bus';
import { createSpatializer } from '../../main/engine/audio/spatial';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { addImpact } from '../../main/engine/audio/voices';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { mulberry32 } from '../../main/engine/seeded-random';
import { simulate } from '../../main/engine/simulate/simulate';

async function run(prompt: string): Promise<{ plan: ScenePlan; trace: WorldTrace; left: Float32Array }> {
  const plan = parsePrompt(prompt);
  const trace = await simulate(plan, 7);
  const { samples } = synthesizeAudio(plan, trace, { ambience: false });
  return { plan, trace, left: samples.filter((_, i) => i % 2 === 0) };
}

// Mean power over [from, to) seconds, in dB.
function rmsDb(x: Float32Array, fromSec: number, toSec: number): number {
  let sum = 0;
  const a = Math.round(fromSec * SAMPLE_RATE);
  const b = Math.round(toSec * SAMPLE_RATE);
  for (let n = a; n < b; n++) sum += (x[n] ?? 0) ** 2;
  return 10 * Math.log10(sum / (b - a) + 1e-20);
}

// The first sample (from `fromSec`) whose magnitude passes `level`.
function firstAbove(x: Float32Array, fromSec: number, level: number): number {
  for (let n = Math.round(fromSec * SAMPLE_RATE); n < x.length; n++) if (Math.abs(x[n]!) > level) return n;
  return -1;
}

// The knock of a thing set down on a table at 0.5 N s, over its first tenth of a second (dB).
// A knock of the thing on the table, heard where and when `at` is heard (the same mic).
function knockDb(plan: ScenePlan, trace: WorldTrace, at: { t: number; position: Vec3 }, a: string, materialA: Material): number {
  const table = plan.entities.find((e) => e.kind === 'table')!;
  const bus = new StereoBus(SAMPLE_RATE, SAMPLE_RATE);
  const rand = mulberry32(3);
  const placed = createSpatializer(plan, trace).place(at.position, at.t);
  addImpact(bus, { kind: 'contact', t: 0, a, b: table.id, materialA, materialB: 'wood', impulse: 0.5, position: at.position }, plan, placed, () => rand.next());
  return rmsDb(bus.left, 0, 0.1);
}

describe('everyday sounds', () => {
  it('a slid book scrapes from the sample it is let go until it stops, as loud as a knock', async () => {
    const { plan, trace, left } = await run('a book slides across the table, 3 seconds');
    const action = plan.actions[0]!;
    const scrapes = trace.events.filter((e): e is Extract<TraceEvent, { kind: 'scrape' }> => e.kind === 'scrape');
    expect(scrapes).toHaveLength(1);
    const scrape = scrapes[0]!;
    // It starts as the hand sets the book moving (a hand from outside the frame pushes it: nothing else
    // is named), within a frame of its first moving, and lasts as long as friction takes to stop it.
    expect(action).toMatchObject({ kind: 'slide', byHand: true });
    const bookAt = trace.bodies.findIndex((b) => b.id === scrape.a) * FLOATS_PER_BODY;
    const moved = trace.frames.findIndex((fr) => Math.abs(fr[bookAt]! - trace.frames[0]![bookAt]!) > 0.001);
    expect(Math.abs(scrape.t - moved / trace.fps)).toBeLessThanOrEqual(1 / trace.fps);
    expect(scrape.durationSec).toBeGreaterThan(0.3);
    expect(scrape.durationSec).toBeLessThan(0.6);
    // It speeds up under the palm to the speed it is let go at, then friction slows it.
    expect(Math.max(...scrape.speed)).toBeGreaterThan(1.5);
    // Silence before, then the sound starts within 2 ms of the palm's touch on the book (heard, a few
    // milliseconds before the book gives), and the scrape within a frame of that.
    const hands = new Set(trace.bodies.filter((b) => b.shape.kind === 'hand').map((b) => b.id));
    const touch = trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes(scrape.a) && (hands.has(e.a) || hands.has(e.b)))!;
    expect(touch.t).toBeLessThanOrEqual(scrape.t);
    expect(scrape.t - touch.t).toBeLessThan(1 / trace.fps);
    expect(rmsDb(left, 0, action.startSec - 0.01)).toBeLessThan(-90);
    const onset = firstAbove(left, 0, 1e-3);
    expect(Math.abs(onset - touch.t * SAMPLE_RATE)).toBeLessThan(0.002 * SAMPLE_RATE);
    // Held, it sits with the knock of a book set down on a table (it was 20 dB under it).
    const held = rmsDb(left, scrape.t + 0.02, scrape.t + 0.2);
    const knock = knockDb(plan, trace, scrape, scrape.a, 'wood');
    expect(held).toBeGreaterThan(knock - 4);
    expect(held).toBeLessThan(knock + 6);
    // It slows as the book does, and stops with it.
    expect(rmsDb(left, scrape.t + scrape.durationSec - 0.1, scrape.t + scrape.durationSec)).toBeLessThan(held - 6);
    expect(rmsDb(left, scrape.t + scrape.durationSec + 0.3, 3)).toBeLessThan(-90);
  });

  it('a bottle tipped over on its table is heard when its side lands, at that sample', async () => {
    const { plan, trace, left } = await run('a bottle tips over on the table, 3 seconds');
    const bottle = plan.entities.find((e) => e.form === 'bottle')!;
    // (Its landing, not the touch of the hand from outside the frame that knocks it over.)
    const hands = new Set(trace.bodies.filter((b) => b.shape.kind === 'hand').map((b) => b.id));
    const landings = trace.events.filter((e) => e.kind === 'contact' && (e.a === bottle.id || e.b === bottle.id) && !hands.has(e.a) && !hands.has(e.b));
    expect(landings.length).toBeGreaterThanOrEqual(1);
    const land = landings[0]!;
    // It lands when it has turned (nearly) onto its side, not while it tips.
    const i = trace.bodies.findIndex((b) => b.id === bottle.id) * FLOATS_PER_BODY;
    const frame = Math.round(land.t * trace.fps);
    const q = trace.frames[frame]!.slice(i + 3, i + 7) as [number, number, number, number];
    expect(tiltDeg(bottle, q)).toBeGreaterThan(75);
    expect(land.kind === 'contact' && land.impulse).toBeGreaterThan(0.2);
    // The knock starts at its sample, well above the quiet tipping before it.
    const n = Math.ceil(land.t * SAMPLE_RATE);
    const before = rmsDb(left, land.t - 0.03, land.t - 0.001);
    const after = rmsDb(left, land.t, land.t + 0.03);
    expect(after - before).toBeGreaterThan(12);
    expect(after).toBeGreaterThan(knockDb(plan, trace, land, bottle.id, 'glass') - 6);
    const peak = firstAbove(left, land.t - 0.001, 10 ** (after / 20));
    expect(peak - n).toBeLessThan(0.003 * SAMPLE_RATE);
    expect(peak - n).toBeGreaterThanOrEqual(0);
  });
});
