// A push: at one moment an impulse (N s) is given to a resting body at a point on it (the top of a
// bottle, the upper edge of a domino), and physics does the rest: whether it slides, rocks back or
// falls over follows from its mass, shape and friction, nothing more.
import type { Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';

export class PushHook implements StepHook {
  constructor(
    private readonly thing: Entity,
    private readonly impulse: Vec3,
    // Where the push lands, above the thing's centre (metres, in the world's up direction).
    private readonly aboveCentreM: number,
    private readonly step: number,
    // Where it lands in the world instead (a palm's touch on the thing's side), if given.
    private readonly at?: Vec3,
  ) {}

  beforeStep(step: number, world: StepWorld): void {
    if (step !== this.step) return;
    const body = world.bodyOf(this.thing.id);
    const c = body.translation();
    const [jx, jy, jz] = this.impulse;
    const p = this.at ? { x: this.at[0], y: this.at[1], z: this.at[2] } : { x: c.x, y: c.y + this.aboveCentreM, z: c.z };
    body.applyImpulseAtPoint({ x: jx, y: jy, z: jz }, p, true);
  }
}

// The smallest push at the top of a standing block (half depth a along the push, half height h,
// mass m) that brings its centre over the pivot edge: the energy to lift the centre from h to
// sqrt(a^2 + h^2), from the angular momentum 2h J about the edge. I about the edge is the box's
// m (a^2 + h^2) / 3 plus m (a^2 + h^2) (a solid block; a bottle is close enough to it).
export function tippingImpulse(massKg: number, halfAlongM: number, halfUpM: number, gravity: number): number {
  const d2 = halfAlongM ** 2 + halfUpM ** 2;
  const lift = massKg * gravity * (Math.sqrt(d2) - halfUpM);
  const iEdge = (4 / 3) * massKg * d2;
  return Math.sqrt(2 * iEdge * lift) / (2 * halfUpM);
}

// The spin (rad/s) about a stack's bottom edge that carries its centre over that edge: the energy to
// lift the centre from h to sqrt(a^2 + h^2), I about the edge (4/3) M (a^2 + h^2). A stack or a
// tower turning so moves each thing at spin times its height: the shove each is given.
export function tippingSpin(halfAlongM: number, halfUpM: number, gravity: number): number {
  const d2 = halfAlongM ** 2 + halfUpM ** 2;
  return Math.sqrt((2 * gravity * (Math.sqrt(d2) - halfUpM)) / ((4 / 3) * d2));
}
