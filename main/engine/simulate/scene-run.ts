// One run of the full scene: a fixed-step loop that records a frame every video frame, lets each
// action's physics hooks act (strikes, pushes, a shot's watch), releases held balls on their step
// and moves people along their tracks; it runs past the clip's end while a hook waits for an outcome.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { ScenePlan } from '../../contract/scene-plan';
import type { Entity, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import { throwIfAborted } from '../../contract/abort';
import { GROUP_ALL, GROUP_PERSON, GROUP_RELEASED_BALL, RELEASED_BALL_CLEAR_SEC } from '../physics/constants';
import { ContactTracker } from './contacts';
import { type Ground } from './fixtures';
import { recordFrame } from './record-frame';
import type { Rapier } from './rapier';
import { personCapsule, personCapsuleCentre, type Schedule, type Timing } from './schedule';
import type { SceneRun, StepWorld } from './schedule-types';
import { applySurfaceForces } from './surface-forces';
import { SceneWorld } from './world-builder';

export type { SceneRun };
// Frames between yields to the event loop, so a cancel can arrive mid-simulation.
const YIELD_EVERY_FRAMES = 12;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function yawQuaternion(facing: number): { x: number; y: number; z: number; w: number } {
  return { x: 0, y: Math.sin(facing / 2), z: 0, w: Math.cos(facing / 2) };
}

interface RunInput {
  R: Rapier;
  plan: ScenePlan;
  schedule: Schedule;
  timing: Timing;
  ground: Ground;
}

class SceneRunner {
  readonly scene: SceneWorld;
  readonly queue;
  readonly events: TraceEvent[];
  readonly frames: number[][] = [];
  readonly tracker: ContactTracker;
  readonly tracks;
  readonly people: Entity[];
  // Balls that ignore people for now, with the step at which they stop ignoring them.
  private readonly clearAt = new Map<string, number>();
  private readonly velocityBefore = new Map<number, Vec3>();
  private readonly moving: RigidBody[];
  // The hooks' own bodies (pieces), recorded after the plan's entities in every frame.
  private recordHooks(): number[] {
    return this.input.schedule.hooks.flatMap((h) => h.record?.(this.world) ?? []);
  }
  readonly world: StepWorld;

  constructor(private readonly input: RunInput) {
    const { R, plan, schedule, timing, ground } = input;
    this.scene = new SceneWorld(R, plan.entities, ground, timing.dt, { kinematic: new Set(schedule.controls.map((c) => c.entity.id)), personCapsule });
    this.queue = new R.EventQueue(true);
    this.events = [...schedule.footsteps, ...schedule.spoken, ...schedule.bodyImpacts];
    this.tracker = new ContactTracker(this.scene, timing.dt);
    this.tracks = new Map(schedule.tracks.map((t) => [t.entityId, t]));
    this.people = plan.entities.filter((e) => e.kind === 'person');
    // Bodies that move (dynamic, or kinematic with a path): their velocity before each step feeds the
    // impact-time estimate.
    this.moving = plan.entities.filter((e) => e.kind === 'ball' || e.kind === 'box' || e.kind === 'object' || e.kind === 'person').map((e) => this.bodyOf(e.id));
    this.world = {
      dt: timing.dt,
      bodyOf: (id) => this.bodyOf(id),
      touch: (t, ball, person, material, impulse, position) => {
        if (impulse > 0) this.events.push({ kind: 'contact', t, a: ball.id, b: person.id, materialA: ball.material, materialB: material, impulse, position });
      },
      ignorePeopleUntil: (ballId, step) => {
        this.bodyOf(ballId).collider(0).setCollisionGroups(GROUP_RELEASED_BALL);
        this.clearAt.set(ballId, step);
      },
      collideWithPeople: (ballId) => {
        if (this.clearAt.delete(ballId)) this.bodyOf(ballId).collider(0).setCollisionGroups(GROUP_ALL);
      },
      touching: (id) => this.scene.touching(id),
      addPiece: (id, of, points, massKg) => {
        const body = this.scene.addPiece(id, of, points, massKg);
        this.moving.push(body);
        return body;
      },
      emit: (event) => this.events.push(event),
    };
  }

  frame(t: number): number[] {
    const row = recordFrame(this.input.plan, this.tracks, (id) => this.bodyOf(id), t);
    for (const x of this.recordHooks()) row.push(x);
    return row;
  }

  bodyOf(id: string): RigidBody {
    const b = this.scene.bodies.get(id);
    if (!b) throw new Error(`No body for entity "${id}".`);
    return b;
  }

  start(): void {
    for (const person of this.people) {
      const track = this.tracks.get(person.id);
      if (!track) continue;
      const body = this.bodyOf(person.id);
      const c = personCapsuleCentre(person, track, 0);
      body.setTranslation({ x: c[0], y: c[1], z: c[2] }, false);
      body.setRotation(yawQuaternion(track.facing), false);
      body.collider(0).setCollisionGroups(GROUP_PERSON);
    }
    for (const control of this.input.schedule.controls) {
      const p = control.hold(0);
      this.bodyOf(control.entity.id).setTranslation({ x: p[0], y: p[1], z: p[2] }, false);
    }
    for (const hook of this.input.schedule.hooks) hook.start?.(this.world);
  }

  private releaseOrCarry(k: number): void {
    const { R, schedule } = this.input;
    const t0 = k * this.world.dt;
    for (const control of schedule.controls) {
      const body = this.bodyOf(control.entity.id);
      if (control.releaseStep > k) {
        const p = control.hold(t0 + this.world.dt);
        body.setNextKinematicTranslation({ x: p[0], y: p[1], z: p[2] });
        continue;
      }
      if (control.releaseStep !== k) continue;
      const v = control.velocity ?? [0, 0, 0];
      const w = control.angvel;
      body.setBodyType(R.RigidBodyType.Dynamic, true);
      body.setLinvel({ x: v[0], y: v[1], z: v[2] }, true);
      body.setAngvel({ x: w[0], y: w[1], z: w[2] }, true);
      if (!control.actor) continue;
      const p = body.translation();
      this.events.push({ kind: 'release', t: t0, actor: control.actor, object: control.entity.id, position: [p.x, p.y, p.z] });
      const clearSec = control.clearSec ?? RELEASED_BALL_CLEAR_SEC;
      this.world.ignorePeopleUntil(control.entity.id, Number.isFinite(clearSec) ? k + Math.ceil(clearSec / this.world.dt) : Infinity);
    }
  }

  private movePeople(t1: number): void {
    for (const person of this.people) {
      const track = this.tracks.get(person.id);
      if (!track) continue;
      const c = personCapsuleCentre(person, track, t1);
      this.bodyOf(person.id).setNextKinematicTranslation({ x: c[0], y: c[1], z: c[2] });
    }
  }

  private restoreGroups(k: number): void {
    for (const [id, step] of [...this.clearAt.entries()]) {
      if (k < step) continue;
      this.bodyOf(id).collider(0).setCollisionGroups(GROUP_ALL);
      this.clearAt.delete(id);
    }
  }

  step(k: number): void {
    for (const hook of this.input.schedule.hooks) hook.beforeStep?.(k, this.world);
    this.releaseOrCarry(k);
    this.movePeople((k + 1) * this.world.dt);
    this.restoreGroups(k);
    applySurfaceForces(this.scene, this.input.plan, this.world.dt);
    for (const b of this.moving) {
      const v = b.linvel();
      this.velocityBefore.set(b.handle, [v.x, v.y, v.z]);
    }
    this.scene.world.step(this.queue);
    this.queue.drainCollisionEvents((h1, h2, started) => this.tracker.onCollision(h1, h2, started));
    this.tracker.update(k, (b) => this.velocityBefore.get(b.handle) ?? [0, 0, 0]);
    for (const hook of this.input.schedule.hooks) hook.afterStep?.(k, this.world);
  }

  // Whether a hook still waits for an outcome (a shot in the air when the clip ends).
  heldOpen(k: number): boolean {
    return this.input.schedule.hooks.some((h) => h.holdsOpen?.(k) ?? false);
  }

  finish(): SceneRun {
    const { plan, timing } = this.input;
    this.tracker.finish();
    for (const hook of this.input.schedule.hooks) this.events.push(...(hook.finish?.(this.world) ?? []));
    for (const i of this.tracker.impacts) this.events.push(i.event);
    // Events after the last frame cannot be heard; those within it are ordered by time (ties keep
    // a fixed order because the sort is stable and the inputs are built deterministically).
    const kept = this.events.filter((e) => e.t < timing.durationSec).sort((a, b) => a.t - b.t);
    const final: SceneRun['final'] = new Map();
    for (const e of plan.entities) {
      if (e.kind !== 'ball' && e.kind !== 'box' && e.kind !== 'object') continue;
      const b = this.bodyOf(e.id);
      const tr = b.translation();
      const q = b.rotation();
      const v = b.linvel();
      final.set(e.id, { position: [tr.x, tr.y, tr.z], rotation: [q.x, q.y, q.z, q.w], speed: Math.hypot(v.x, v.y, v.z) });
    }
    return { frames: this.frames, events: kept, impacts: this.tracker.impacts, final };
  }

  free(): void {
    this.queue.free();
    this.scene.free();
  }
}

export async function runScene(input: RunInput, signal: AbortSignal | undefined, onProgress: (fraction: number) => void): Promise<SceneRun> {
  const { frameCount, substeps, fps } = input.timing;
  const runner = new SceneRunner(input);
  try {
    runner.start();
    const minSteps = frameCount * substeps;
    for (let k = 0; ; k++) {
      if (k >= minSteps && !runner.heldOpen(k)) break;
      if (k % substeps === 0) {
        const f = k / substeps;
        if (f < frameCount) runner.frames.push(runner.frame(f / fps));
        throwIfAborted(signal);
        onProgress(Math.min(k / minSteps, 1));
        if (f % YIELD_EVERY_FRAMES === YIELD_EVERY_FRAMES - 1) await yieldToLoop();
      }
      runner.step(k);
    }
    onProgress(1);
    return runner.finish();
  } finally {
    runner.free();
  }
}
