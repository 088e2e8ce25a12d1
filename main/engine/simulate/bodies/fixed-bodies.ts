// The fixed things of a scene: a person's kinematic capsule (moved by the poser, never by contacts),
// a ramp, stairs and a table. Surfaces a ball rolls on carry their rolling resistance.
import type { Entity } from '../../../contract/world-trace-types';
import { rampGeometry, surfaceRollingResistance, tableGeometry } from '../fixtures';
import { stairsGeometry } from '../stairs';
import type { BodyBuilder, ColliderInfo } from '../scene-world-types';

function fixedInfo(entity: Entity, index: number, rolledOn: boolean): ColliderInfo {
  const info: ColliderInfo = { entityId: entity.id, material: entity.material, part: 'body', rank: 1e6 + index, dynamicEntity: false };
  return rolledOn ? { ...info, rollingResistance: surfaceRollingResistance(entity.material) } : info;
}

export const buildPerson: BodyBuilder = (parts, entity, index, options) => {
  const { R, world } = parts;
  const [x, y, z] = entity.position;
  const { radius, halfHeight } = options.personCapsule(entity);
  const body = world.createRigidBody(R.RigidBodyDesc.kinematicPositionBased().setTranslation(x, y + radius + halfHeight, z));
  const c = world.createCollider(parts.desc(R.ColliderDesc.capsule(halfHeight, radius)).setRestitution(entity.restitution).setFriction(entity.friction), body);
  parts.attach(c, fixedInfo(entity, index, false));
  return body;
};

export const buildRamp: BodyBuilder = (parts, entity, index) => {
  const { R, world } = parts;
  const body = world.createRigidBody(R.RigidBodyDesc.fixed());
  const hull = R.ColliderDesc.convexHull(new Float32Array(rampGeometry(entity).vertices.flat()));
  if (!hull) throw new Error(`Could not build the ramp "${entity.id}": its size is degenerate.`);
  const c = world.createCollider(parts.desc(hull).setRestitution(entity.restitution).setFriction(entity.friction), body);
  parts.attach(c, fixedInfo(entity, index, true));
  return body;
};

export const buildStairs: BodyBuilder = (parts, entity, index) => {
  const body = parts.world.createRigidBody(parts.R.RigidBodyDesc.fixed());
  parts.addBoxParts(body, stairsGeometry(entity).steps, fixedInfo(entity, index, true), entity.restitution, entity.friction);
  return body;
};

export const buildTable: BodyBuilder = (parts, entity, index) => {
  const body = parts.world.createRigidBody(parts.R.RigidBodyDesc.fixed());
  const g = tableGeometry(entity);
  parts.addBoxParts(body, [g.top, ...g.legs], fixedInfo(entity, index, true), entity.restitution, entity.friction);
  return body;
};

// A wall: one fixed box of its half extents (size), standing on the floor at its position's x, z.
export const buildWall: BodyBuilder = (parts, entity, index) => {
  const [x, y, z] = entity.position;
  const body = parts.world.createRigidBody(parts.R.RigidBodyDesc.fixed().setTranslation(x, y, z));
  parts.addBoxParts(body, [{ center: [0, 0, 0], halfExtents: [entity.size[0] ?? 0.1, entity.size[1] ?? 1.25, entity.size[2] ?? 1.5] }], fixedInfo(entity, index, false), entity.restitution, entity.friction);
  return body;
};
