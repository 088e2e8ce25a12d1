// Turns ScenePlan entities into Rapier bodies and colliders (each kind by its builder in bodies/),
// and remembers which entity (and which part of it, e.g. the hoop's rim versus its backboard) every
// collider belongs to, so contacts can be reported by entity id and material.
import { GRAVITY } from '../physics/constants';
import type { Collider, ColliderDesc, RigidBody, World } from '@dimforge/rapier3d-compat';
import type { Entity, Vec3 } from '../../contract/world-trace-types';
import type { Rapier } from './rapier';
import { BODY_BUILDERS } from './bodies';
import { FLOOR_ID, type BoxPart, type Ground } from './fixtures';
import type { BuildOptions, ColliderInfo, RollingBall, Touch, WorldParts } from './scene-world-types';

export const SOLVER_ITERATIONS = 8;

export class SceneWorld implements WorldParts {
  // Replaced (never mutated from outside) when a captured state is restored.
  private current: World;
  readonly colliders = new Map<number, ColliderInfo>();
  readonly bodies = new Map<string, RigidBody>();
  // Every ball and every round thing that rolls on its side, in plan order.
  readonly balls: RollingBall[] = [];

  constructor(
    readonly R: Rapier,
    entities: readonly Entity[],
    ground: Ground,
    dt: number,
    options: BuildOptions,
  ) {
    this.current = new R.World({ x: 0, y: -GRAVITY, z: 0 });
    this.current.timestep = dt;
    this.current.numSolverIterations = SOLVER_ITERATIONS;
    this.addFloor(ground);
    entities.forEach((entity, index) => this.bodies.set(entity.id, BODY_BUILDERS[entity.kind](this, entity, index, options)));
  }

  get world(): World {
    return this.current;
  }

  // Swaps in the world a Rapier snapshot of this same scene describes (same entities built in the
  // same order, so every body and collider keeps its handle) and re-points the maps at its bodies.
  restore(snapshot: Uint8Array): void {
    const restored = this.R.World.restoreSnapshot(snapshot);
    if (!restored) throw new Error('The stored physics state could not be read.');
    const dt = this.current.timestep;
    this.current.free();
    this.current = restored;
    restored.timestep = dt;
    restored.numSolverIterations = SOLVER_ITERATIONS;
    for (const [id, body] of this.bodies) this.bodies.set(id, this.rebind(body.handle));
    this.balls.forEach((ball, i) => {
      const collider = restored.getCollider(ball.collider.handle);
      if (!collider) throw new Error('The stored physics state does not match the scene.');
      this.balls[i] = { ...ball, body: this.rebind(ball.body.handle), collider };
    });
  }

  private rebind(handle: number): RigidBody {
    const body = this.current.getRigidBody(handle);
    if (!body) throw new Error('The stored physics state does not match the scene.');
    return body;
  }

  free(): void {
    this.current.free();
  }

  desc(desc: ColliderDesc): ColliderDesc {
    // Every collider reports collision start/stop so the contact tracker knows which pairs to read;
    // restitution combines by minimum so a soft surface (sand, a cardboard box) deadens any ball.
    return desc
      .setActiveEvents(this.R.ActiveEvents.COLLISION_EVENTS)
      .setRestitutionCombineRule(this.R.CoefficientCombineRule.Min);
  }

  attach(collider: Collider, info: ColliderInfo): void {
    this.colliders.set(collider.handle, info);
  }

  private addFloor(ground: Ground): void {
    const body = this.world.createRigidBody(this.R.RigidBodyDesc.fixed());
    const collider = this.world.createCollider(
      this.desc(this.R.ColliderDesc.cuboid(200, 0.5, 200))
        .setTranslation(0, -0.5, 0)
        .setRestitution(ground.restitution)
        .setFriction(ground.friction),
      body,
    );
    this.attach(collider, {
      entityId: FLOOR_ID,
      part: 'floor',
      material: ground.material,
      rank: 1e9,
      dynamicEntity: false,
      rollingResistance: ground.rollingResistance,
    });
  }

  addBoxParts(body: RigidBody, parts: readonly BoxPart[], info: ColliderInfo, restitution: number, friction: number): void {
    for (const p of parts) {
      const c = this.world.createCollider(
        this.desc(this.R.ColliderDesc.cuboid(p.halfExtents[0], p.halfExtents[1], p.halfExtents[2]))
          .setTranslation(p.center[0], p.center[1], p.center[2])
          .setRestitution(restitution)
          .setFriction(friction),
        body,
      );
      this.attach(c, info);
    }
  }

  // A piece of a breakable entity: a dynamic convex body, disabled (no collisions, no motion) until
  // the break enables it. Its contacts are named by the piece's own id, with the entity's material.
  addPiece(id: string, of: Entity, points: readonly Vec3[], massKg: number): RigidBody {
    const parentRank = this.rankOf(of.id);
    const body = this.world.createRigidBody(this.R.RigidBodyDesc.dynamic().setEnabled(false).setCcdEnabled(true));
    const hull = this.R.ColliderDesc.convexHull(new Float32Array(points.flat()));
    if (!hull) throw new Error(`Could not build a piece of "${of.id}": its shape is degenerate.`);
    const c = this.world.createCollider(this.desc(hull).setMass(massKg).setRestitution(of.restitution).setFriction(of.friction), body);
    this.attach(c, { entityId: id, material: of.material, part: 'body', rank: parentRank, dynamicEntity: true });
    this.bodies.set(id, body);
    return body;
  }

  // A hand (engine/hands/): a kinematic palm the hook moves along its path. Its contacts are heard
  // as flesh, and whatever it touches moves only because it pushes or holds it.
  addHand(id: string, half: Vec3, at: Vec3, friction: number): RigidBody {
    const body = this.world.createRigidBody(this.R.RigidBodyDesc.kinematicPositionBased().setTranslation(at[0], at[1], at[2]));
    const c = this.world.createCollider(this.desc(this.R.ColliderDesc.cuboid(half[0], half[1], half[2])).setFriction(friction).setRestitution(0.1), body);
    this.attach(c, { entityId: id, material: 'flesh', part: 'body', rank: 5e5, dynamicEntity: false });
    this.bodies.set(id, body);
    return body;
  }

  private rankOf(entityId: string): number {
    for (const info of this.colliders.values()) if (info.entityId === entityId) return info.rank;
    return 1e5;
  }

  // What touches this entity now (the floor included): each other entity's material, and the
  // contact points and normal of the touch.
  touching(entityId: string): Touch[] {
    const body = this.bodies.get(entityId);
    const out: Touch[] = [];
    if (!body) return out;
    for (let i = 0; i < body.numColliders(); i++) {
      const c = body.collider(i);
      this.world.contactPairsWith(c, (other) => {
        const info = this.colliders.get(other.handle);
        if (!info || info.entityId === entityId) return;
        this.world.contactPair(c, other, (manifold) => {
          const points: Vec3[] = [];
          for (let k = 0; k < manifold.numSolverContacts(); k++) {
            const p = manifold.solverContactPoint(k);
            if (p) points.push([p.x, p.y, p.z]);
          }
          let impulse = 0;
          for (let k = 0; k < manifold.numContacts(); k++) impulse += manifold.contactImpulse(k);
          const n = manifold.normal();
          if (points.length > 0) out.push({ entityId: info.entityId, material: info.material, points, normal: [n.x, n.y, n.z], impulse });
        });
      });
    }
    return out;
  }
}
