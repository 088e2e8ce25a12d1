// The state of one run of the full scene and what a physics step does to it: each action's hooks
// act (strikes, pushes, a shot's watch, a glass breaking), held balls are carried or released on
// their step, people move along their tracks, contacts become impacts. A runner can start from the
// plan or from a captured state (a range regenerated, a clip extended): the hooks start as in any
// run (so a breakable's pieces exist with the same handles), then the physics world, the runner's
// bookkeeping and each hook's own state are put back as they were.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { ScenePlan } from '../../contract/scene-plan';
import type { Entity, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import { GROUP_ALL, GROUP_PERSON, GROUP_RELEASED_BALL, RELEASED_BALL_CLEAR_SEC } from '../physics/constants';
import { varyBounces } from './bounce-variation';
import { ContactTracker } from './contacts';
import { ScrapeTracker } from './scrapes';
import { type Ground } from './fixtures';
import { gripJoint, releaseJoint } from './grip';
import { recordFrame } from './record-frame';
import type { Rapier } from './rapier';
import type { BounceVariation, RunState } from './run-state';
import { personCapsule, personCapsuleCentre, type Schedule, type Timing } from './schedule';
import type { SceneRun, StepWorld } from './schedule-types';
import { applySurfaceForces } from './surface-forces';
import { SceneWorld } from './world-builder';

export type { SceneRun };

export interface RunInput {
  R: Rapier;
  plan: ScenePlan;
  schedule: Schedule;
  timing: Timing;
  ground: Ground;
  // Start from this captured state instead of from the plan's start.
  from?: RunState;
  // Bounces that begin inside this window come off a little differently (a regenerated range).
  bounces?: BounceVariation | null;
  // Steps to capture the whole state at (before the step runs).
  captureAt?: (step: number) => boolean;
  // Stop before this step (replaying a stretch up to where a range starts).
  untilStep?: number;
}

export function yawQuaternion(facing: number): { x: number; y: number; z: number; w: number } {
  return { x: 0, y: Math.sin(facing / 2), z: 0, w: Math.cos(facing / 2) };
}

export class SceneRunner {
  readonly scene: SceneWorld;
  readonly queue;
  readonly events: TraceEvent[];
  readonly frames: number[][] = [];
  readonly states: RunState[] = [];
  readonly tracker: ContactTracker;
  private readonly scrapes: ScrapeTracker;
  readonly tracks;
  readonly people: Entity[];
  // Balls that ignore people for now, with the step at which they stop ignoring them.
  private readonly clearAt = new Map<string, number>();
  private readonly velocityBefore = new Map<number, Vec3>();
  // Bodies that move (by id: a restored world has new body objects), and the bodies themselves.
  private readonly movingIds: string[];
  private moving: RigidBody[];
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
    this.scrapes = new ScrapeTracker(this.scene, timing.dt);
    this.tracks = new Map(schedule.tracks.map((t) => [t.entityId, t]));
    this.people = plan.entities.filter((e) => e.kind === 'person');
    // Bodies that move (dynamic, or kinematic with a path): their velocity before each step feeds the
    // impact-time estimate.
    this.movingIds = plan.entities.filter((e) => e.kind === 'ball' || e.kind === 'box' || e.kind === 'object' || e.kind === 'person').map((e) => e.id);
    this.moving = this.movingIds.map((id) => this.bodyOf(id));
    this.world = {
      dt: timing.dt,
      bodyOf: (id) => this.bodyOf(id),
      hasBody: (id) => this.scene.bodies.has(id),
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
        this.movingIds.push(id);
        this.moving.push(body);
        return body;
      },
      addHand: (id, half, at, friction) => {
        const body = this.scene.addHand(id, half, at, friction);
        this.movingIds.push(id);
        this.moving.push(body);
        return body;
      },
      grip: (holder, held) => gripJoint(this.scene, holder, held),
      letGo: (holder, held) => releaseJoint(this.scene, holder, held),
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

  // Sets the scene up to run, and returns the first step to take.
  begin(): number {
    this.start();
    const from = this.input.from;
    if (!from) return 0;
    this.scene.restore(from.world);
    this.moving = this.movingIds.map((id) => this.bodyOf(id));
    this.clearAt.clear();
    for (const [id, step] of from.book.clearAt) this.clearAt.set(id, step ?? Infinity);
    this.tracker.load(from.book.tracker);
    this.scrapes.load(from.book.scrapes);
    this.input.schedule.hooks.forEach((hook, i) => hook.resume?.(from.book.hooks[i] ?? null, this.world));
    return from.step;
  }

  capture(step: number): RunState {
    return {
      step,
      world: this.scene.world.takeSnapshot(),
      book: {
        clearAt: [...this.clearAt.entries()].map(([id, s]) => [id, Number.isFinite(s) ? s : null]),
        tracker: this.tracker.save(),
        scrapes: this.scrapes.save(),
        hooks: this.input.schedule.hooks.map((hook) => hook.save?.() ?? null),
      },
    };
  }

  private start(): void {
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
    this.scrapes.update(k, this.tracker.touchingPairs());
    varyBounces(this.tracker.begun, k, this.input.bounces ?? null);
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
    this.events.push(...this.scrapes.finish());
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
    return { frames: this.frames, firstFrame: 0, states: this.states, events: kept, impacts: this.tracker.impacts, final };
  }

  free(): void {
    this.queue.free();
    this.scene.free();
  }
}
