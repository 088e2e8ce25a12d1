// A spinning coin as Euler's disk. Rapier integrates rigid bodies without the gyroscopic term, so a
// coin spun on its edge there just falls flat; this follows the reduced physics of a thin disk
// rolling on its rim instead. Steady rolling at lean alpha (disk to table) precesses at
// Omega^2 = 4 g / (a tan alpha) (a the radius), and the energy lost to the table and the air brings
// alpha down as (1 - t/T)^(1/3) (Moffatt, Nature 2000), so Omega rises without bound as it settles:
// the rim's contact point runs round faster and faster, one rattle a turn, and the coin slaps flat.
import type { Entity, Material, Vec3 } from '../../../contract/world-trace-types';
import { GRAVITY } from '../../physics/constants';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';

// Below this lean the coin is flat on the table.
const FLAT_RAD = 0.006;

export interface DiskState {
  leanRad: number;
  precessionRad: number;
  flat: boolean;
}

// The lean at time tau after the flick, starting from lean0 and settling at settleSec.
export const leanAt = (lean0: number, tau: number, settleSec: number): number => lean0 * Math.cbrt(Math.max(0, 1 - tau / settleSec));

export const precessionRate = (radiusM: number, leanRad: number): number => Math.sqrt((4 * GRAVITY) / (radiusM * Math.tan(Math.max(leanRad, FLAT_RAD))));

// The coin's orientation: its axis (the lathe's y) tilted from vertical by the lean (upright, the axis lies flat), leaning
// towards the precession angle phi. As a quaternion (x, y, z, w) turning y onto that axis.
export function diskOrientation(leanRad: number, phi: number): [number, number, number, number] {
  const tilt = leanRad;
  // Axis of the turn: horizontal, perpendicular to the lean direction (cos phi, 0, sin phi).
  const ax = -Math.sin(phi);
  const az = Math.cos(phi);
  const s = Math.sin(tilt / 2);
  return [ax * s, 0, az * s, Math.cos(tilt / 2)];
}

// Height of the centre of a coin (radius a, half thickness h) leaning at lean on a surface at topY.
export const diskCentreY = (topY: number, a: number, h: number, lean: number): number => topY + a * Math.sin(lean) + h * Math.cos(lean);

export class EulerDiskHook implements StepHook {
  private state: DiskState;
  private turns = 0;

  constructor(
    private readonly coin: Entity,
    private readonly surface: { id: string; material: Material; topY: number },
    private readonly startStep: number,
    private readonly lean0: number,
    private readonly settleSec: number,
  ) {
    this.state = { leanRad: lean0, precessionRad: 0, flat: false };
  }

  beforeStep(step: number, world: StepWorld): void {
    if (step < this.startStep || this.state.flat) return;
    const a = this.coin.size[0] ?? 0.012;
    const tau = (step - this.startStep) * world.dt;
    const lean = leanAt(this.lean0, tau, this.settleSec);
    this.state.precessionRad += precessionRate(a, lean) * world.dt;
    this.state.leanRad = lean;
    // The coin is held kinematic; its hold (diskCentreY) sets where its centre is.
    const body = world.bodyOf(this.coin.id);
    const [qx, qy, qz, qw] = diskOrientation(lean, this.state.precessionRad);
    body.setNextKinematicRotation({ x: qx, y: qy, z: qz, w: qw });
    const t = (step + 1) * world.dt;
    // One rattle each time the rim's contact point comes round; a slap when it lands flat.
    const phi = this.state.precessionRad;
    if (Math.floor(phi / (2 * Math.PI)) > this.turns) {
      this.turns = Math.floor(phi / (2 * Math.PI));
      this.rattle(world, t, a, phi, 0.3);
    }
    if (lean <= FLAT_RAD) {
      this.state.flat = true;
      this.rattle(world, t, a, phi, 1);
    }
  }

  private rattle(world: StepWorld, t: number, a: number, phi: number, speed: number): void {
    const c = this.coin.position;
    const at: Vec3 = [c[0] - a * Math.cos(phi), this.surface.topY, c[2] - a * Math.sin(phi)];
    world.emit({ kind: 'contact', t, a: this.coin.id, b: this.surface.id, materialA: this.coin.material, materialB: this.surface.material, impulse: this.coin.mass * speed, position: at });
  }

  save(): unknown {
    return { ...this.state, turns: this.turns };
  }

  resume(saved: unknown): void {
    const s = saved as DiskState & { turns: number };
    this.state = { leanRad: s.leanRad, precessionRad: s.precessionRad, flat: s.flat };
    this.turns = s.turns;
  }
}
