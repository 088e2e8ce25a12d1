// The liquid's volume as its particles fill it, against its rest volume (count x spacing^3). Each
// particle fills its rest volume, or less where it is packed denser than rest (its volume is its
// mass over its density); never more, since a particle at the surface or in a drop reads thin only
// because part of its neighbourhood is air. No particle is ever made or lost, so this is the one way
// the liquid's volume can drift: the figure the issue holds within 1% over a clip.
import type { ParticleFluid } from './pbf';

export interface LiquidVolume {
  // Volume over rest volume (1 = exact).
  ratio: number;
  // The densest particle's density over rest.
  densest: number;
}

export function liquidVolume(fluid: ParticleFluid): LiquidVolume {
  const rho = fluid.densityRatios();
  let sum = 0, densest = 0;
  for (const r of rho) {
    sum += 1 / Math.max(1, r);
    densest = Math.max(densest, r);
  }
  return { ratio: rho.length > 0 ? sum / rho.length : 1, densest };
}
