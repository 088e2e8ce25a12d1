import { describe, expect, it } from 'vitest';
import { GRAVITY } from '../../main/engine/physics/constants';
import { ApiError } from '../../main/contract/api';
import type { ScenePlan } from '../../main/contract/scene-plan';
import { FLOATS_PER_BODY, worldTraceSchema, type TraceEvent, type WorldTrace } from '../../main/contract/world-trace';
import { dribbleBallTop } from '../../main/engine/actions/dribble/pose';
import { kickStrikePoint } from '../../main/engine/actions/kick/pose';
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
    expect(hits[0]?.t ?? 0).toBeCloseTo((drop?.startSec ?? 0) + Math.sqrt(2 / GRAVITY), 2);
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

  it('kicks a soccer ball: at rest until the foot meets it, then flying away from the kicker', async () => {
    const plan = parsePrompt('a kid kicks a soccer ball in the park');
    const trace = await simulate(plan, 3);
    expect(worldTraceSchema.safeParse(trace).success).toBe(true);
    const kid = plan.entities.find((e) => e.kind === 'person');
    const ball = plan.entities.find((e) => e.kind === 'ball');
    if (!kid || !ball) throw new Error('kick plan lacks a person or a ball');
    const track = trace.actors.find((a) => a.entityId === kid.id);
    expect(track?.animation).toBe('kick');
    if (!track) return;
    const b = trace.bodies.findIndex((x) => x.id === ball.id);
    const at = (f: number): number[] => trace.frames[f]?.slice(b * FLOATS_PER_BODY, b * FLOATS_PER_BODY + 3) ?? [];
    const contactFrame = Math.floor(track.releaseSec * trace.fps);
    // Resting where the plan put it, on the grass, until the strike.
    for (let f = 0; f <= contactFrame; f++) {
      const p = at(f);
      expect(Math.hypot((p[0] ?? 0) - ball.position[0], (p[2] ?? 0) - ball.position[2])).toBeLessThan(0.002);
      expect(p[1]).toBeCloseTo(ball.size[0] ?? 0, 2);
    }
    // The shoe is on the ball at the contact time.
    const strike = kickStrikePoint(track, kid.size[0] ?? 1.3);
    expect(Math.hypot(strike[0] - ball.position[0], strike[1] - ball.position[1], strike[2] - ball.position[2])).toBeCloseTo(ball.size[0] ?? 0, 2);
    // One foot-ball contact, at the contact time, with the impulse that launched it.
    const hits = contacts(trace).filter((c) => c.a === ball.id && c.b === kid.id);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.t).toBeCloseTo(track.releaseSec, 6);
    expect(hits[0]?.materialB).toBe('rubber');
    expect(hits[0]?.impulse ?? 0).toBeGreaterThan(ball.mass * 5);
    // Then it moves away along the kicker's facing, up off the ground first, and lands on the grass.
    const fwd = [Math.cos(track.facing), -Math.sin(track.facing)];
    const along = (p: number[]): number => ((p[0] ?? 0) - track.position[0]) * (fwd[0] ?? 0) + ((p[2] ?? 0) - track.position[2]) * (fwd[1] ?? 0);
    const after = at(contactFrame + 6);
    expect(along(after) - along(at(contactFrame))).toBeGreaterThan(0.5);
    expect(after[1] ?? 0).toBeGreaterThan((ball.size[0] ?? 0) + 0.1);
    expect(along(at(trace.frameCount - 1))).toBeGreaterThan(along(at(contactFrame)) + 3);
    const floor = contacts(trace).filter((c) => c.a === ball.id && c.b === 'floor');
    expect(floor.length).toBeGreaterThanOrEqual(1);
    expect(floor[0]?.t ?? 0).toBeGreaterThan(track.releaseSec + 0.3);
    // The run-up and the plant are heard: footsteps before the strike, and after it the recovery.
    const steps = trace.events.filter((e) => e.kind === 'footstep' && e.actor === kid.id);
    expect(steps.filter((e) => e.t < track.releaseSec).length).toBeGreaterThanOrEqual(2);
    expect(steps.some((e) => e.t > track.releaseSec)).toBe(true);
    expect(await simulate(plan, 3)).toEqual(trace);
  });

  it('slows a kicked soccer ball on the grass at about Crr * g once it rolls (rolling resistance)', async () => {
    const plan = parsePrompt('a kid kicks a soccer ball in the park');
    const trace = await simulate(plan, 3);
    const ball = plan.entities.find((e) => e.kind === 'ball');
    if (!ball) throw new Error('kick plan lacks a ball');
    const r = ball.size[0] ?? 0.11;
    const b = trace.bodies.findIndex((x) => x.id === ball.id);
    const x = (f: number): number => trace.frames[f]?.[b * FLOATS_PER_BODY] ?? NaN;
    const y = (f: number): number => trace.frames[f]?.[b * FLOATS_PER_BODY + 1] ?? NaN;
    const speed = (f: number): number => (x(f + 1) - x(f - 1)) * (trace.fps / 2);
    // Once the bounces are over the ball rolls on the grass ...
    const floor = contacts(trace).filter((c) => c.a === ball.id && c.b === 'floor');
    const lastBounce = floor[floor.length - 1]?.t ?? Infinity;
    const from = Math.ceil((lastBounce + 0.2) * trace.fps);
    const to = trace.frameCount - 2;
    expect(to - from).toBeGreaterThan(trace.fps);
    for (let f = from; f <= to; f++) expect(y(f)).toBeCloseTo(r, 2);
    // ... and loses speed steadily at about Crr * g (grass: Crr 0.08-0.15, so 0.8-1.5 m/s^2),
    // where without rolling resistance it kept its speed to the end of the clip.
    const decel = (speed(from) - speed(to)) / ((to - from) / trace.fps);
    expect(decel).toBeGreaterThan(0.8);
    expect(decel).toBeLessThan(1.5);
    const mid = Math.round((from + to) / 2);
    const firstHalf = (speed(from) - speed(mid)) / ((mid - from) / trace.fps);
    expect(Math.abs(firstHalf - decel)).toBeLessThan(0.15);
    // Where it will stop: its distance so far plus v^2 / 2a. A realistic kick on a lawn, not 50 m.
    const travelled = x(to) - ball.position[0];
    const stopsAt = travelled + speed(to) ** 2 / (2 * decel);
    expect(stopsAt).toBeLessThan(35);
  });

  it('rolls a ball far on the gym floor, briefly on grass, and barely on sand, stopping at zero', async () => {
    const roll = async (prompt: string): Promise<{ distance: number; v0: number; planned: number; decel: number; endSpeed: number; summary: string }> => {
      const plan = parsePrompt(prompt);
      const trace = await simulate(plan, 1);
      const ball = plan.entities.find((e) => e.kind === 'ball');
      if (!ball) throw new Error(`no ball in "${prompt}"`);
      const b = trace.bodies.findIndex((x) => x.id === ball.id);
      const x = (f: number): number => trace.frames[f]?.[b * FLOATS_PER_BODY] ?? NaN;
      const speed = (f: number): number => (x(f + 1) - x(f - 1)) * (trace.fps / 2);
      // The roll starts at the action's start; measure once the ball has gripped the floor and rolls.
      const start = Math.ceil(((plan.actions[0]?.startSec ?? 0) + 0.2) * trace.fps);
      const v0 = speed(start);
      const later = start + Math.round(trace.fps / 4);
      const decel = (v0 - speed(later)) / ((later - start) / trace.fps);
      const last = trace.frameCount - 1;
      // It never rolls backwards: the position only moves forward.
      for (let f = start; f < last; f++) expect(x(f + 1)).toBeGreaterThanOrEqual(x(f) - 1e-4);
      const action = plan.actions[0];
      const planned = action && 'velocity' in action && action.velocity ? Math.hypot(action.velocity[0], action.velocity[2]) : NaN;
      return { distance: x(last) - x(start), v0, planned, decel, endSpeed: Math.abs(x(last) - x(last - 1)) * trace.fps, summary: trace.outcome.summary };
    };
    const gym = await roll('a ball rolls across the gym floor');
    const grass = await roll('a ball rolls across the grass in the park');
    const sand = await roll('a ball rolls across the sand on the beach');
    // A rolled ball leaves the hand rolling, so it keeps (nearly all of) the speed it was given.
    expect(gym.v0).toBeGreaterThan(0.93 * gym.planned);
    // Wood: Crr ~0.01-0.02 (a rubber ball a little more), so ~0.1-0.2 m/s^2; it is still rolling at the end.
    expect(gym.decel).toBeGreaterThan(0.08);
    expect(gym.decel).toBeLessThan(0.25);
    expect(gym.endSpeed).toBeGreaterThan(0.5);
    // Grass: ~1-1.5 m/s^2, so the ball stops after v0^2 / 2a, and stays stopped.
    expect(grass.decel).toBeGreaterThan(0.9);
    expect(grass.decel).toBeLessThan(1.8);
    expect(grass.endSpeed).toBeLessThan(1e-3);
    expect(grass.summary).toMatch(/came to rest/);
    expect(grass.distance).toBeCloseTo(grass.v0 ** 2 / (2 * grass.decel), 0);
    expect(gym.distance).toBeGreaterThan(4 * grass.distance);
    // Sand: Crr ~0.2-0.3, it stops sooner still.
    expect(sand.decel).toBeGreaterThan(2);
    expect(sand.endSpeed).toBeLessThan(1e-3);
    expect(sand.distance).toBeLessThan(grass.distance);
  });

  it('dribbles a basketball: the hand meets the ball at every beat and the floor bounces are regular', async () => {
    const plan = parsePrompt('a basketball player dribbles the ball on the court');
    const trace = await simulate(plan, 1);
    expect(worldTraceSchema.safeParse(trace).success).toBe(true);
    const player = plan.entities.find((e) => e.kind === 'person');
    const ball = plan.entities.find((e) => e.kind === 'ball');
    if (!player || !ball) throw new Error('dribble plan lacks a person or a ball');
    expect(ball.label).toBe('basketball');
    const track = trace.actors.find((a) => a.entityId === player.id);
    expect(track?.animation).toBe('dribble');
    const beats = track?.beats ?? [];
    if (!track) return;
    // The floor bounces: several, evenly spaced, each with a real impulse.
    const floor = contacts(trace).filter((c) => c.a === ball.id && c.b === 'floor');
    expect(floor.length).toBeGreaterThanOrEqual(5);
    const gaps = floor.slice(1).map((c, i) => c.t - (floor[i]?.t ?? 0));
    const steady = gaps.slice(1);
    const mean = steady.reduce((a, g) => a + g, 0) / steady.length;
    for (const g of steady) expect(Math.abs(g - mean)).toBeLessThan(0.02);
    expect(mean).toBeGreaterThan(0.35);
    expect(mean).toBeLessThan(1);
    for (const c of floor) expect(c.impulse).toBeGreaterThan(2);
    // Beats every `mean` seconds too: one bounce per beat, between them.
    expect(beats.length).toBeGreaterThanOrEqual(floor.length);
    floor.forEach((c, i) => {
      expect(c.t).toBeGreaterThan(beats[i] ?? Infinity);
      expect(c.t).toBeLessThan(beats[i + 1] ?? -Infinity);
    });
    // The palm pushes at each beat inside the clip, and the ball is right under it then.
    const pushes = contacts(trace).filter((c) => c.a === ball.id && c.b === player.id);
    const inClip = beats.filter((b) => b < plan.format.durationSec);
    expect(pushes.map((p) => p.t)).toEqual(inClip.map((b) => expect.closeTo(b, 6)));
    const H = player.size[0] ?? 1.95;
    const r = ball.size[0] ?? 0.12;
    for (const [i, p] of pushes.entries()) {
      if (i === 0) continue;
      const top = dribbleBallTop(track, H, r, i);
      // The event sits on the ball's top: within a couple of centimetres of where the palm is.
      expect(Math.hypot(p.position[0] - top[0], p.position[1] - r - top[1], p.position[2] - top[2])).toBeLessThan(0.02);
    }
    // The ball stays by the dribbler the whole clip.
    const b = trace.bodies.findIndex((x) => x.id === ball.id);
    for (const row of trace.frames) {
      const x = row[b * FLOATS_PER_BODY] ?? 0;
      const z = row[b * FLOATS_PER_BODY + 2] ?? 0;
      expect(Math.hypot(x - player.position[0], z - player.position[2])).toBeLessThan(0.8);
    }
    expect(await simulate(plan, 1)).toEqual(trace);
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

});
