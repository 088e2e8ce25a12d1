// The drops heard one by one: those landing near the middle of the action, each on what it lands on
// (a table's top, a person's shoulders, the ground of the place). The many more that land farther
// away are the rain's bed (sound.ts), at the level the same flux gives.
import type { Entity } from '../../../contract/scene-plan';
import type { TraceEvent } from '../../../contract/world-trace-types';
import { deriveSeed, mulberry32 } from '../../seeded-random';
import { settingFacts } from '../../settings/facts';
import type { ElementRun } from '../types';
import { dropFlux } from './physics';

type Drop = Extract<TraceEvent, { kind: 'drop' }>;

// Drops are heard individually within this radius of the action (m), at most this many a second (the
// loudest, nearest ones a microphone picks out; the rest blur into the bed).
const HEARD_RADIUS_M = 2;
const HEARD_PER_SEC = 40;

const GROUND_DROP: Record<string, Drop['material']> = { asphalt: 'concrete', gravel: 'concrete', grass: 'cloth', sand: 'cloth', leaves: 'leaves', wood: 'wood' };

// What a drop at (x, z) lands on, and at what height.
function surfaceAt(entities: readonly Entity[], x: number, z: number, ground: Drop['material']): { material: Drop['material']; y: number } {
  for (const e of entities) {
    const [px, py, pz] = e.position;
    if (e.kind === 'person' && Math.hypot(x - px, z - pz) < 0.2) return { material: 'cloth', y: e.size[0] ?? 1.7 };
    if (e.kind === 'table' || e.kind === 'box' || e.kind === 'stairs') {
      const hx = e.size[0] ?? 0.5, hy = e.size[1] ?? hx, hz = e.size[2] ?? hx;
      if (Math.abs(x - px) < hx && Math.abs(z - pz) < hz) return { material: e.material, y: py + hy };
    }
  }
  return { material: ground, y: 0 };
}

export function rainEvents(run: ElementRun): TraceEvent[] {
  const { plan } = run;
  const rand = mulberry32(deriveSeed(run.seed, 'rain'));
  const ground = plan.setting.elements?.includes('surf') ? 'cloth' : (GROUND_DROP[settingFacts(plan.setting.kind).ground.footsteps] ?? 'concrete');
  const movers = plan.entities.filter((e) => e.kind === 'person' || e.kind === 'ball' || e.kind === 'object');
  const from = movers.length > 0 ? movers : plan.entities;
  const cx = from.reduce((s, e) => s + e.position[0], 0) / Math.max(1, from.length);
  const cz = from.reduce((s, e) => s + e.position[2], 0) / Math.max(1, from.length);
  const perSec = Math.min(HEARD_PER_SEC, dropFlux() * Math.PI * HEARD_RADIUS_M ** 2);
  const out: Drop[] = [];
  // A Poisson process: exponential gaps between drops.
  for (let t = -Math.log(1 - rand.next()) / perSec; t < run.durationSec; t += -Math.log(1 - rand.next()) / perSec) {
    const r = HEARD_RADIUS_M * Math.sqrt(rand.next());
    const a = 2 * Math.PI * rand.next();
    const x = cx + r * Math.cos(a), z = cz + r * Math.sin(a);
    const hit = surfaceAt(plan.entities, x, z, ground);
    out.push({ kind: 'drop', t, material: hit.material, position: [x, hit.y, z] });
  }
  return out;
}

// "Rain fell throughout: 37 drops were heard landing near the action, on the wood and the ground."
export function rainRecap(events: readonly TraceEvent[]): string | null {
  const drops = events.filter((e): e is Drop => e.kind === 'drop');
  if (drops.length === 0) return 'Rain fell throughout.';
  const on = [...new Set(drops.map((d) => d.material))].map((m) => (m === 'cloth' ? 'clothes and soft ground' : m));
  return `Rain fell throughout: ${drops.length} drops were heard landing near the action (on ${on.join(', ')}).`;
}
