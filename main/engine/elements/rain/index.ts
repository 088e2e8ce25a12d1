// Rain: drops falling at terminal velocity (physics.ts), the nearest heard one by one on what they
// land on (events.ts, sound.ts) over a bed of the rest, drawn as streaks (draw.ts).
import type { ElementModule } from '../types';
import { drawRain } from './draw';
import { rainFacts } from './facts';
import { rainBed } from './sound';

export const rainElement: ElementModule = {
  ...rainFacts,
  draw: (plan, trace, layout, env) => drawRain(plan, layout, env, trace.seed),
  ambience: (bus, _plan, seed) => rainBed(bus, seed),
};
