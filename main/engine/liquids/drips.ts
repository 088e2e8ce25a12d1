// A dripping tap's drops, heard where they land: each drop (a particle let out on its own) is
// watched from its release until it stops falling; the step it is stopped (its fall speed more than
// halved in one step: the sink's floor, or the liquid it falls into, took it) is its impact, a
// 'drop' event at that sample, heard as water (a plink and the Minnaert ring of the bubble it traps)
// when it lands in liquid, else as the container's material.
import type { Entity, Material } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../simulate/schedule-types';
import type { LiquidHook } from './scene-liquid';

// A drop falling slower than this (m/s) is not yet falling (it has just left the outlet).
const FALLING_MPS = 0.3;

export class DripWatch implements StepHook {
  private readonly falling = new Map<number, number>();
  private readonly landed = new Set<number>();
  private readonly events: TraceEvent[] = [];

  constructor(private readonly fluidHook: LiquidHook, private readonly into: Entity & { material: Material }, private readonly firstSec: number, private readonly dripSec: number) {}

  start(): void {
    this.falling.clear();
    this.landed.clear();
    this.events.length = 0;
  }

  afterStep(step: number, world: StepWorld): void {
    const t = (step + 1) * world.dt;
    const fluid = this.fluidHook.fluid();
    const out = Math.min(fluid.n, Math.max(0, Math.floor((t - this.firstSec) / this.dripSec + 1e-9)));
    for (let i = 0; i < out; i++) {
      if (this.landed.has(i)) continue;
      const vy = fluid.v[3 * i + 1]!;
      const was = this.falling.get(i);
      if (was !== undefined && -vy < 0.5 * was) {
        this.landed.add(i);
        this.events.push(this.impact(t, [fluid.x[3 * i]!, fluid.x[3 * i + 1]!, fluid.x[3 * i + 2]!]));
      }
      else if (-vy > FALLING_MPS) this.falling.set(i, -vy);
    }
  }

  finish(): TraceEvent[] {
    return [...this.events];
  }

  private impact(t: number, at: [number, number, number]): TraceEvent {
    const level = this.fluidHook.levelOf(this.into.id);
    const material = Number.isFinite(level) && at[1] <= level + 0.01 ? 'water' : this.into.material;
    return { kind: 'drop', t, material, position: at };
  }
}
