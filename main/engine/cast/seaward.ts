// Things going into the sea ("a ball falls into the sea", "a kid throws a stone into the waves"): the
// cast scene is carried to the water's edge and turned to face the sea, so what is dropped comes down
// over the water and what is thrown flies out over it and lands in it, where the surf splashes it
// (elements/surf/events.ts), seen and heard. People stay on the sand.
import type { Action, ScenePlan, Vec3 } from '../../contract/scene-plan';
import { SHORE_M } from '../settings/beach/facts';
import { round } from './arrange';

// The beach is laid out in a frame fixed in the world (its facts' fixedFrame; frames/scene/layout.ts
// draws it and elements/surf/shore.ts reads it): the still water meets the sand SHORE_M out along
// -z, the sea beyond, the shore running along x. Read here without the layout, as the parser loads no
// drawing code; the prompt suite checks the two agree.
const toSea = (alongM: number, offshoreM: number, y = 0): Vec3 => [-alongM, y, -(SHORE_M + offshoreM)];
const offshoreOf = (p: Vec3): number => -p[2] - SHORE_M;

// The action kinds that send something into the water, and where the cast's origin goes (metres out
// to sea from the still water's edge): a thrower's spot (2.5 m behind the origin) lands a metre up
// the sand; a drop comes down three metres out.
const SEAWARD: Partial<Record<Action['kind'], number>> = { throw: 1.5, drop: 3 };
// Where people left standing in the water are put: this far up the sand (m).
const ON_SAND_M = -1.2;

export function goesSeaward(kind: Action['kind'] | undefined): boolean {
  return kind !== undefined && SEAWARD[kind] !== undefined;
}

export function castSeaward(plan: ScenePlan, kind: Action['kind']): ScenePlan {
  const offset = SEAWARD[kind] ?? 0;
  const edge = toSea(0, offset);
  const out = toSea(0, offset + 1);
  // The turn that takes the cast's +x (the way things are thrown) out to sea.
  const c = out[0] - edge[0];
  const s = -(out[2] - edge[2]);
  const turn = (p: Vec3): Vec3 => [p[0] * c + p[2] * s, p[1], -p[0] * s + p[2] * c];
  const place = (p: Vec3): Vec3 => {
    const r = turn(p);
    return [round(r[0] + edge[0]), round(r[1]), round(r[2] + edge[2])];
  };
  const entities = plan.entities.map((e) => {
    const at = place(e.position);
    if (e.kind !== 'person' || offshoreOf(at) <= ON_SAND_M) return { ...e, position: at };
    // Along the shore where they were, up on the sand.
    return { ...e, position: [at[0], at[1], round(toSea(0, ON_SAND_M)[2])] as Vec3 };
  });
  const actions = plan.actions.map((a) => ('velocity' in a && a.velocity ? { ...a, velocity: turn(a.velocity).map(round) as Vec3 } : a));
  return { ...plan, entities, actions };
}

// What the action sentence says of it: it goes into the sea (and does not bounce there).
export function seawardSentence(action: string): string {
  return `${action.replace(/ and bounces\b/, '')}, into the sea`;
}
