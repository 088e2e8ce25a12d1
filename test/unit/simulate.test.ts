import { describe, expect, it } from 'vitest';
import { ApiError } from '../../main/contract/api';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, worldTraceSchema, type TraceEvent, type WorldTrace } from '../../main/contract/world-trace';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';

type Contact = Extract<TraceEvent, { kind: 'contact' }>;
const contacts = (trace: WorldTrace): Contact[] => trace.events.filter((e): e is Contact => e.kind === 'contact');
const idOf = (plan: ScenePlan, kind: string): string => {
  const e = plan.entities.find((x) => x.kind === kind);
  if (!e) throw new Error(`no ${kind} in plan`);
  return e.id;
};

const MISS = parsePrompt('a basketball player shoots at the hoop, the ball misses and bounces off the rim');
const MAKE = parsePrompt('a basketball player shoots at the hoop and makes the shot');
const DROP = parsePrompt('a tennis ball drops onto a wooden table');

describe('simulate', () => {
  it('is deterministic: the same plan and seed give an identical trace, another seed a different one', async () => {
    const a = await simulate(MISS, 7);
    const b = await simulate(MISS, 7);
    expect(b).toEqual(a);
    const c = await simulate(MISS, 8);
    expect(c.frames).not.toEqual(a.frames);
    // Drops vary with the seed too (a few millimetres and a little spin, like two real drops).
    expect((await simulate(DROP, 1)).frames).not.toEqual((await simulate(DROP, 2)).frames);
  });

  it('produces a valid trace with one frame per video frame', async () => {
    const trace = await simulate(MISS, 1);
    expect(worldTraceSchema.safeParse(trace).success).toBe(true);
    const { durationSec, fps } = MISS.format;
    expect(trace.frameCount).toBe(durationSec * fps);
    expect(trace.frames).toHaveLength(durationSec * fps);
    expect(trace.bodies.map((b) => b.id)).toEqual(MISS.entities.map((e) => e.id));
    for (const frame of trace.frames) {
      expect(frame).toHaveLength(trace.bodies.length * FLOATS_PER_BODY);
      for (let i = 0; i < trace.bodies.length; i++) {
        const q = frame.slice(i * FLOATS_PER_BODY + 3, i * FLOATS_PER_BODY + 7);
        expect(Math.hypot(...q)).toBeCloseTo(1, 3);
      }
    }
    // Events are in time order and inside the clip.
    const times = trace.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.max(...times)).toBeLessThan(durationSec);
  });

  it('misses off the rim when the prompt asks for a miss, and physics reports the rim hit', async () => {
    const ball = idOf(MISS, 'ball');
    const hoop = idOf(MISS, 'hoop');
    for (const seed of [1, 2, 3]) {
      const trace = await simulate(MISS, seed);
      expect(trace.outcome.scored).toBe(false);
      expect(trace.outcome.rimContacts).toBeGreaterThanOrEqual(1);
      expect(trace.outcome.intentMatched).toBe(true);
      expect(trace.outcome.summary).toMatch(/missed/);
      expect(trace.events.some((e) => e.kind === 'score')).toBe(false);
      const rim = contacts(trace).filter((c) => c.a === ball && c.b === hoop && c.materialB === 'metal');
      expect(rim.length).toBeGreaterThanOrEqual(1);
      expect(rim[0]?.materialA).toBe('leather');
      expect(rim[0]?.impulse).toBeGreaterThan(0.5);
      // The hit is at the rim: about 3.05 m up, within a rim radius (plus the tube) of its centre.
      const hoopPos = MISS.entities.find((e) => e.id === hoop)?.position ?? [0, 0, 0];
      const p = rim[0]?.position ?? [0, 0, 0];
      expect(p[1]).toBeCloseTo(3.05, 1);
      expect(Math.hypot(p[0] - hoopPos[0], p[2] - hoopPos[2])).toBeLessThan(0.26);
    }
  });

  it('scores when the prompt asks for a make, with a score event from the physics', async () => {
    for (const seed of [1, 2]) {
      const trace = await simulate(MAKE, seed);
      expect(trace.outcome.scored).toBe(true);
      expect(trace.outcome.intentMatched).toBe(true);
      const score = trace.events.find((e) => e.kind === 'score');
      expect(score).toMatchObject({ kind: 'score', object: idOf(MAKE, 'ball'), target: idOf(MAKE, 'hoop') });
      // The ball goes through after it is released.
      const release = trace.events.find((e) => e.kind === 'release');
      expect(release).toBeDefined();
      expect(score?.t ?? 0).toBeGreaterThan((release?.t ?? 0) + 0.4);
      expect(score?.position[1]).toBeCloseTo(3.05, 2);
    }
  });

  it('animates the shooter from the trace: a shoot track, release and landing footsteps', async () => {
    const trace = await simulate(MISS, 1);
    const shooter = idOf(MISS, 'person');
    expect(trace.actors).toHaveLength(1);
    const track = trace.actors[0];
    expect(track).toMatchObject({ entityId: shooter, animation: 'shoot' });
    const release = trace.events.find((e) => e.kind === 'release');
    expect(release?.t).toBeCloseTo(track?.releaseSec ?? -1, 6);
    const steps = trace.events.filter((e) => e.kind === 'footstep');
    expect(steps.length).toBe(2);
    for (const s of steps) expect(s.t).toBeGreaterThan(release?.t ?? 0);
  });

  it('drops a tennis ball onto the table: first impact at free-fall time, then smaller and smaller bounces', async () => {
    const trace = await simulate(DROP, 1);
    const ball = idOf(DROP, 'ball');
    const table = idOf(DROP, 'table');
    const hits = contacts(trace).filter((c) => c.a === ball && c.b === table);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    const drop = DROP.actions.find((a) => a.kind === 'drop');
    // 1 m of free fall takes sqrt(2 h / g) = 0.4515 s.
    expect(hits[0]?.t ?? 0).toBeCloseTo((drop?.startSec ?? 0) + Math.sqrt(2 / 9.81), 2);
    // m * (1 + e) * v for a 58 g ball arriving at 4.43 m/s.
    expect(hits[0]?.impulse ?? 0).toBeGreaterThan(0.3);
    expect(hits[0]?.impulse ?? 0).toBeLessThan(0.47);
    for (let i = 1; i < hits.length; i++) expect(hits[i]?.impulse ?? 0).toBeLessThan(hits[i - 1]?.impulse ?? 0);
    expect(hits[0]?.materialA).toBe('rubber');
    expect(hits[0]?.materialB).toBe('wood');
    expect(trace.outcome.scored).toBeNull();
    expect(trace.outcome.summary).toMatch(/tennis ball/);
  });

  it('bounces balls on the street floor with decreasing impulses', async () => {
    const plan = parsePrompt('three rubber balls bounce on the street at night');
    const trace = await simulate(plan, 3);
    for (const ball of plan.entities.filter((e) => e.kind === 'ball')) {
      const hits = contacts(trace).filter((c) => c.a === ball.id && c.b === 'floor');
      expect(hits.length).toBeGreaterThanOrEqual(3);
      expect(hits[0]?.materialB).toBe('concrete');
      for (let i = 1; i < hits.length; i++) expect(hits[i]?.impulse ?? 0).toBeLessThan(hits[i - 1]?.impulse ?? 0);
    }
  });

  it('knocks boxes over when a bowling ball rolls down a ramp into them', async () => {
    const plan = parsePrompt('a bowling ball rolls down a ramp into a stack of boxes');
    const trace = await simulate(plan, 1);
    const ball = idOf(plan, 'ball');
    // The ball starts resting at the top of the ramp (no impact there) and ends up past its low end.
    const b = trace.bodies.findIndex((x) => x.id === ball);
    const ramp = plan.entities.find((e) => e.kind === 'ramp');
    const startX = trace.frames[0]?.[b * FLOATS_PER_BODY] ?? 0;
    const endX = trace.frames[trace.frames.length - 1]?.[b * FLOATS_PER_BODY] ?? 0;
    expect(startX).toBeLessThan((ramp?.position[0] ?? 0) - 0.5);
    expect(endX).toBeGreaterThan((ramp?.position[0] ?? 0) + (ramp?.size[0] ?? 0));
    expect(contacts(trace).some((c) => c.b === idOf(plan, 'ramp'))).toBe(false);
    expect(contacts(trace).some((c) => c.a === ball && c.b.startsWith('box-'))).toBe(true);
    expect(trace.outcome.summary).toMatch(/rolled down the ramp/);
    expect(trace.outcome.summary).toMatch(/knocked over [1-6] of the 6 boxes/);
    // The boxes really moved in the frames.
    const i = trace.bodies.findIndex((b) => b.id === 'box-1');
    const first = trace.frames[0]?.[i * FLOATS_PER_BODY] ?? 0;
    const last = trace.frames[trace.frames.length - 1]?.[i * FLOATS_PER_BODY] ?? 0;
    expect(Math.abs(last - first)).toBeGreaterThan(0.1);
  });

  it('reports progress up to 1 and stops with an AbortError when cancelled', async () => {
    const seen: number[] = [];
    await simulate(DROP, 1, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen[seen.length - 1]).toBe(1);

    const pre = new AbortController();
    pre.abort();
    await expect(simulate(DROP, 1, { signal: pre.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const mid = new AbortController();
    const run = simulate(MISS, 1, { signal: mid.signal, onProgress: (f) => f > 0.5 && mid.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects an invalid plan or seed with invalid_input', async () => {
    const broken = { ...DROP, entities: [] } as ScenePlan;
    await expect(simulate(broken, 1)).rejects.toBeInstanceOf(ApiError);
    await expect(simulate(broken, 1)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(simulate(DROP, 1.5)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('simulates a 5 s basketball scene quickly', async () => {
    await simulate(MAKE, 11); // warm the JIT
    const t0 = performance.now();
    await simulate(MAKE, 12);
    // Typically ~50-150 ms; the bound is loose because this machine's two cores are shared.
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
