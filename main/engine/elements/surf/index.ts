// The surf of a beach's sea: waves that roll in, break and wash up the sand (waves.ts, a wave model),
// heard from their breaking and washing events (sound.ts), drawn from the same model (draw.ts), and
// splashes when things fall into the water (events.ts).
import type { ElementModule } from '../types';
import { drawSurf } from './draw';
import { surfFacts } from './facts';
import { distantSurf } from './sound';

export const surfElement: ElementModule = {
  ...surfFacts,
  draw: (plan, trace, layout, env) => drawSurf(layout, env, trace.seed, plan.format.durationSec),
  ambience: (bus, _plan, seed) => distantSurf(bus, seed),
};
