// A hand's grip on a thing: a fixed joint that keeps the thing where it was in the hand when the
// fingers closed, so a held glass hangs from the hand with its own weight and inertia (the joint
// carries them) rather than being teleported along. The hand and what it holds do not collide
// while held; letting go removes the joint and the thing carries on as physics takes it. The joint
// lives in the physics world, so a captured state keeps it and a continued take lets go of the same
// joint, found again by the two bodies it holds together.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { SceneWorld } from './world-builder';

type Quat = { x: number; y: number; z: number; w: number };
type Vec = { x: number; y: number; z: number };

const conj = (q: Quat): Quat => ({ x: -q.x, y: -q.y, z: -q.z, w: q.w });

function mul(a: Quat, b: Quat): Quat {
  return {
    w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
    x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
    y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
    z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
  };
}

function rotate(q: Quat, v: Vec): Vec {
  const r = mul(mul(q, { x: v.x, y: v.y, z: v.z, w: 0 }), conj(q));
  return { x: r.x, y: r.y, z: r.z };
}

export function gripJoint(scene: SceneWorld, holder: RigidBody, held: RigidBody): void {
  const ph = holder.translation();
  const pt = held.translation();
  const qt = held.rotation();
  // The holder's origin and turn, seen from the held thing's frame.
  const anchor = rotate(conj(qt), { x: ph.x - pt.x, y: ph.y - pt.y, z: ph.z - pt.z });
  const frame = mul(conj(qt), holder.rotation());
  const data = scene.R.JointData.fixed({ x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: 0, w: 1 }, anchor, frame);
  scene.world.createImpulseJoint(data, holder, held, true).setContactsEnabled(false);
}

// Lets go: removes every joint between the holder and the held thing in the world as it is now.
export function releaseJoint(scene: SceneWorld, holder: RigidBody, held: RigidBody): void {
  const found: number[] = [];
  scene.world.impulseJoints.forEachJointHandleAttachedToRigidBody(holder.handle, (h) => {
    found.push(h);
  });
  for (const h of found) {
    const joint = scene.world.getImpulseJoint(h);
    if (joint && joint.body2().handle === held.handle) scene.world.removeImpulseJoint(joint, true);
  }
}
