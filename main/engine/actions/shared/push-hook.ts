// A push: at one moment an impulse (N s) is given to a resting body at a point on it (the top of a
// bottle, the upper edge of a domino), and physics does the rest: whether it slides, rocks back or
// falls over follows from its mass, shape and friction, nothing more.
import type { Entity, Vec3 } from '../../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';

// The hand whose palm gives a push: its id, heard as skin on the thing's material at the touch.
export interface Toucher {
  hand: string;
}

// A palm whose own contact carried this share of the push was heard by physics.
const PRESSED_SHARE = 0.1;

export class PushHook implements StepHook {
  // Whether the palm pressed on the thing itself about the push (see afterStep).
  private pressed = false;

  constructor(
    private readonly thing: Entity,
    private readonly impulse: Vec3,
    // Where the push lands, above the thing's centre (metres, in the world's up direction).
    private readonly aboveCentreM: number,
    private readonly step: number,
    // Where it lands in the world instead (a palm's touch on the thing's side), if given.
    private readonly at?: Vec3,
    // The hand that gives it. The palm stops a hair short of the thing (knock.ts: a palm that went
    // on through pushed a domino's foot along), so physics mostly never reports their contact: the
    // touch is then told here, where and when the push lands, with the push's impulse.
    private readonly by?: Toucher,
  ) {}

  beforeStep(step: number, world: StepWorld): void {
    if (step !== this.step) return;
    world.bodyOf(this.thing.id).applyImpulseAtPoint(this.vector(), this.point(world), true);
  }

  // Told once the step has run: when the palm did press on the thing in it or the step before,
  // physics hears that touch itself (a block's flat face met by the palm), and a second one would be
  // heard twice.
  afterStep(step: number, world: StepWorld): void {
    if (!this.by || step < this.step - 1 || step > this.step) return;
    const j = this.vector();
    if (step === this.step - 1) this.pressed = false;
    this.pressed ||= world.touching(this.thing.id).some((t) => t.entityId === this.by?.hand && t.impulse > PRESSED_SHARE * Math.hypot(j.x, j.y, j.z));
    if (step !== this.step || this.pressed) return;
    const p = this.point(world);
    world.emit({ kind: 'contact', t: (step + 0.5) * world.dt, a: this.thing.id, b: this.by.hand, materialA: this.thing.material, materialB: 'flesh', impulse: Math.hypot(j.x, j.y, j.z), position: [p.x, p.y, p.z] });
  }

  private vector(): { x: number; y: number; z: number } {
    return { x: this.impulse[0], y: this.impulse[1], z: this.impulse[2] };
  }

  // Where the push lands (before the step it is given in).
  private point(world: StepWorld): { x: number; y: number; z: number } {
    if (this.at) return { x: this.at[0], y: this.at[1], z: this.at[2] };
    const c = world.bodyOf(this.thing.id).translation();
    return { x: c.x, y: c.y + this.aboveCentreM, z: c.z };
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

// A fingertip's touch with no push physics gives (a coin flicked into the spin its model holds):
// heard as skin on the thing at that step, with the impulse the flick would carry.
export class TouchHook implements StepHook {
  constructor(private readonly thing: Entity, private readonly hand: string, private readonly at: Vec3, private readonly impulse: number, private readonly step: number) {}

  afterStep(step: number, world: StepWorld): void {
    if (step !== this.step) return;
    world.emit({ kind: 'contact', t: (step + 0.5) * world.dt, a: this.thing.id, b: this.hand, materialA: this.thing.material, materialB: 'flesh', impulse: this.impulse, position: this.at });
  }
}
