// A hoop: its rim (a ring of small capsules), the bracket, the glass backboard, the steel arm and pole.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity, Vec3 } from '../../../contract/world-trace-types';
import { hoopGeometry, type BoxPart } from '../fixtures';
import type { BodyBuilder, ColliderInfo, WorldParts } from '../scene-world-types';

// Rapier has no torus, so the rim is a ring of short capsules: round in cross-section like the
// real steel tube, and its polygon deviates from a circle by under 2 mm.
const RIM_SEGMENTS = 32;

function addRim(parts: WorldParts, body: RigidBody, centre: Vec3, radius: number, tube: number, info: ColliderInfo, entity: Entity): void {
  for (let i = 0; i < RIM_SEGMENTS; i++) {
    const a0 = (2 * Math.PI * i) / RIM_SEGMENTS;
    const a1 = (2 * Math.PI * (i + 1)) / RIM_SEGMENTS;
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
    const c = parts.world.createCollider(
      parts.desc(parts.R.ColliderDesc.capsule(length / 2, tube))
        .setTranslation(centre[0] + (ax + bx) / 2, centre[1], centre[2] + (az + bz) / 2)
        .setRotation(rotation)
        .setRestitution(entity.restitution)
        .setFriction(entity.friction),
      body,
    );
    parts.attach(c, info);
  }
}

export const buildHoop: BodyBuilder = (parts, entity, index) => {
  const body = parts.world.createRigidBody(parts.R.RigidBodyDesc.fixed());
  const g = hoopGeometry(entity);
  const fixed = { entityId: entity.id, material: entity.material, rank: 1e6 + index, dynamicEntity: false };
  addRim(parts, body, g.rimCenter, g.rimRadius, g.tubeRadius, { ...fixed, part: 'rim' }, entity);
  parts.addBoxParts(body, [g.bracket], { ...fixed, part: 'rim' }, entity.restitution, entity.friction);
  // Backboards are tempered glass; the arm and pole are steel, whatever the rim is made of.
  parts.addBoxParts(body, [g.board], { ...fixed, material: 'glass', part: 'board' }, 0.7, 0.4);
  const pole: BoxPart = {
    center: [g.pole.base[0], g.pole.height / 2, g.pole.base[2]],
    halfExtents: [g.pole.radius, g.pole.height / 2, g.pole.radius],
  };
  parts.addBoxParts(body, [g.arm, pole], { ...fixed, material: 'metal', part: 'pole' }, 0.5, 0.5);
  return body;
};
