// The spoon in the simulation: a kinematic body on its stirring path (path.ts) that the liquid meets
// as its boxes (liquids/tools.ts), and that Rapier does not collide (inside the cup it would meet the
// cup's solid hull), until the hand lays it down and lets go (lay-down.ts): then a dynamic body again. What the stir does is read from the run as it goes:
// - a clink each time the bowl reaches the cup's wall, as hard as it was moving into it (the spoon
//   and the fingers on it, EFFECTIVE_KG), given to the cup as an impulse and heard as metal on it;
// - the spoon's speed through the liquid (while its bowl is under the surface), for the swish;
// - the liquid's swirl about the cup's axis (its mean angular speed), for the take's card.
import type { Entity, Material } from '../../../contract/scene-plan';
import type { TraceEvent } from '../../../contract/world-trace-types';
import type { ContainerShape } from '../../liquids/container';
import type { LiquidHook } from '../../liquids/scene-liquid';
import { DYNAMIC_BODY, GROUP_ALL, KINEMATIC_BODY } from '../../physics/constants';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';
import { spoonAt } from './lay-down';
import { longAxis, type StirPath } from './path';

const EFFECTIVE_KG = 0.08;
// The bowl touches the wall when it is this close to it (m).
const TOUCH_M = 0.0005;
// Slower into the wall than this (m/s) is a touch, not a clink.
const CLINK_MIN_SPEED = 0.01;
// Samples a second of the spoon's speed and of the liquid's swirl.
const SPEED_HZ = 60;
const SWIRL_HZ = 20;

export interface SwirlSample {
  t: number;
  // The liquid's mean angular speed about the cup's axis (rad/s; positive the way the spoon goes).
  radPerSec: number;
}

export class StirHook implements StepHook {
  readonly swirl: SwirlSample[] = [];
  private readonly speeds: { t: number; speed: number }[] = [];
  private touching = false;
  private lastGap = Infinity;
  private last: { t: number; x: number; y: number; z: number } | null = null;
  private released = false;

  constructor(
    private readonly spoon: Entity,
    private readonly cup: Entity & { material: Material },
    private readonly shape: ContainerShape,
    private readonly path: StirPath,
    private readonly fluidHook: LiquidHook,
    private readonly handId: string | null,
  ) {}

  start(world: StepWorld): void {
    const body = world.bodyOf(this.spoon.id);
    body.setBodyType(KINEMATIC_BODY, true);
    for (let i = 0; i < body.numColliders(); i++) body.collider(i).setCollisionGroups(0);
    this.released = false;
    const { position: p, rotation: q } = spoonAt(this.path, 0);
    body.setTranslation({ x: p[0], y: p[1], z: p[2] }, true);
    body.setRotation({ x: q[0], y: q[1], z: q[2], w: q[3] }, true);
    // The hand holding the spoon above the cup touches nothing but the spoon.
    if (this.handId) world.bodyOf(this.handId).collider(0).setCollisionGroups(0);
    this.swirl.length = 0;
    this.speeds.length = 0;
    this.touching = false;
    this.last = null;
  }

  beforeStep(step: number, world: StepWorld): void {
    const t = (step + 1) * world.dt;
    const body = world.bodyOf(this.spoon.id);
    if (this.released) return;
    if (this.path.lay && t > this.path.lay.releaseSec) {
      // Let go just above the table: from here physics has it (it drops the last few millimetres
      // and settles, and would fall on if it were let go over nothing).
      this.released = true;
      body.setBodyType(DYNAMIC_BODY, true);
      for (let i = 0; i < body.numColliders(); i++) body.collider(i).setCollisionGroups(GROUP_ALL);
      body.setLinvel({ x: 0, y: 0, z: 0 }, true);
      body.setAngvel({ x: 0, y: 0, z: 0 }, true);
      return;
    }
    const { position: p, rotation: q } = spoonAt(this.path, t);
    body.setNextKinematicTranslation({ x: p[0], y: p[1], z: p[2] });
    body.setNextKinematicRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
  }

  afterStep(step: number, world: StepWorld): void {
    const t = (step + 1) * world.dt;
    const body = world.bodyOf(this.spoon.id);
    // Where the bowl's tip is (the spoon tilts going in and out, so not always under its centre),
    // lifted by the half length so the checks below can read it as an upright spoon's centre.
    const c = body.translation(), r = body.rotation();
    const axis = longAxis([r.x, r.y, r.z, r.w]);
    const h = this.path.halfLengthM;
    const at = { x: c.x - axis[0] * h, y: c.y - axis[1] * h + h, z: c.z - axis[2] * h };
    this.clink(at, t, world);
    const every = (hz: number): boolean => Math.floor(t * hz) !== Math.floor((t - world.dt) * hz);
    if (every(SPEED_HZ)) this.sampleSpeed(at, t);
    if (every(SWIRL_HZ)) this.swirl.push({ t, radPerSec: this.swirlNow(world) });
  }

  finish(): TraceEvent[] {
    const wet = this.speeds.filter((s) => s.speed >= 0);
    if (wet.length < 2) return [];
    const first = wet[0]!.t, lastT = wet[wet.length - 1]!.t;
    const speed = this.speeds.filter((s) => s.t >= first && s.t <= lastT).map((s) => Math.max(0, s.speed));
    const [x, , z] = this.cup.position;
    return [{ kind: 'stir', t: first, durationSec: Math.max(1 / SPEED_HZ, lastT - first), hz: SPEED_HZ, speed, position: [x, this.fluidHook.levelOf(this.cup.id) || this.cup.position[1], z] }];
  }

  // The gap between the bowl's outer edge and the cup's wall, and a clink where it closes.
  private clink(at: { x: number; y: number; z: number }, t: number, world: StepWorld): void {
    const cupBody = world.bodyOf(this.cup.id);
    const c = cupBody.translation();
    const dx = at.x - c.x, dz = at.z - c.z;
    const r = Math.hypot(dx, dz);
    const bowlY = at.y - this.path.halfLengthM - (c.y - this.shape.heightM / 2);
    const gap = this.shape.rIn(Math.min(Math.max(bowlY, this.shape.floorM), this.shape.heightM)) - (r + this.path.bowlHalfM);
    // Only inside the cup's mouth: a spoon carried out over its rim to be laid down is not at the wall.
    const touches = gap <= TOUCH_M && bowlY < this.shape.heightM && r < this.shape.rIn(this.shape.heightM);
    const speed = (this.lastGap - gap) / world.dt;
    if (touches && !this.touching && speed > CLINK_MIN_SPEED && r > 1e-6) {
      const impulse = EFFECTIVE_KG * speed;
      cupBody.applyImpulse({ x: (impulse * dx) / r, y: 0, z: (impulse * dz) / r }, true);
      const wall = { x: c.x + (dx / r) * (r + this.path.bowlHalfM), z: c.z + (dz / r) * (r + this.path.bowlHalfM) };
      world.emit({ kind: 'contact', t, a: this.spoon.id, b: this.cup.id, materialA: this.spoon.material, materialB: this.cup.material, impulse, position: [wall.x, at.y - this.path.halfLengthM, wall.z] });
    }
    this.touching = touches;
    this.lastGap = gap;
  }

  // The bowl's speed while it is under the liquid's surface (-1 while it is out of it).
  private sampleSpeed(at: { x: number; y: number; z: number }, t: number): void {
    const prev = this.last;
    this.last = { t, x: at.x, y: at.y, z: at.z };
    if (!prev || t <= prev.t) return;
    const c = this.cup.position;
    const inMouth = Math.hypot(at.x - c[0], at.z - c[2]) < this.shape.rIn(this.shape.heightM);
    const under = inMouth && at.y - this.path.halfLengthM < this.fluidHook.levelOf(this.cup.id);
    const d = Math.hypot(at.x - prev.x, at.y - prev.y, at.z - prev.z);
    this.speeds.push({ t, speed: under ? d / (t - prev.t) : -1 });
  }

  // Sum of r x v about the cup's axis over the sum of r^2: the liquid's mean angular speed.
  private swirlNow(world: StepWorld): number {
    const fluid = this.fluidHook.fluid();
    const c = world.bodyOf(this.cup.id).translation();
    let l = 0, i2 = 0;
    for (let i = 0; i < fluid.n; i++) {
      const dx = fluid.x[3 * i]! - c.x, dz = fluid.x[3 * i + 2]! - c.z;
      l += dx * fluid.v[3 * i + 2]! - dz * fluid.v[3 * i]!;
      i2 += dx * dx + dz * dz;
    }
    return i2 > 0 ? l / i2 : 0;
  }
}
