// The setting's background bed, quiet enough to sit under the events (around -40..-30 dBFS) and fully
// deterministic from the trace seed; each setting module composes its own (settings/<kind>/), and the
// place's elements add theirs (rain too far away to hear drop by drop).
import type { ScenePlan } from '../../contract/scene-plan';
import { elementsOf } from '../elements';
import { settingModule } from '../settings';
import type { StereoBus } from './bus';
import { seededRandom, subSeed } from './noise';

export function addAmbience(bus: StereoBus, plan: ScenePlan, seed: number): void {
  settingModule(plan.setting.kind).ambience(bus, {
    plan,
    seedFor: (label) => subSeed(seed, `ambience:${label}`),
    rand: seededRandom(subSeed(seed, 'ambience:events')),
    durationSec: bus.length / bus.sampleRate,
  });
  for (const element of elementsOf(plan)) element.ambience?.(bus, plan, subSeed(seed, `element:${element.kind}`));
}
