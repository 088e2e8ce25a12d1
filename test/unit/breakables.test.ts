// Breakable things: a glass (or a plate, a vase, a bottle) that falls hard enough shatters into
// simulated pieces that together weigh what it did, with a breaking sound at the impact; on soft
// ground the same fall may leave it whole, as physics decides.
import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { FLOATS_PER_BODY, type WorldTrace } from '../../main/contract/world-trace';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { objectModule, OBJECTS } from '../../main/engine/objects';
import { fracturePieces } from '../../main/engine/objects/fracture';
import { handleBox } from '../../main/engine/objects/handle';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

const at = (trace: WorldTrace, id: string, frame: number): [number, number, number] => {
  const i = trace.bodies.findIndex((b) => b.id === id);
  const row = trace.frames[frame]!;
  return [row[i * FLOATS_PER_BODY]!, row[i * FLOATS_PER_BODY + 1]!, row[i * FLOATS_PER_BODY + 2]!];
};

// Separate things in the picture at a frame: the whole until it breaks, then its pieces, counted as
// clusters more than 2 cm apart.
function visibleParts(trace: WorldTrace, id: string, frame: number): number {
  const broke = trace.events.find((e) => e.kind === 'break' && e.object === id);
  if (!broke || frame / trace.fps < broke.t) return 1;
  const pts = trace.bodies.filter((b) => b.pieceOf === id).map((b) => at(trace, b.id, frame));
  const groups: [number, number, number][][] = [];
  for (const p of pts) {
    const near = groups.find((g) => g.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < 0.02));
    if (near) near.push(p);
    else groups.push([p]);
  }
  return groups.length;
}

function energy(samples: Float32Array, from: number, sec: number): number {
  let e = 0;
  for (let i = Math.round(from * SAMPLE_RATE); i < Math.round((from + sec) * SAMPLE_RATE); i++) e += (samples[2 * i] ?? 0) ** 2;
  return e;
}

describe('breakables', () => {
  it('cuts every breakable thing into pieces that together weigh exactly what the whole did', () => {
    for (const o of OBJECTS) {
      if (!o.breaks) continue;
      const pieces = fracturePieces(o, o.breaks, 7, 'object-1');
      expect(pieces.length, o.form).toBeGreaterThan(4);
      expect(pieces.reduce((s, p) => s + p.massKg, 0), o.form).toBeCloseTo(o.massKg, 9);
      for (const p of pieces) expect(p.massKg).toBeGreaterThan(0);
      // A handle is among the pieces (it vanished with the whole at the break): something reaches
      // out to its bar.
      if (o.handle) expect(Math.max(...pieces.flatMap((p) => p.points.map((q) => p.offset[0] + q[0]))), o.form).toBeGreaterThan(handleBox(o)!.center[0]);
    }
  });

  it('"A glass falls off a table and shatters": it breaks when it hits the floor, into more pieces than the one glass, heard at that moment', async () => {
    const plan = parsePrompt('a glass falls off a table and shatters, 2 seconds');
    const glass = plan.entities.find((e) => e.kind === 'object')!;
    const trace = await simulate(plan, 2);
    const broke = trace.events.find((e) => e.kind === 'break');
    if (broke?.kind !== 'break') throw new Error('the glass did not break');
    // On the floor, not on the table: the glass had fallen to the ground when it broke.
    expect(broke.position[1]).toBeLessThan(0.15);
    expect(broke.against).toBe('wood');
    const pieces = trace.bodies.filter((b) => b.pieceOf === glass.id);
    expect(broke.pieces).toBe(pieces.length);
    const before = Math.floor(broke.t * trace.fps) - 1;
    expect(visibleParts(trace, glass.id, before)).toBe(1);
    expect(visibleParts(trace, glass.id, trace.frameCount - 1)).toBeGreaterThan(5);
    // The pieces lie on the floor at the end: none went through it.
    for (const p of pieces) expect(at(trace, p.id, trace.frameCount - 1)[1]).toBeGreaterThan(-0.005);
    expect(trace.outcome.summary).toMatch(/glass fell and shattered into \d+ pieces on the floor/);
    const audio = synthesizeAudio(plan, trace, { ambience: false });
    expect(energy(audio.samples, broke.t, 0.03)).toBeGreaterThan(8 * energy(audio.samples, broke.t - 0.06, 0.03));
  });

  it('leaves a glass whole when it falls on grass, and says so', async () => {
    const plan = parsePrompt('a glass falls off a table in the park, 2 seconds');
    const trace = await simulate(plan, 2);
    expect(trace.events.some((e) => e.kind === 'break')).toBe(false);
    expect(trace.outcome.summary).toMatch(/fell onto the grass and did not break/);
  });

  it('breaks a plate, a vase and a bottle too', async () => {
    for (const prompt of ['a plate falls off a table', 'a vase falls off the table', 'a bottle falls on the street']) {
      const plan = parsePrompt(`${prompt}, 2 seconds`);
      expect(plan.entities.find((e) => e.kind === 'object')?.form).toBe(objectModule(plan.entities.find((e) => e.kind === 'object')!.form).form);
      const trace = await simulate(plan, 1);
      expect(trace.events.some((e) => e.kind === 'break'), prompt).toBe(true);
    }
  });
});
