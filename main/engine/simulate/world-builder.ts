// Turns ScenePlan entities into Rapier bodies and colliders, and remembers which entity (and which
// part of it, e.g. the hoop's rim versus its backboard) every collider belongs to, so contacts can be
// reported by entity id and material.
import { GRAVITY } from '../physics/constants';
import type { Collider, ColliderDesc, RigidBody, World } from '@dimforge/rapier3d-compat';
import type { Entity, Material, Vec3 } from '../../contract/world-trace-types';
import type { Rapier } from './rapier';
import { objectModule } from '../objects';
import { colliderParts, footPoints, heightOf, slabsOf, solidBands, volumeOf, widestOf } from '../objects/geometry';
import type { ObjectModule } from '../objects/types';
import { stairsGeometry } from './stairs';
import { FLOOR_ID, ballRollingFactor, hoopGeometry, rampGeometry, surfaceRollingResistance, tableGeometry, type BoxPart, type Ground } from './fixtures';

// An everyday object's colliders above its base are its 'upper' part: its contacts are their own
// group, so a thing that falls over on the surface it stands on is heard landing.
export type PartName = 'body' | 'upper' | 'rim' | 'board' | 'pole' | 'floor';

// One thing touching another: its entity, material, the contact points and the contact normal.
export interface Touch {
  entityId: string;
  material: Material;
  points: Vec3[];
  normal: Vec3;
}

export interface ColliderInfo {
  entityId: string;
  part: PartName;
  material: Material;
  // Order used to name the two sides of a contact: moving things first, then plan order, floor last.
  rank: number;
  dynamicEntity: boolean;
  // Rolling-resistance coefficient when this collider is a surface a ball can roll on (the floor, a
  // table, a ramp); absent for everything else (a rim, a backboard, a box, a person).
  rollingResistance?: number;
}

// A ball body (or a round thing that rolls on its side: a can, a tyre) and what its rolling
// resistance needs to know.
export interface RollingBall {
  body: RigidBody;
  collider: Collider;
  radius: number;
  // Multiplies the surface's rolling-resistance coefficient (soft balls lose more).
  factor: number;
}

export interface BuildOptions {
  // Entities whose body starts kinematic (held by a hand or waiting for its drop/roll to start).
  kinematic: ReadonlySet<string>;
  // Person collider size by entity id.
  personCapsule: (entity: Entity) => { radius: number; halfHeight: number };
}

export const SOLVER_ITERATIONS = 8;

export class SceneWorld {
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
    entities.forEach((entity, index) => this.addEntity(entity, index, options));
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

  private desc(desc: ColliderDesc): ColliderDesc {
    // Every collider reports collision start/stop so the contact tracker knows which pairs to read;
    // restitution combines by minimum so a soft surface (sand, a cardboard box) deadens any ball.
    return desc
      .setActiveEvents(this.R.ActiveEvents.COLLISION_EVENTS)
      .setRestitutionCombineRule(this.R.CoefficientCombineRule.Min);
  }

  // Whole, an object is the solid its profile turns out, or its boxes (a chair's seat, back and legs,
  // each a cuboid, sharing the real mass by volume), scaled to the entity's size.
  private objectShapes(entity: Entity): { desc: ColliderDesc; part: PartName }[] {
    const o = objectModule(entity.form);
    const scale = (entity.size[1] ?? 1) / (heightOf(o) / 2);
    if (!o.parts) return this.latheShapes(entity, o, scale);
    const total = volumeOf(o);
    return colliderParts(o).map((p, k) => ({
      desc: this.desc(this.R.ColliderDesc.cuboid(p.half[0] * scale, p.half[1] * scale, p.half[2] * scale))
        .setTranslation(p.center[0] * scale, p.center[1] * scale, p.center[2] * scale)
        .setMass((entity.mass * 8 * p.half[0] * p.half[1] * p.half[2]) / total),
      part: k === 0 ? 'body' as const : 'upper' as const,
    }));
  }

  // A lathe thing: its solid in bands, the foot it stands on and its slabs (geometry.ts's slabsOf).
  private latheShapes(entity: Entity, o: ObjectModule, scale: number): { desc: ColliderDesc; part: PartName }[] {
    // A thing that rolls is turned smoother, so it rolls rather than clatters over the hull's edges.
    const segments = o.rolls ? 64 : 12;
    const hullOf = (points: number[]): ColliderDesc => {
      const hull = this.R.ColliderDesc.convexHull(new Float32Array(points.map((v) => v * scale)));
      if (!hull) throw new Error(`Could not build the ${entity.label} "${entity.id}": its shape is degenerate.`);
      return this.desc(hull);
    };
    // A straight-sided can rolls on an exact cylinder: every facet of a hull rolling over is a small
    // impact, and on 64 of them a can lost 0.23 m/s^2, five times a real can's rolling resistance
    // (256 facets are so thin that Rapier threw the can into the air). The surface's rolling
    // resistance (rolling.ts) slows it instead.
    if (o.collider === 'cylinder') return [{ desc: this.desc(this.R.ColliderDesc.cylinder((heightOf(o) / 2) * scale, widestOf(o) * scale)).setMass(entity.mass), part: 'body' as const }];
    // The upper bands of a thing in bands are heard apart from its body.
    const shapes = solidBands(o, segments).map((band, k) => ({ desc: hullOf(band.points).setMass(entity.mass * band.share), part: k === 0 ? 'body' as const : 'upper' as const }));
    // The foot (twice the hull's segments, so its corners carry the thing, not the hull's base)
    // adds no mass: it is only what the thing stands on.
    const foot = footPoints(o, 2 * segments);
    if (foot) shapes.push({ desc: hullOf(foot).setMass(0), part: 'body' as const });
    for (const slab of slabsOf(o)) {
      const box = this.R.ColliderDesc.cuboid(slab.half[0] * scale, slab.half[1] * scale, slab.half[2] * scale);
      const turn = { x: 0, y: Math.sin(slab.turn / 2), z: 0, w: Math.cos(slab.turn / 2) };
      shapes.push({ desc: this.desc(box).setTranslation(0, slab.centerY * scale, 0).setRotation(turn).setMass(0), part: 'body' as const });
    }
    return shapes;
  }

  private attach(collider: Collider, info: ColliderInfo): void {
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

  private addBoxParts(body: RigidBody, parts: readonly BoxPart[], info: ColliderInfo, restitution: number, friction: number): void {
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

  // Whole, an object is the solid its profile turns out (a glass full of glass: its mass is the real
  // one, its collider the outside shape).
  private addObject(entity: Entity, index: number, kinematic: boolean): void {
    const R = this.R;
    const base = { entityId: entity.id, material: entity.material };
    const [x, y, z] = entity.position;
    const desc = kinematic ? R.RigidBodyDesc.kinematicPositionBased() : R.RigidBodyDesc.dynamic();
    const [qx, qy, qz, qw] = entity.rotation ?? [0, 0, 0, 1];
    const body = this.world.createRigidBody((entity.rotation ? desc.setRotation({ x: qx, y: qy, z: qz, w: qw }) : desc).setTranslation(x, y, z).setCcdEnabled(true));
    this.objectShapes(entity).forEach(({ desc: shape, part }) => {
      const c = this.world.createCollider(shape.setRestitution(entity.restitution).setFriction(entity.friction), body);
      this.attach(c, { ...base, part, rank: index, dynamicEntity: true });
    });
    this.bodies.set(entity.id, body);
    if (objectModule(entity.form).rolls) this.balls.push({ body, collider: body.collider(0), radius: entity.size[0] ?? 0.03, factor: ballRollingFactor(entity.material) });
  }

  // A hoop: its rim (a ring of small capsules), the bracket, the glass backboard, the steel arm and pole.
  private addHoop(entity: Entity, index: number): void {
    const R = this.R;
    const base = { entityId: entity.id, material: entity.material };
    const body = this.world.createRigidBody(R.RigidBodyDesc.fixed());
    const g = hoopGeometry(entity);
    this.addRim(body, g.rimCenter, g.rimRadius, g.tubeRadius, { ...base, part: 'rim', rank: 1e6 + index, dynamicEntity: false }, entity);
    this.addBoxParts(body, [g.bracket], { ...base, part: 'rim', rank: 1e6 + index, dynamicEntity: false }, entity.restitution, entity.friction);
    // Backboards are tempered glass; the arm and pole are steel, whatever the rim is made of.
    this.addBoxParts(body, [g.board], { ...base, material: 'glass', part: 'board', rank: 1e6 + index, dynamicEntity: false }, 0.7, 0.4);
    const pole: BoxPart = {
      center: [g.pole.base[0], g.pole.height / 2, g.pole.base[2]],
      halfExtents: [g.pole.radius, g.pole.height / 2, g.pole.radius],
    };
    this.addBoxParts(body, [g.arm, pole], { ...base, material: 'metal', part: 'pole', rank: 1e6 + index, dynamicEntity: false }, 0.5, 0.5);
    this.bodies.set(entity.id, body);
  }

  private addEntity(entity: Entity, index: number, options: BuildOptions): void {
    const R = this.R;
    const [x, y, z] = entity.position;
    const kinematic = options.kinematic.has(entity.id);
    const base = { entityId: entity.id, material: entity.material };
    switch (entity.kind) {
      case 'ball':
      case 'box': {
        const desc = kinematic ? R.RigidBodyDesc.kinematicPositionBased() : R.RigidBodyDesc.dynamic();
        // CCD keeps small fast balls from tunnelling through thin boxes and the rim.
        const body = this.world.createRigidBody(desc.setTranslation(x, y, z).setCcdEnabled(true));
        const shape =
          entity.kind === 'ball'
            ? R.ColliderDesc.ball(entity.size[0] ?? 0.1)
            : R.ColliderDesc.cuboid(entity.size[0] ?? 0.2, entity.size[1] ?? entity.size[0] ?? 0.2, entity.size[2] ?? entity.size[0] ?? 0.2);
        const c = this.world.createCollider(
          this.desc(shape).setMass(entity.mass).setRestitution(entity.restitution).setFriction(entity.friction),
          body,
        );
        this.attach(c, { ...base, part: 'body', rank: index, dynamicEntity: true });
        this.bodies.set(entity.id, body);
        if (entity.kind === 'ball') this.balls.push({ body, collider: c, radius: entity.size[0] ?? 0.1, factor: ballRollingFactor(entity.material) });
        return;
      }
      case 'object':
        this.addObject(entity, index, kinematic);
        return;
      case 'person': {
        const { radius, halfHeight } = options.personCapsule(entity);
        const body = this.world.createRigidBody(R.RigidBodyDesc.kinematicPositionBased().setTranslation(x, y + radius + halfHeight, z));
        const c = this.world.createCollider(
          this.desc(R.ColliderDesc.capsule(halfHeight, radius)).setRestitution(entity.restitution).setFriction(entity.friction),
          body,
        );
        this.attach(c, { ...base, part: 'body', rank: 1e6 + index, dynamicEntity: false });
        this.bodies.set(entity.id, body);
        return;
      }
      case 'hoop':
        this.addHoop(entity, index);
        return;
      case 'ramp': {
        const body = this.world.createRigidBody(R.RigidBodyDesc.fixed());
        const g = rampGeometry(entity);
        const hull = R.ColliderDesc.convexHull(new Float32Array(g.vertices.flat()));
        if (!hull) throw new Error(`Could not build the ramp "${entity.id}": its size is degenerate.`);
        const c = this.world.createCollider(
          this.desc(hull)
            .setRestitution(entity.restitution)
            .setFriction(entity.friction),
          body,
        );
        this.attach(c, { ...base, part: 'body', rank: 1e6 + index, dynamicEntity: false, rollingResistance: surfaceRollingResistance(entity.material) });
        this.bodies.set(entity.id, body);
        return;
      }
      case 'stairs': {
        const body = this.world.createRigidBody(R.RigidBodyDesc.fixed());
        const info: ColliderInfo = { ...base, part: 'body', rank: 1e6 + index, dynamicEntity: false, rollingResistance: surfaceRollingResistance(entity.material) };
        this.addBoxParts(body, stairsGeometry(entity).steps, info, entity.restitution, entity.friction);
        this.bodies.set(entity.id, body);
        return;
      }
      case 'table': {
        const body = this.world.createRigidBody(R.RigidBodyDesc.fixed());
        const g = tableGeometry(entity);
        const info: ColliderInfo = { ...base, part: 'body', rank: 1e6 + index, dynamicEntity: false, rollingResistance: surfaceRollingResistance(entity.material) };
        this.addBoxParts(body, [g.top, ...g.legs], info, entity.restitution, entity.friction);
        this.bodies.set(entity.id, body);
        return;
      }
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
          const n = manifold.normal();
          if (points.length > 0) out.push({ entityId: info.entityId, material: info.material, points, normal: [n.x, n.y, n.z] });
        });
      });
    }
    return out;
  }

  // Rapier has no torus, so the rim is a ring of short capsules: round in cross-section like the
  // real steel tube, and its polygon deviates from a circle by under 2 mm.
  private addRim(body: RigidBody, centre: Vec3, radius: number, tube: number, info: ColliderInfo, entity: Entity): void {
    const segments = 32;
    for (let i = 0; i < segments; i++) {
      const a0 = (2 * Math.PI * i) / segments;
      const a1 = (2 * Math.PI * (i + 1)) / segments;
      const ax = radius * Math.cos(a0);
      const az = radius * Math.sin(a0);
      const bx = radius * Math.cos(a1);
      const bz = radius * Math.sin(a1);
      const length = Math.hypot(bx - ax, bz - az);
      // A capsule's axis is local +y: tip it onto +x (-90 deg about z), then turn it about y onto the chord.
      const heading = Math.atan2(bz - az, bx - ax);
      const qTip = { x: 0, y: 0, z: -Math.SQRT1_2, w: Math.SQRT1_2 };
      const qYaw = { x: 0, y: Math.sin(-heading / 2), z: 0, w: Math.cos(-heading / 2) };
      const rotation = {
        w: qYaw.w * qTip.w - qYaw.y * qTip.y,
        x: qYaw.w * qTip.x + qYaw.y * qTip.z,
        y: qYaw.w * qTip.y + qYaw.y * qTip.w,
        z: qYaw.w * qTip.z - qYaw.y * qTip.x,
      };
      const c = this.world.createCollider(
        this.desc(this.R.ColliderDesc.capsule(length / 2, tube))
          .setTranslation(centre[0] + (ax + bx) / 2, centre[1], centre[2] + (az + bz) / 2)
          .setRotation(rotation)
          .setRestitution(entity.restitution)
          .setFriction(entity.friction),
        body,
      );
      this.attach(c, info);
    }
  }
}
