// The liquid's volume as its particles fill it, against its rest volume (count x spacing^3). Each
// particle fills its rest volume, or less where it is packed denser than rest (its volume is its
// mass over its density); never more, since a particle at the surface or in a drop reads thin only
// because part of its neighbourhood is air. No particle is ever made, and one is lost only where
// FLIP parks a runaway (flip/runaway.ts: it counts nothing here), so this is the one way the
// liquid's volume can drift: the figure the issue holds within 1% over a clip.
import type { ScenePlan } from '../../contract/scene-plan';
import { FLOATS_PER_BODY } from '../../contract/world-trace';
import type { WorldTrace } from '../../contract/world-trace-types';
import type { RunState } from '../simulate/run-state';
import { objectModule } from '../objects';
import { ContainerCollider, ContainerShape } from './container';
import { CONTAINER_FORMS } from './floaters';
import { isLost } from './flip/grid';
import { unpackFloats, type LiquidBook } from './liquid-state';
import { ParticleFluid } from './pbf';
import { tableColliders } from './scene-liquid';
import { FloorCollider } from './solids';

export interface LiquidVolume {
  // Volume over rest volume (1 = exact).
  ratio: number;
  // The densest particle's density over rest.
  densest: number;
}

// Measured with PBF's kernel (poly6) whichever solver stepped the liquid, so the figure is one
// measure for both (DFSPH solves with the cubic spline; dfsph.ts).
export function liquidVolume(fluid: ParticleFluid): LiquidVolume {
  const measure = fluid.method === 'pbf' ? fluid : new ParticleFluid(fluid.x, { spacingM: fluid.params.spacingM, viscosity: 0, method: 'pbf', solver: 'js' });
  if (measure !== fluid) measure.colliders.push(...fluid.colliders);
  const rho = measure.densityRatios();
  let sum = 0, densest = 0;
  rho.forEach((r, i) => {
    // A particle FLIP lost to the flow (flip/runaway.ts), parked alone, would read as full: it is
    // liquid lost, and counts nothing.
    if (isLost(fluid.x, i)) return;
    sum += 1 / Math.max(1, r);
    densest = Math.max(densest, r);
  });
  return { ratio: rho.length > 0 ? sum / rho.length : 1, densest };
}

// The liquid's volume at each state a take keeps (one a second, every particle to the bit), with
// the containers, the table top and the floor where they were then (a wall stands in for the
// liquid beyond it, as in the solver).
export function takeVolumes(plan: ScenePlan, trace: WorldTrace, states: readonly RunState[]): ({ t: number } & LiquidVolume)[] {
  const liquid = trace.liquid;
  if (!liquid) return [];
  return states.flatMap((state) => {
    const book = state.book.hooks.find((h): h is LiquidBook => typeof h === 'object' && h !== null && 'x' in h);
    if (!book) return [];
    const frame = trace.frames[Math.min(book.frame, trace.frames.length - 1)]!;
    const fluid = new ParticleFluid(unpackFloats(book.x, 3 * liquid.count), { spacingM: liquid.spacingM, viscosity: 0, method: 'pbf', solver: 'js' });
    plan.entities.forEach((e) => {
      const k = trace.bodies.findIndex((b) => b.id === e.id);
      if (k < 0 || e.kind !== 'object' || !e.form || !CONTAINER_FORMS.has(e.form)) return;
      const c = new ContainerCollider(new ContainerShape(objectModule(e.form)));
      const o = k * FLOATS_PER_BODY;
      c.moveTo({ position: { x: frame[o]!, y: frame[o + 1]!, z: frame[o + 2]! }, rotation: { x: frame[o + 3]!, y: frame[o + 4]!, z: frame[o + 5]!, w: frame[o + 6]! } });
      fluid.colliders.push(c);
    });
    fluid.colliders.push(...plan.entities.filter((e) => e.kind === 'table').flatMap(tableColliders), new FloorCollider(0));
    return [{ t: book.frame / trace.fps, ...liquidVolume(fluid) }];
  });
}
