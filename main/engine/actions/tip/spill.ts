// A container of liquid knocked over ("a glass of water is knocked over and spills on the table"):
// the particle liquid starts in it, goes over with it and runs out across what it stands on. The
// liquid still in the container weighs in its body (SpillLoad), so the push that tips it is the one
// that tips a full glass, and it rolls as a glass with water in it rolls; the spill is heard where
// its water lands (splashes: liquids/spill-sound.ts).
import type { Entity, LiquidFill, LiquidKind } from '../../../contract/scene-plan';
import type { CastScene } from '../../cast/cast-scene';
import { liquidFacts, findLiquid } from '../../liquids/catalog';
import { ContainerCollider, ContainerShape } from '../../liquids/container';
import type { LiquidHook } from '../../liquids/scene-liquid';
import { objectModule } from '../../objects';
import { createLiquid } from '../../liquids/scene-liquid';
import { SpillSplashes } from '../../liquids/spill-sound';
import type { ScheduleContext, StepHook, StepWorld } from '../../simulate/schedule-types';
import { isContainer, LIQUID_DETAILS } from '../shared/liquid-scene';
import { liquidWith } from '../../prompt/clause-liquid';

// The words about a spill that the result shows (with the liquid's own: LIQUID_DETAILS).
export const SPILL = ['spills', 'spill', 'spilled', 'spilling', 'spills out', 'spills over'];
export const SPILL_DETAILS = [...LIQUID_DETAILS, ...SPILL, 'spreads', 'spreading', 'runs', 'across the table', 'everywhere', 'puddle'];

// How full a glass standing on a table usually is.
const FILL = 0.7;

// The liquid a tipped thing holds, when the prompt names one and the thing holds liquids.
export function spillFill(scene: CastScene, thing: Entity): LiquidFill | undefined {
  // The one named with it ("next to a cup of tea, a glass of milk tips over": milk), else the prompt's.
  const liquid = liquidWith(scene.words.words, scene.mentionsOf(thing)) ?? findLiquid(scene.words.text);
  if (!liquid || !isContainer(thing)) return undefined;
  return { liquid, in: thing.id, fill: FILL };
}

// The liquid's mass (kg) in a container filled as `fill` says.
export function liquidMassKg(fill: LiquidFill, form: Entity['form']): number {
  const shape = new ContainerShape(objectModule(form));
  return shape.volumeBelow(shape.floorM + fill.fill * (shape.heightM - shape.floorM)) * liquidFacts(fill.liquid).densityKgM3;
}

// The liquid in a free-standing container counted in its body's mass, where it is in it (its
// centroid), after every physics step: a rigid load (the liquid's slosh does not push the walls),
// lightening as it runs out.
export class SpillLoad implements StepHook {
  private readonly collider: ContainerCollider;
  private readonly densityKgM3: number;
  // Particles in the container when the run started, and after its last step (the take's card).
  firstCount = 0;
  lastCount = 0;

  constructor(private readonly container: Entity, private readonly source: LiquidHook, kind: LiquidKind) {
    this.collider = new ContainerCollider(new ContainerShape(objectModule(container.form)));
    this.densityKgM3 = liquidFacts(kind).densityKgM3;
  }

  start(world: StepWorld): void {
    this.firstCount = this.load(world);
  }

  afterStep(_step: number, world: StepWorld): void {
    this.load(world);
  }

  // Returns how many particles the container holds now.
  private load(world: StepWorld): number {
    const body = world.bodyOf(this.container.id);
    const fluid = this.source.fluid();
    this.collider.moveTo({ position: body.translation(), rotation: body.rotation() });
    const { count, centroid } = this.collider.heldLoad(fluid.x, fluid.n);
    const massKg = count * this.densityKgM3 * this.source.liquid().spacingM ** 3;
    // The liquid as a squat cylinder filling the cavity's width about its centroid.
    const r = this.collider.shape.rIn(centroid[1] + this.collider.shape.heightM / 2);
    const across = massKg * (r * r) / 4, about = massKg * (r * r) / 2;
    body.setAdditionalMassProperties(massKg, { x: centroid[0], y: centroid[1], z: centroid[2] }, { x: across, y: about, z: across }, { x: 0, y: 0, z: 0, w: 1 }, true);
    this.lastCount = count;
    return count;
  }
}

// PBF: under DFSPH the liquid of a glass that lands on its side is thrown up in jets (a glass of
// milk: up to 28 cm over the table, against PBF's 6 cm, which then settles as a puddle by 1 s).
// Measured again with DFSPH's solids braked within its step and its density tolerance at 0.02%
// ("a glass of milk tips over on the table", seed 1): DFSPH rises 7.9 cm over the glass's top
// (the spill test allows 8) and 1.6% of the milk runs off the table, for 11.8 s of CPU; PBF
// 2.1 cm, none off the table, 8.7 s. Again with a moving solid's substeps a quarter spacing
// (dfsph-rate.ts's SOLID_CFL): DFSPH 6.2 cm, 1.9% off the table, 11.8 s; PBF 1.5 cm, none off, 10.3 s.
// Still PBF.
const SPILL_METHOD = 'pbf';

// The liquid in a knocked-over container, its weight in the container's body and its splashes, and
// what became of it for the take's card.
export function scheduleSpill(container: Entity, holds: LiquidFill, ctx: ScheduleContext): { told(): string } {
  const liquid = createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: holds, method: SPILL_METHOD });
  const load = new SpillLoad(container, liquid, holds.liquid);
  ctx.hooks.push(liquid, load, new SpillSplashes(container, liquid, holds.liquid));
  return {
    told: () => {
      if (load.firstCount === 0) return '';
      const out = 1 - load.lastCount / load.firstCount;
      const kind = liquidFacts(holds.liquid).kind;
      if (out < 0.05) return `Its ${kind} stayed in it.`;
      return out > 0.9 ? `All its ${kind} ran out.` : `About ${Math.round(out * 100)}% of its ${kind} ran out.`;
    },
  };
}

