// The shapes SceneWorld (world-builder.ts) and the per-kind body builders (bodies/) share: kept apart
// so neither imports the other's module for a type.
import type { Collider, ColliderDesc, RigidBody, World } from '@dimforge/rapier3d-compat';
import type { Entity, Material, Vec3 } from '../../contract/world-trace-types';
import type { BoxPart } from './fixtures';
import type { Rapier } from './rapier';

// An everyday object's colliders above its base are its 'upper' part: its contacts are their own
// group, so a thing that falls over on the surface it stands on is heard landing.
export type PartName = 'body' | 'upper' | 'rim' | 'board' | 'pole' | 'floor';

// One thing touching another: its entity, material, the contact points and the contact normal, and
// the solver's normal impulse between them in the last step (N s; 0 for a speculative contact, two
// things only about to meet).
export interface Touch {
  entityId: string;
  material: Material;
  points: Vec3[];
  normal: Vec3;
  impulse: number;
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

// What a body builder may do to the world being built: make bodies and colliders, and record which
// entity (and part) each collider is.
export interface WorldParts {
  readonly R: Rapier;
  readonly world: World;
  readonly balls: RollingBall[];
  // A collider description with the events and combine rules every collider of the scene has.
  desc(desc: ColliderDesc): ColliderDesc;
  attach(collider: Collider, info: ColliderInfo): void;
  addBoxParts(body: RigidBody, parts: readonly BoxPart[], info: ColliderInfo, restitution: number, friction: number): void;
}

// Builds one kind of entity's body and colliders (index: its place in the plan, for contact ranks)
// and returns the body, which SceneWorld files under the entity's id.
export type BodyBuilder = (parts: WorldParts, entity: Entity, index: number, options: BuildOptions) => RigidBody;
