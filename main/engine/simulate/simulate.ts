// ScenePlan + seed -> WorldTrace: a real rigid-body simulation (Rapier) at a fixed step, sampled
// once per video frame, with the contact, footstep, release and score events that drive the sound.
// The same plan and seed always give the same trace, number for number.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import { ApiError } from '../../contract/api';
import { scenePlanSchema, type ScenePlan } from '../../contract/scene-plan';
import { FLOATS_PER_BODY } from '../../contract/world-trace';
import type { Entity, TraceBody, TraceEvent, Vec3, WorldTrace } from '../../contract/world-trace-types';
import { throwIfAborted } from '../abort';
import { kickStrikePoint } from '../actors/person-pose';
import { ContactTracker, type Impact } from './contacts';
import { bounceCalibrator } from './dribble';
import { groundFor, hoopGeometry, type Ground, type HoopGeometry } from './fixtures';
import { applyNetDrag } from './net';
import { applyRollingResistance } from './rolling';
import { countParts, outcomeOf } from './scene-outcome';
import { loadRapier, type Rapier } from './rapier';
import { buildSchedule, heightOf, personCapsule, personCapsuleCentre, rollingSpin, timingFor, type Schedule, type Timing } from './schedule';
import { ScoreTracker, type ScoreCrossing } from './score';
import { MAX_SHOT_ATTEMPTS, ShotPlanner, matchesIntent, type Launch } from './shot-planner';
import { SceneWorld } from './world-builder';

export interface SimulateOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

// Collision groups (16-bit membership << 16 | 16-bit filter). A ball just released by a person
// ignores people until its flight is over, so it cannot clip the shooter's own body on the way up
// (the shot planner's small world has no people either, and the two must agree).
const GROUP_ALL = 0xffffffff;
const GROUP_PERSON = (0x0002 << 16) | 0xffff;
const GROUP_RELEASED_BALL = (0x0001 << 16) | (0xffff & ~0x0002);
// How long after release a thrown ball keeps ignoring people (a shot waits for its outcome).
const THROW_CLEAR_SEC = 0.4;
// How far (metres) the kicking shoe may be from the ball's surface and still strike it; how far the
// ball may be from where the palm comes down and still be pushed.
const KICK_REACH = 0.06;
const DRIBBLE_REACH = 0.15;
// The shoe's material for the sound of a kick (the person's own material is skin).
const SHOE_MATERIAL = 'rubber';
// Longest a shot's outcome may take after release before the simulation stops waiting for it.
const MAX_SHOT_WAIT_SEC = 3.5;
// Frames between yields to the event loop, so a cancel can arrive mid-simulation.
const YIELD_EVERY_FRAMES = 12;

export interface SceneRun {
  frames: number[][];
  events: TraceEvent[];
  impacts: Impact[];
  scored: ScoreCrossing | null;
  shotReachedHoop: boolean;
  // When the shot's outcome was settled (scored, or falling away), or null if it never was.
  shotDecidedAt: number | null;
  // Final position/orientation/speed of every moving body, for the outcome summary.
  final: Map<string, { position: Vec3; rotation: [number, number, number, number]; speed: number }>;
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function yawQuaternion(facing: number): { x: number; y: number; z: number; w: number } {
  return { x: 0, y: Math.sin(facing / 2), z: 0, w: Math.cos(facing / 2) };
}

export function traceBodies(plan: ScenePlan): TraceBody[] {
  return plan.entities.map((e): TraceBody => {
    switch (e.kind) {
      case 'ball':
        return { id: e.id, shape: { kind: 'sphere', radius: e.size[0] ?? 0.1 }, material: e.material, dynamic: true };
      case 'box': {
        const h = e.size[0] ?? 0.2;
        return { id: e.id, shape: { kind: 'box', halfExtents: [h, e.size[1] ?? h, e.size[2] ?? h] }, material: e.material, dynamic: true };
      }
      case 'person':
        return { id: e.id, shape: { kind: 'capsule', ...personCapsule(e) }, material: e.material, dynamic: false };
      case 'hoop':
      case 'ramp':
      case 'table':
        return { id: e.id, shape: { kind: 'fixture' }, material: e.material, dynamic: false };
    }
  });
}

async function runScene(
  R: Rapier,
  plan: ScenePlan,
  schedule: Schedule,
  timing: Timing,
  ground: Ground,
  launch: Launch | null,
  signal: AbortSignal | undefined,
  onProgress: (fraction: number) => void,
): Promise<SceneRun> {
  const { dt, substeps, frameCount, durationSec } = timing;
  const controls = schedule.controls;
  const scene = new SceneWorld(R, plan.entities, ground, dt, {
    kinematic: new Set(controls.map((c) => c.entity.id)),
    personCapsule,
  });
  const queue = new R.EventQueue(true);
  try {
    const bodyOf = (id: string): RigidBody => {
      const b = scene.bodies.get(id);
      if (!b) throw new Error(`No body for entity "${id}".`);
      return b;
    };
    const tracks = new Map(schedule.tracks.map((t) => [t.entityId, t]));
    const people = plan.entities.filter((e): e is Entity => e.kind === 'person');
    for (const person of people) {
      const track = tracks.get(person.id);
      const body = bodyOf(person.id);
      if (!track) continue;
      const c = personCapsuleCentre(person, track, 0);
      body.setTranslation({ x: c[0], y: c[1], z: c[2] }, false);
      body.setRotation(yawQuaternion(track.facing), false);
      body.collider(0).setCollisionGroups(GROUP_PERSON);
    }
    for (const control of controls) {
      const p = control.hold(0);
      bodyOf(control.entity.id).setTranslation({ x: p[0], y: p[1], z: p[2] }, false);
    }

    const shot = schedule.shot;
    const shotBody = shot ? bodyOf(shot.ball.id) : null;
    const shotHoop = shot ? hoopGeometry(shot.hoop) : null;
    const score = shot && shotHoop ? new ScoreTracker(shotHoop.rimCenter, shotHoop.rimRadius, shot.ball.size[0] ?? 0.12) : null;
    let shotDecided = !shot;
    let shotReachedHoop = false;
    let shotDecidedAt: number | null = null;
    const tracker = new ContactTracker(scene, dt);
    const events: TraceEvent[] = [...schedule.footsteps];
    const frames: number[][] = [];
    // Bodies that move (dynamic, or kinematic with a path): their velocity before each step feeds the
    // impact-time estimate.
    const moving = plan.entities.filter((e) => e.kind === 'ball' || e.kind === 'box' || e.kind === 'person').map((e) => bodyOf(e.id));
    const velocityBefore = new Map<number, Vec3>();
    const balls = plan.entities.filter((e) => e.kind === 'ball').map((e) => bodyOf(e.id));
    const hoops: HoopGeometry[] = plan.entities.filter((e) => e.kind === 'hoop').map((e) => hoopGeometry(e));
    // Balls that ignore people for now, with the step at which they stop ignoring them.
    const clearAt = new Map<string, number>();
    // A ball waiting to be kicked ignores people (the capsule is only a rough stand-in for the body,
    // and the kicker's own legs reach around the ball) until shortly after the strike.
    for (const kick of schedule.kicks) {
      bodyOf(kick.ball.id).collider(0).setCollisionGroups(GROUP_RELEASED_BALL);
      clearAt.set(kick.ball.id, kick.contactStep + Math.ceil(THROW_CLEAR_SEC / dt));
    }
    const kicksAt = new Map(schedule.kicks.map((k) => [k.contactStep, k]));
    // Dribble pushes after the first (the first is the held ball's release), by step.
    const beatsAt = new Map<number, { dribble: Schedule['dribbles'][number]; index: number }[]>();
    for (const dribble of schedule.dribbles) {
      dribble.beatSteps.forEach((step, index) => {
        const list = beatsAt.get(step) ?? [];
        list.push({ dribble, index });
        beatsAt.set(step, list);
      });
    }
    // The hand's (or foot's) contact with a ball, as an audible impact of the impulse it applied.
    const touch = (t: number, ball: Entity, person: Entity, material: Entity['material'], impulse: number, position: Vec3): void => {
      if (impulse <= 0) return;
      events.push({ kind: 'contact', t, a: ball.id, b: person.id, materialA: ball.material, materialB: material, impulse, position });
    };

    const recordFrame = (t: number): void => {
      const row = new Array<number>(plan.entities.length * FLOATS_PER_BODY);
      plan.entities.forEach((e, i) => {
        let p: Vec3 = e.position;
        let q = { x: 0, y: 0, z: 0, w: 1 };
        if (e.kind === 'ball' || e.kind === 'box') {
          const b = bodyOf(e.id);
          const tr = b.translation();
          p = [tr.x, tr.y, tr.z];
          q = b.rotation();
        } else if (e.kind === 'person') {
          const track = tracks.get(e.id);
          if (track) {
            // The capsule's exact pose at frame time (its kinematic target, not a lagging copy).
            p = personCapsuleCentre(e, track, t);
            q = yawQuaternion(track.facing);
          }
        }
        row[i * FLOATS_PER_BODY] = p[0];
        row[i * FLOATS_PER_BODY + 1] = p[1];
        row[i * FLOATS_PER_BODY + 2] = p[2];
        row[i * FLOATS_PER_BODY + 3] = q.x;
        row[i * FLOATS_PER_BODY + 4] = q.y;
        row[i * FLOATS_PER_BODY + 5] = q.z;
        row[i * FLOATS_PER_BODY + 6] = q.w;
      });
      frames.push(row);
    };

    const minSteps = frameCount * substeps;
    const shotDeadline = shot ? shot.control.releaseStep + Math.ceil(MAX_SHOT_WAIT_SEC / dt) : 0;
    for (let k = 0; ; k++) {
      if (k >= minSteps && (shotDecided || k >= shotDeadline)) break;
      if (k % substeps === 0) {
        const f = k / substeps;
        if (f < frameCount) recordFrame(f / timing.fps);
        throwIfAborted(signal);
        onProgress(Math.min(k / minSteps, 1));
        if (f % YIELD_EVERY_FRAMES === YIELD_EVERY_FRAMES - 1) await yieldToLoop();
      }
      const t0 = k * dt;
      const t1 = (k + 1) * dt;

      const kick = kicksAt.get(k);
      if (kick) {
        // The foot arrives: if the ball is where the shoe strikes, the strike's impulse goes in at
        // the touching point (off-centre hits give spin); from here on the flight is physics.
        const body = bodyOf(kick.ball.id);
        const r = kick.ball.size[0] ?? 0.1;
        const strike = kickStrikePoint(kick.track, heightOf(kick.actor));
        const c = body.translation();
        const d: Vec3 = [strike[0] - c.x, strike[1] - c.y, strike[2] - c.z];
        const dl = Math.hypot(d[0], d[1], d[2]) || 1;
        if (dl < r + KICK_REACH) {
          const point: Vec3 = [c.x + (d[0] / dl) * r, c.y + (d[1] / dl) * r, c.z + (d[2] / dl) * r];
          const v = body.linvel();
          const m = body.mass();
          const J: Vec3 = [m * (kick.velocity[0] - v.x), m * (kick.velocity[1] - v.y), m * (kick.velocity[2] - v.z)];
          body.applyImpulseAtPoint({ x: J[0], y: J[1], z: J[2] }, { x: point[0], y: point[1], z: point[2] }, true);
          touch(t0, kick.ball, kick.actor, SHOE_MATERIAL, Math.hypot(J[0], J[1], J[2]), point);
        }
      }
      for (const { dribble, index } of beatsAt.get(k) ?? []) {
        const body = bodyOf(dribble.ball.id);
        const r = dribble.ball.size[0] ?? 0.1;
        const m = body.mass();
        const c = body.translation();
        const p: Vec3 = [c.x, c.y, c.z];
        const v = body.linvel();
        if (index === 0) {
          // Both hands push the held ball down (its release set the velocity).
          const push = dribble.pushSpeeds[0] ?? 0;
          touch(t0, dribble.ball, dribble.actor, 'flesh', m * push, [p[0], p[1] + r, p[2]]);
          continue;
        }
        const target = dribble.targets[index] as Vec3;
        // The palm comes down where the ball should be; a ball that is not there (knocked away, or
        // a floor too dead to bring it back up) is simply not pushed.
        if (Math.hypot(p[0] - target[0], p[1] - target[1], p[2] - target[2]) > DRIBBLE_REACH + 0.5 * r) continue;
        const nextStep = dribble.beatSteps[index + 1];
        const next = dribble.targets[index + 1];
        const sec = nextStep !== undefined ? (nextStep - k) * dt : 0;
        const down = dribble.pushSpeeds[index] ?? 0;
        const nv: Vec3 = next && sec > 0 ? [(next[0] - p[0]) / sec, -down, (next[2] - p[2]) / sec] : [0, -down, 0];
        body.setLinvel({ x: nv[0], y: nv[1], z: nv[2] }, true);
        const w = rollingSpin(nv, r);
        body.setAngvel({ x: w[0], y: w[1], z: w[2] }, true);
        touch(t0, dribble.ball, dribble.actor, 'flesh', m * Math.hypot(nv[0] - v.x, nv[1] - v.y, nv[2] - v.z), [p[0], p[1] + r, p[2]]);
      }

      for (const control of controls) {
        const body = bodyOf(control.entity.id);
        if (control.releaseStep === k) {
          const v = control.velocity ?? launch?.velocity ?? [0, 0, 0];
          const w = control.velocity ? control.angvel : (launch?.angvel ?? control.angvel);
          body.setBodyType(R.RigidBodyType.Dynamic, true);
          body.setLinvel({ x: v[0], y: v[1], z: v[2] }, true);
          body.setAngvel({ x: w[0], y: w[1], z: w[2] }, true);
          if (control.actor) {
            const p = body.translation();
            events.push({ kind: 'release', t: t0, actor: control.actor, object: control.entity.id, position: [p.x, p.y, p.z] });
            body.collider(0).setCollisionGroups(GROUP_RELEASED_BALL);
            const clearSec = control === shot?.control ? Infinity : (control.clearSec ?? THROW_CLEAR_SEC);
            clearAt.set(control.entity.id, Number.isFinite(clearSec) ? k + Math.ceil(clearSec / dt) : Infinity);
          }
        } else if (control.releaseStep > k) {
          const p = control.hold(t1);
          body.setNextKinematicTranslation({ x: p[0], y: p[1], z: p[2] });
        }
      }
      for (const person of people) {
        const track = tracks.get(person.id);
        if (!track) continue;
        const c = personCapsuleCentre(person, track, t1);
        bodyOf(person.id).setNextKinematicTranslation({ x: c[0], y: c[1], z: c[2] });
      }
      for (const [id, step] of [...clearAt.entries()]) {
        if (k >= step) {
          bodyOf(id).collider(0).setCollisionGroups(GROUP_ALL);
          clearAt.delete(id);
        }
      }
      // Any ball inside a hoop's net is slowed by it (before the velocities are sampled, so the
      // impact-time estimate sees the speed the step really starts with).
      for (const ball of balls) for (const h of hoops) applyNetDrag(ball, h, dt);
      // Balls rolling on the floor, a table or a ramp are slowed by rolling resistance.
      applyRollingResistance(scene, dt);
      for (const b of moving) {
        const v = b.linvel();
        velocityBefore.set(b.handle, [v.x, v.y, v.z]);
      }

      scene.world.step(queue);
      queue.drainCollisionEvents((h1, h2, started) => tracker.onCollision(h1, h2, started));
      tracker.update(k, (b) => velocityBefore.get(b.handle) ?? [0, 0, 0]);

      if (shot && shotBody && score && shotHoop && !shotDecided && k >= shot.control.releaseStep) {
        const tr = shotBody.translation();
        const p: Vec3 = [tr.x, tr.y, tr.z];
        score.update(t1, p);
        const rim = shotHoop.rimCenter;
        if (Math.hypot(p[0] - rim[0], p[2] - rim[2]) < 1.2 && p[1] > rim[1] - 0.5) shotReachedHoop = true;
        if (score.decided(p, shotBody.linvel().y)) {
          shotDecided = true;
          shotDecidedAt = score.scored?.t ?? t1;
          // The flight is over: from now on the ball can bounce off people like anything else.
          if (clearAt.delete(shot.ball.id)) shotBody.collider(0).setCollisionGroups(GROUP_ALL);
        }
      }
    }
    tracker.finish();
    onProgress(1);

    const scored = score?.scored ?? null;
    if (shot && scored) events.push({ kind: 'score', t: scored.t, object: shot.ball.id, target: shot.hoop.id, position: scored.position });
    for (const i of tracker.impacts) events.push(i.event);
    // Events after the last frame cannot be heard; those within it are ordered by time (ties keep
    // a fixed order because the sort is stable and the inputs are built deterministically).
    const kept = events.filter((e) => e.t < durationSec).sort((a, b) => a.t - b.t);

    const final: SceneRun['final'] = new Map();
    for (const e of plan.entities) {
      if (e.kind !== 'ball' && e.kind !== 'box') continue;
      const b = bodyOf(e.id);
      const tr = b.translation();
      const q = b.rotation();
      const v = b.linvel();
      final.set(e.id, { position: [tr.x, tr.y, tr.z], rotation: [q.x, q.y, q.z, q.w], speed: Math.hypot(v.x, v.y, v.z) });
    }
    // Impacts within the clip, plus the shot's whole flight (its outcome may land after the clip).
    const impacts = tracker.impacts.filter((i) => i.event.t < durationSec || (shot && (i.event.a === shot.ball.id || i.event.b === shot.ball.id)));
    return { frames, events: kept, impacts, scored, shotReachedHoop, shotDecidedAt, final };
  } finally {
    queue.free();
    scene.free();
  }
}

function validPlan(plan: ScenePlan): ScenePlan {
  const parsed = scenePlanSchema.safeParse(plan);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError('invalid_input', `The scene plan is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.`);
  }
  const ids = new Set<string>();
  for (const e of parsed.data.entities) {
    if (ids.has(e.id)) throw new ApiError('invalid_input', `The scene plan has two entities called "${e.id}".`);
    ids.add(e.id);
  }
  return parsed.data;
}

export async function simulate(planInput: ScenePlan, seed: number, options: SimulateOptions = {}): Promise<WorldTrace> {
  const { signal } = options;
  if (!Number.isInteger(seed)) throw new ApiError('invalid_input', 'The seed must be a whole number.');
  const plan = validPlan(planInput);
  throwIfAborted(signal);
  const R = await loadRapier();
  throwIfAborted(signal);
  const timing = timingFor(plan.format);
  const ground = groundFor(plan.setting);
  const schedule = buildSchedule(plan, seed, timing, bounceCalibrator(R, ground, timing.dt));
  let last = 0;
  // Progress only moves forward, even when a shot has to be re-simulated.
  const progress = (f: number): void => {
    if (f > last) {
      last = f;
      options.onProgress?.(f);
    }
  };

  let run: SceneRun;
  let attempts = 1;
  let intentMatched = true;
  const shot = schedule.shot;
  if (shot) {
    const planner = new ShotPlanner(R, shot, ground, timing.dt, seed);
    let from = 0;
    for (;;) {
      const choice = await planner.search(from, signal, (f) => progress(0.4 * f));
      attempts = choice.index + 1;
      run = await runScene(R, plan, schedule, timing, ground, choice.launch, signal, (f) => progress(0.4 + 0.6 * f));
      // The full scene has the final word: other bodies can change a flight the planner predicted.
      intentMatched = matchesIntent(shot.action.intent, { scored: run.scored !== null, rimContacts: countParts(run, shot.ball.id, 'rim') });
      if (intentMatched || !choice.matched || attempts >= MAX_SHOT_ATTEMPTS) break;
      from = choice.index + 1;
    }
  } else {
    run = await runScene(R, plan, schedule, timing, ground, null, signal, progress);
  }

  return {
    version: 1,
    seed,
    fps: timing.fps,
    frameCount: timing.frameCount,
    bodies: traceBodies(plan),
    frames: run.frames,
    events: run.events,
    actors: schedule.tracks,
    outcome: outcomeOf(plan, schedule, run, { attempts, intentMatched }),
  };
}
