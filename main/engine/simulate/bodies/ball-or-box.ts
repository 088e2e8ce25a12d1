// A ball or a box: one dynamic body with one collider (kinematic while held or waiting to be let go).
import type { BodyBuilder } from '../scene-world-types';
import { ballRollingFactor } from '../fixtures';

export const buildBallOrBox: BodyBuilder = (parts, entity, index, options) => {
  const { R, world } = parts;
  const [x, y, z] = entity.position;
  const desc = options.kinematic.has(entity.id) ? R.RigidBodyDesc.kinematicPositionBased() : R.RigidBodyDesc.dynamic();
  // CCD keeps small fast balls from tunnelling through thin boxes and the rim.
  const body = world.createRigidBody(desc.setTranslation(x, y, z).setCcdEnabled(true));
  const shape =
    entity.kind === 'ball'
      ? R.ColliderDesc.ball(entity.size[0] ?? 0.1)
      : R.ColliderDesc.cuboid(entity.size[0] ?? 0.2, entity.size[1] ?? entity.size[0] ?? 0.2, entity.size[2] ?? entity.size[0] ?? 0.2);
  const c = world.createCollider(parts.desc(shape).setMass(entity.mass).setRestitution(entity.restitution).setFriction(entity.friction), body);
  parts.attach(c, { entityId: entity.id, material: entity.material, part: 'body', rank: index, dynamicEntity: true });
  if (entity.kind === 'ball') parts.balls.push({ body, collider: c, radius: entity.size[0] ?? 0.1, factor: ballRollingFactor(entity.material) });
  return body;
};
