// A liquid at rest, held by its vessel (scene-liquid.ts's settled setup: "a glass of water on the
// table"). Until something disturbs it, its particles ride the vessel rigidly and the solver is not
// stepped, so a still glass costs next to nothing and never sloshes. Why not let the sleep module
// (dfsph-sleep.ts) keep it: a glass set on a table rises about half a millimetre in its first
// tenth of a second as its contact settles, and any wall speed wakes every particle near it; awake,
// a 2.5k glass jittered at a few cm/s and few fell asleep again (10 s of CPU for a 5 s clip against
// 1 s without the water). Disturbed (the vessel moves faster than WAKE_SPEED, or another body comes
// near it): from then on the solver steps it as any liquid, its particles still asleep until the
// sleep module's own rules wake them.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity } from '../../contract/scene-plan';
import type { StepWorld } from '../simulate/schedule-types';
import { SLEEP_AFTER, stillOffset, WAKE_SPEED } from './dfsph-sleep';
import type { ParticleFluid } from './pbf';
import { rotate, type PoseLike } from './motion';
import type { Vessel } from './scene-solids';

// How near (m) another body's centre may come to the vessel's outside before the liquid is handed
// to the solver: a ball's radius and a kernel radius, with room to spare. Handing over early costs
// little: while no solid moves and the water sleeps, the solver passes its steps over.
const NEAR_M = 0.15;

export class StillHold {
  // The particles in the vessel's own frame, as they started.
  private readonly local: Float64Array;
  held = true;

  constructor(x: Float64Array, private readonly vessel: RigidBody, private readonly others: readonly RigidBody[], private readonly radiusM: number, private readonly heightM: number) {
    this.local = new Float64Array(x.length);
    const pose = poseOf(vessel), p = [0, 0, 0];
    for (let i = 0; i < x.length; i += 3) {
      p[0] = x[i]! - pose.position.x; p[1] = x[i + 1]! - pose.position.y; p[2] = x[i + 2]! - pose.position.z;
      rotate(p, pose.rotation, true);
      this.local.set(p, i);
    }
  }

  // While held, moves the particles with the vessel and returns true; once disturbed, false for good.
  carry(x: Float64Array, v: Float64Array): boolean {
    if (this.held && this.disturbed()) this.held = false;
    if (!this.held) return false;
    const pose = poseOf(this.vessel), p = [0, 0, 0];
    for (let i = 0; i < this.local.length; i += 3) {
      p[0] = this.local[i]!; p[1] = this.local[i + 1]!; p[2] = this.local[i + 2]!;
      rotate(p, pose.rotation, false);
      x[i] = p[0]! + pose.position.x; x[i + 1] = p[1]! + pose.position.y; x[i + 2] = p[2]! + pose.position.z;
    }
    v.fill(0, 0, this.local.length);
    return true;
  }

  private disturbed(): boolean {
    // Broken: its pieces carry nothing.
    if (!this.vessel.isEnabled()) return true;
    const lin = this.vessel.linvel(), ang = this.vessel.angvel();
    if (Math.hypot(lin.x, lin.y, lin.z) > WAKE_SPEED || Math.hypot(ang.x, ang.y, ang.z) * Math.max(this.radiusM, this.heightM) > WAKE_SPEED) return true;
    const c = this.vessel.translation();
    return this.others.some((b) => {
      const t = b.translation();
      return Math.hypot(t.x - c.x, t.z - c.z) < this.radiusM + NEAR_M && Math.abs(t.y - c.y) < this.heightM / 2 + NEAR_M;
    });
  }
}

function poseOf(body: RigidBody): PoseLike {
  const t = body.translation(), q = body.rotation();
  return { position: { x: t.x, y: t.y, z: t.z }, rotation: { x: q.x, y: q.y, z: q.z, w: q.w } };
}

// A settled liquid at the start: held by its vessel, and once disturbed the solver's, its particles
// asleep (DFSPH) until the sleep module's rules wake them. Every other body that moves (not the
// fixtures) may disturb it.
export function settle(fluid: ParticleFluid, vessel: Vessel, entities: readonly Entity[], world: StepWorld): StillHold {
  if (fluid.method === 'dfsph') fluid.warm.fill(SLEEP_AFTER, stillOffset(fluid.n), stillOffset(fluid.n) + fluid.n);
  const id = vessel.entity.id, s = vessel.collider.shape;
  const others = entities.filter((e) => e.id !== id && world.hasBody(e.id) && !world.bodyOf(e.id).isFixed()).map((e) => world.bodyOf(e.id));
  return new StillHold(fluid.x, world.bodyOf(id), others, s.widestM, s.heightM);
}
