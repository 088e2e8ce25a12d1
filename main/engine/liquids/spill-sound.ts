// A spill heard where it lands: each particle that has left its container is watched while it falls;
// the step its fall is stopped (its downward speed more than halved: the table or the floor took
// it) it has landed. What lands within one short window is one splash, as heavy as those particles
// and as fast as they fell, at their middle; a trickle too light to hear is left out.
import type { LiquidKind } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import type { StepHook, StepWorld } from '../simulate/schedule-types';
import { liquidFacts } from './catalog';
import { packFloats, unpackFloats } from './liquid-state';
import { ContainerCollider, ContainerShape } from './container';
import type { LiquidHook } from './scene-liquid';
import { objectModule } from '../objects';
import type { Entity } from '../../contract/scene-plan';

// Falling slower than this (m/s) is not falling (running along the table, sliding off the lip).
const FALLING_MPS = 0.4;
// Landings this close together are heard as one splash (s).
const WINDOW_SEC = 0.05;
// A splash lighter than this (kg) is not heard over the room.
const AUDIBLE_KG = 0.002;

interface Gathered {
  t: number;
  count: number;
  speedSum: number;
  at: [number, number, number];
}

// What a continued take needs to hear the landings of water already falling at its join.
interface SpillSplashesState {
  falling: string;
  count: number;
  gathered: Gathered | null;
}

export class SpillSplashes implements StepHook {
  private readonly collider: ContainerCollider;
  private falling: Float64Array = new Float64Array(0);
  private gathered: Gathered | null = null;
  private readonly events: TraceEvent[] = [];
  private readonly local = [0, 0, 0];

  constructor(private readonly container: Entity, private readonly source: LiquidHook, private readonly kind: LiquidKind) {
    this.collider = new ContainerCollider(new ContainerShape(objectModule(container.form)));
  }

  start(): void {
    this.falling = new Float64Array(0);
    this.gathered = null;
    this.events.length = 0;
  }

  afterStep(step: number, world: StepWorld): void {
    const t = (step + 1) * world.dt;
    const { x, v, n } = this.source.fluid();
    if (this.falling.length !== n) this.falling = new Float64Array(n);
    const body = world.bodyOf(this.container.id);
    this.collider.moveTo({ position: body.translation(), rotation: body.rotation() });
    for (let i = 0; i < n; i++) {
      const down = -v[3 * i + 1]!;
      const was = this.falling[i]!;
      if (was > 0 && down < 0.5 * was) {
        this.land(t, was, x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!);
        this.falling[i] = 0;
      } else if (down > FALLING_MPS && !this.inContainer(x, i)) this.falling[i] = Math.max(was, down);
    }
    if (this.gathered && t - this.gathered.t >= WINDOW_SEC) this.heard();
  }

  save(): SpillSplashesState {
    return { falling: packFloats(this.falling), count: this.falling.length, gathered: this.gathered && { ...this.gathered, at: [...this.gathered.at] } };
  }

  resume(state: unknown): void {
    if (!state) return;
    const saved = state as SpillSplashesState;
    this.falling = unpackFloats(saved.falling, saved.count);
    this.gathered = saved.gathered && { ...saved.gathered, at: [...saved.gathered.at] };
  }

  finish(): TraceEvent[] {
    if (this.gathered) this.heard();
    return [...this.events];
  }

  private inContainer(x: Float64Array, i: number): boolean {
    this.collider.toLocal(x[3 * i]!, x[3 * i + 1]!, x[3 * i + 2]!, this.local);
    return this.collider.shape.isInside(Math.hypot(this.local[0]!, this.local[2]!), this.local[1]!);
  }

  private land(t: number, speed: number, px: number, py: number, pz: number): void {
    const g = (this.gathered ??= { t, count: 0, speedSum: 0, at: [0, 0, 0] });
    g.count++;
    g.speedSum += speed;
    g.at[0] += px; g.at[1] += py; g.at[2] += pz;
  }

  private heard(): void {
    const g = this.gathered!;
    this.gathered = null;
    const massKg = g.count * liquidFacts(this.kind).densityKgM3 * this.source.liquid().spacingM ** 3;
    if (massKg < AUDIBLE_KG) return;
    this.events.push({ kind: 'splash', t: g.t, object: this.container.id, speed: g.speedSum / g.count, massKg, position: [g.at[0] / g.count, g.at[1] / g.count, g.at[2] / g.count] });
  }
}
