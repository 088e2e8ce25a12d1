// A tap through the real pipeline (prompt -> plan -> simulation -> sound): the liquid comes out of
// the outlet at the flow rate (particles released through the solver's public arrays, none made or
// lost), the glass's level rises by the volume let out (within 5%), the stream is heard rising in
// pitch as the glass fills, and a dripping tap's drops are heard at the samples they land.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { ContainerShape } from '../../main/engine/liquids/container';
import { airColumnHz } from '../../main/engine/liquids/sound';
import { objectModule } from '../../main/engine/objects';
import { readPrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

async function run(prompt: string, durationSec: number) {
  const reading = readPrompt(prompt, { durationSec, width: 320, height: 180 });
  expect(reading.refusal).toBeNull();
  const plan = reading.plan!;
  const tap = plan.actions.find((a) => a.kind === 'tap');
  if (tap?.kind !== 'tap') throw new Error(`"${prompt}" is not a tap's: ${plan.actions.map((a) => a.kind).join(', ')}`);
  return { plan, tap, trace: await simulate(plan, 1) };
}

// Heights above the container's bottom of the particles inside it at the last frame (where the
// container is then: the stream nudges a glass a millimetre or two).
function heightsInside(trace: WorldTrace, into: Entity, shape: ContainerShape): number[] {
  const liquid = trace.liquid!;
  const frame = liquid.frames[liquid.frames.length - 1]!;
  const k = trace.bodies.findIndex((b) => b.id === into.id);
  const at = trace.frames[trace.frames.length - 1]!.slice(k * FLOATS_PER_BODY, k * FLOATS_PER_BODY + 3);
  const bottom = at[1]! - shape.heightM / 2;
  const out: number[] = [];
  for (let i = 0; i < frame.length / 3; i++) {
    const x = frame[3 * i]! / 1000 - at[0]!, y = frame[3 * i + 1]! / 1000 - bottom, z = frame[3 * i + 2]! / 1000 - at[2]!;
    if (shape.isInside(Math.hypot(x, z), y)) out.push(y);
  }
  return out;
}

function energy(samples: Float32Array, rate: number, t: number, sec: number): number {
  let s = 0;
  const from = Math.round(t * rate), to = Math.round((t + sec) * rate);
  for (let n = from; n < to; n++) s += samples[2 * n]! ** 2;
  return s / (to - from);
}

describe('a tap', () => {
  it('fills what fits under its spout and says so when a thing does not', () => {
    expect(readPrompt('fill the bottle from the tap').refusal).toMatch(/bottle is too tall to stand under Kinora's kitchen tap/);
    expect(readPrompt('water flows from the faucet into a mug').plan?.actions[0]?.kind).toBe('tap');
    // A tap's water runs; nobody runs to it.
    expect(readPrompt('water runs from the tap into the glass').plan?.entities.some((e) => e.kind === 'person')).toBe(false);
  });

  it('runs into the glass at its flow rate, and the level rises by what it let out (within 5%)', async () => {
    const { plan, tap, trace } = await run('water runs from the tap into the glass', 3);
    const liquid = trace.liquid!;
    const fps = plan.format.fps;
    const s3 = liquid.spacingM ** 3;
    // Nothing before the tap opens; then the volume out grows at the flow (within a layer of the
    // stream, a few particles); at the end every particle is out.
    expect(liquid.frames[Math.floor(tap.startSec * fps) - 1]!.length).toBe(0);
    const mid = Math.round(((tap.startSec + tap.stopSec) / 2) * fps);
    const outM3 = (liquid.frames[mid]!.length / 3) * s3;
    expect(Math.abs(outM3 - (tap.flowLps / 1000) * (mid / fps - tap.startSec))).toBeLessThan(0.05 * outM3 + 8 * s3);
    expect(liquid.frames[liquid.frames.length - 1]!.length).toBe(3 * liquid.count);

    const glass = plan.entities.find((e) => e.id === tap.into)!;
    const shape = new ContainerShape(objectModule('glass'));
    const ys = heightsInside(trace, glass, shape).sort((a, b) => a - b);
    expect(ys.length).toBe(liquid.count);
    const emitted = liquid.count * s3;
    const rise = ys[Math.floor(0.97 * (ys.length - 1))]! + liquid.spacingM / 2;
    expect(Math.abs(shape.volumeBelow(rise) - emitted) / emitted).toBeLessThan(0.05);
    expect(trace.outcome.summary).toMatch(/ran from the tap into the glass/);

    const heard = trace.events.find((e) => e.kind === 'pour');
    expect(heard?.kind).toBe('pour');
    if (heard?.kind !== 'pour') return;
    expect(heard.t).toBeGreaterThan(tap.startSec);
    expect(airColumnHz(heard.airToM, heard.radiusM)).toBeGreaterThan(1.2 * airColumnHz(heard.airFromM, heard.radiusM));
  }, 240_000);

  it('drips into the sink, each drop heard where it lands', async () => {
    const { plan, tap, trace } = await run('a tap drips into the sink', 3);
    expect(tap.dripSec).toBeDefined();
    const sink = plan.entities.find((e) => e.id === tap.into)!;
    const shape = new ContainerShape(objectModule('sink'));
    const drops = trace.events.filter((e) => e.kind === 'drop');
    const let_out = Math.floor((tap.stopSec - tap.startSec) / tap.dripSec!);
    expect(drops.length).toBeGreaterThanOrEqual(let_out - 1);
    // Each lands on the sink's floor, a free fall after it left the outlet (about 0.22 s).
    const floorY = sink.position[1] - shape.heightM / 2 + shape.floorM;
    drops.forEach((d, k) => {
      expect(d.position[1]).toBeLessThan(floorY + 0.01);
      const fall = d.t - (tap.startSec + (k + 1) * tap.dripSec!);
      expect(fall).toBeGreaterThan(0.15);
      expect(fall).toBeLessThan(0.3);
    });
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    for (const d of drops) expect(energy(audio.samples, audio.sampleRate, d.t, 0.01)).toBeGreaterThan(10 * energy(audio.samples, audio.sampleRate, d.t - 0.05, 0.04));
  }, 60_000);
});
