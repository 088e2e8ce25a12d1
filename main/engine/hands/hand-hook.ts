// A hand in the simulation: a kinematic palm that follows its planned path step by step. Whatever
// it meets is moved by physics only: pushed by the palm's contact, or held by a joint between the
// fingers' closing and opening (simulate/grip.ts), so a held glass swings with its own weight and a
// let-go book drops the last few millimetres onto the shelf. Its contacts are heard as flesh.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity, TraceBody } from '../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../simulate/schedule-types';
import { HAND_FRICTION, PALM_HALF } from './hand-shape';
import { poseAt, type HandPlan } from './path';

// How fast the fingers close on what they grip (m/s).
const FINGERS_CLOSE_MPS = 0.15;

export class HandHook implements StepHook {
  readonly bodies: TraceBody[];
  private body: RigidBody | null = null;
  // What the fingers hold now (by id).
  private held: string[] = [];
  // Everything the hand will touch, kept awake while it works (see HandPlan.pushes).
  private readonly awake: string[];

  // `things`: the plan's entities, for what a grip touches (its material, its mass).
  constructor(readonly plan: HandPlan, private readonly things: readonly Entity[] = []) {
    this.awake = [...new Set([...(plan.pushes ?? []), ...plan.grips.map((g) => g.object)])];
    const owner = plan.owner ? { owner: plan.owner } : {};
    // What the fingers wrap: the thing's thinnest half extent (a spoon's handle, a glass's radius).
    const wrapOf = (id: string): number => Math.min(1, ...(things.find((e) => e.id === id)?.size ?? [0.03]));
    const grips = [...plan.grips.map((g) => ({ t: g.t, closes: g.closes, wrapM: wrapOf(g.object) })), ...(plan.wraps ?? [])].sort((a, b) => a.t - b.t);
    this.bodies = [{ id: plan.id, shape: { kind: 'hand', shoulder: plan.shoulder, ...owner, grips }, material: 'flesh', dynamic: false }];
  }

  start(world: StepWorld): void {
    const { p, q } = poseAt(this.plan.keys, 0);
    this.body = world.addHand(this.plan.id, PALM_HALF, p, HAND_FRICTION);
    this.body.setRotation({ x: q[0], y: q[1], z: q[2], w: q[3] }, false);
    this.held = [];
  }

  beforeStep(step: number, world: StepWorld): void {
    const body = this.body;
    if (!body) return;
    for (const g of this.plan.grips) {
      if (Math.max(0, Math.round(g.t / world.dt)) !== step) continue;
      if (g.closes) {
        world.grip(body, world.bodyOf(g.object));
        this.held.push(g.object);
        this.touch(g.object, (step + 0.5) * world.dt, world);
      }
      else {
        world.letGo(body, world.bodyOf(g.object));
        this.held = this.held.filter((id) => id !== g.object);
      }
    }
    for (const id of this.awake) world.bodyOf(id).wakeUp();
    const { p, q } = poseAt(this.plan.keys, (step + 1) * world.dt);
    body.setNextKinematicTranslation({ x: p[0], y: p[1], z: p[2] });
    body.setNextKinematicRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
  }

  // The fingers closing on a thing touch it: a soft contact, heard as skin on its material.
  private touch(object: string, t: number, world: StepWorld): void {
    const thing = this.things.find((e) => e.id === object);
    if (!thing) return;
    const p = world.bodyOf(object).translation();
    world.emit({ kind: 'contact', t, a: object, b: this.plan.id, materialA: thing.material, materialB: 'flesh', impulse: thing.mass * FINGERS_CLOSE_MPS, position: [p.x, p.y, p.z] });
  }

  save(): { held: string[] } {
    return { held: [...this.held] };
  }

  // The restored world keeps the grip's joint; letting go later finds it again between the bodies.
  resume(state: unknown, world: StepWorld): void {
    this.body = world.bodyOf(this.plan.id);
    this.held = [...((state as { held?: string[] } | null)?.held ?? [])];
  }

  record(): number[] {
    const body = this.body;
    if (!body) return [0, 0, 0, 0, 0, 0, 1];
    const p = body.translation();
    const q = body.rotation();
    return [p.x, p.y, p.z, q.x, q.y, q.z, q.w];
  }
}
