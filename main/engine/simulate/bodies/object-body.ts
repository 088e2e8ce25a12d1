// An everyday object (objects/): whole, it is the solid its profile turns out (a glass full of
// glass: its mass is the real one, its collider the outside shape), or its boxes (a chair's seat,
// back and legs), scaled to the entity's size.
import type { ColliderDesc } from '@dimforge/rapier3d-compat';
import type { Entity } from '../../../contract/world-trace-types';
import { objectModule } from '../../objects';
import { colliderParts, footPoints, heightOf, slabsOf, solidBands, volumeOf, widestOf } from '../../objects/geometry';
import { handleBox } from '../../objects/handle';
import type { ObjectModule } from '../../objects/types';
import { ballRollingFactor } from '../fixtures';
import type { BodyBuilder, PartName, WorldParts } from '../scene-world-types';

interface Shape {
  desc: ColliderDesc;
  part: PartName;
}

// Boxes share the real mass by volume; the first is the body, the rest its upper part.
function objectShapes(parts: WorldParts, entity: Entity): Shape[] {
  const o = objectModule(entity.form);
  const scale = (entity.size[1] ?? 1) / (heightOf(o) / 2);
  if (!o.parts) return latheShapes(parts, entity, o, scale);
  const total = volumeOf(o);
  return colliderParts(o).map((p, k) => ({
    desc: parts.desc(parts.R.ColliderDesc.cuboid(p.half[0] * scale, p.half[1] * scale, p.half[2] * scale))
      .setTranslation(p.center[0] * scale, p.center[1] * scale, p.center[2] * scale)
      .setMass((entity.mass * 8 * p.half[0] * p.half[1] * p.half[2]) / total),
    part: k === 0 ? 'body' as const : 'upper' as const,
  }));
}

// A lathe thing: its solid in bands, the foot it stands on and its slabs (geometry.ts's slabsOf).
function latheShapes(parts: WorldParts, entity: Entity, o: ObjectModule, scale: number): Shape[] {
  const R = parts.R;
  // A thing that rolls is turned smoother, so it rolls rather than clatters over the hull's edges.
  const segments = o.rolls ? 64 : 12;
  const hullOf = (points: number[]): ColliderDesc => {
    const hull = R.ColliderDesc.convexHull(new Float32Array(points.map((v) => v * scale)));
    if (!hull) throw new Error(`Could not build the ${entity.label} "${entity.id}": its shape is degenerate.`);
    return parts.desc(hull);
  };
  // A straight-sided can rolls on an exact cylinder: every facet of a hull rolling over is a small
  // impact, and on 64 of them a can lost 0.23 m/s^2, five times a real can's rolling resistance
  // (256 facets are so thin that Rapier threw the can into the air). The surface's rolling
  // resistance (rolling.ts) slows it instead.
  if (o.collider === 'cylinder') return [{ desc: parts.desc(R.ColliderDesc.cylinder((heightOf(o) / 2) * scale, widestOf(o) * scale)).setMass(entity.mass), part: 'body' }];
  // The upper bands of a thing in bands are heard apart from its body.
  const shapes: Shape[] = solidBands(o, segments).map((band, k) => ({ desc: hullOf(band.points).setMass(entity.mass * band.share), part: k === 0 ? 'body' : 'upper' }));
  // The foot (twice the hull's segments, so its corners carry the thing, not the hull's base)
  // adds no mass: it is only what the thing stands on.
  const foot = footPoints(o, 2 * segments);
  if (foot) shapes.push({ desc: hullOf(foot).setMass(0), part: 'body' });
  for (const slab of slabsOf(o)) {
    const box = R.ColliderDesc.cuboid(slab.half[0] * scale, slab.half[1] * scale, slab.half[2] * scale);
    const turn = { x: 0, y: Math.sin(slab.turn / 2), z: 0, w: Math.cos(slab.turn / 2) };
    shapes.push({ desc: parts.desc(box).setTranslation(0, slab.centerY * scale, 0).setRotation(turn).setMass(0), part: 'body' });
  }
  // A handle's outer bar (no mass of its own: a mug's is a few grams of its 350): what a mug on its
  // side rests on, not air.
  const handle = handleBox(o);
  if (handle) {
    const box = R.ColliderDesc.cuboid(handle.half[0] * scale, handle.half[1] * scale, handle.half[2] * scale);
    shapes.push({ desc: parts.desc(box).setTranslation(handle.center[0] * scale, handle.center[1] * scale, handle.center[2] * scale).setMass(0), part: 'body' });
  }
  return shapes;
}

export const buildObject: BodyBuilder = (parts, entity, index, options) => {
  const R = parts.R;
  const [x, y, z] = entity.position;
  const desc = options.kinematic.has(entity.id) ? R.RigidBodyDesc.kinematicPositionBased() : R.RigidBodyDesc.dynamic();
  const [qx, qy, qz, qw] = entity.rotation ?? [0, 0, 0, 1];
  const body = parts.world.createRigidBody((entity.rotation ? desc.setRotation({ x: qx, y: qy, z: qz, w: qw }) : desc).setTranslation(x, y, z).setCcdEnabled(true));
  for (const { desc: shape, part } of objectShapes(parts, entity)) {
    const c = parts.world.createCollider(shape.setRestitution(entity.restitution).setFriction(entity.friction), body);
    parts.attach(c, { entityId: entity.id, material: entity.material, part, rank: index, dynamicEntity: true });
  }
  if (objectModule(entity.form).rolls) parts.balls.push({ body, collider: body.collider(0), radius: entity.size[0] ?? 0.03, factor: ballRollingFactor(entity.material) });
  return body;
};
