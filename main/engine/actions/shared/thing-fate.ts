// What happened to an everyday thing over a take, from its start in the plan and its end in the run:
// how far it went, whether it ended up fallen over (its standing axis tilted past 60 degrees), and
// whether it broke. The tabletop actions (slide, tip, spin, dominoes, roll) tell their outcome with it.
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import type { WorldTrace } from '../../../contract/world-trace-types';
import type { SceneRun, SearchFacts } from '../../simulate/schedule-types';

type Quat = readonly [number, number, number, number];

// v rotated by q (x, y, z, w).
function rotate(q: Quat, v: readonly [number, number, number]): [number, number, number] {
  const [x, y, z, w] = q;
  const [vx, vy, vz] = v;
  const tx = 2 * (y * vz - z * vy);
  const ty = 2 * (z * vx - x * vz);
  const tz = 2 * (x * vy - y * vx);
  return [vx + w * tx + (y * tz - z * ty), vy + w * ty + (z * tx - x * tz), vz + w * tz + (x * ty - y * tx)];
}

const inverse = (q: Quat): Quat => [-q[0], -q[1], -q[2], q[3]];

// The angle (degrees) between the thing's standing axis at the start and at rotation q.
export function tiltDeg(e: Entity, q: Quat): number {
  const start: Quat = e.rotation ?? [0, 0, 0, 1];
  const axis = rotate(inverse(start), [0, 1, 0]);
  const now = rotate(q, axis);
  return (Math.acos(Math.max(-1, Math.min(1, now[1]))) * 180) / Math.PI;
}

export interface Fate {
  entity: Entity;
  movedM: number;
  // How far its centre ended below where it started (a thing that went off the edge).
  droppedM: number;
  fellOver: boolean;
  broke: boolean;
}

export function fateOf(plan: ScenePlan, run: SceneRun, id: string): Fate | null {
  const e = plan.entities.find((x) => x.id === id);
  const end = run.final.get(id);
  if (!e || !end) return null;
  const movedM = Math.hypot(end.position[0] - e.position[0], end.position[2] - e.position[2]);
  return { entity: e, movedM, droppedM: e.position[1] - end.position[1], fellOver: tiltDeg(e, end.rotation) > 60, broke: run.events.some((ev) => ev.kind === 'break' && ev.object === id) };
}

export const cm = (m: number): string => (m < 1 ? `${Math.round(m * 100)} cm` : `${m.toFixed(2)} m`);

// An outcome hook whose summary is the given sentence of the run.
export function tellOutcome(tell: (run: SceneRun) => string): (run: SceneRun, search: SearchFacts) => WorldTrace['outcome'] {
  return (run, search) => ({ summary: tell(run), scored: null, rimContacts: 0, attempts: search.attempts, intentMatched: search.intentMatched });
}
