// Round things that are not balls, rolled: a can, a pencil or a tyre laid on its side (its axis across
// the way it rolls) and pushed rolling along a table or the floor by a hand. A tyre is stood on its
// tread. Balls named with them roll beside them. Friction and the surface do the rest.
import type { Action, Entity, ScenePlan } from '../../../contract/scene-plan';
import { placeAside, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { objectModule } from '../../objects';
import { castEachByHand } from '../shared/own-hand';
import { surfaceOf } from '../shared/tabletop';
import { cm, fateOf, tellOutcome } from '../shared/thing-fate';
import type { CastResult } from '../types';

// A quarter turn about x: the lathe's axis (y) lies along z, across a roll along x.
export const ON_ITS_SIDE: [number, number, number, number] = [Math.SQRT1_2, 0, 0, Math.SQRT1_2];
// How fast a thing is set rolling on a table and on the floor (m/s, before the speed factor).
const TABLE_MPS = 0.45;
const FLOOR_MPS = 1.6;
// A thing that rolls on its lathe's hull (an apple, an orange: not a can's exact cylinder) is set
// rolling this much faster: every facet of the hull rolling over is a small impact, and measured on
// the table an apple slowed at 0.5-0.7 m/s^2 (rolling resistance alone is 0.14; its friction is not
// it: at 0.15 instead of 0.6 it went as far), stopping 18 cm on.
const HULL_SHARE = 1.3;

// A flat palm meets a round thing lying on its side level with its axis, and pushes it without
// spin: it skids, and friction turns speed into spin until it rolls, at 1 / (1 + I / m r^2) of the
// push's speed (5/7 for a ball, an apple or an orange; 2/3 for a solid cylinder: a can, a pencil, a
// tyre). The hand pushes it that much faster than it is to roll.
export function skidShare(t: Entity): number {
  const r = t.size[0] ?? 0.03;
  const round = t.kind === 'ball' || Math.abs((t.size[1] ?? r) - r) < 0.2 * r;
  return round ? 7 / 5 : 3 / 2;
}

type Roll = Extract<Action, { kind: 'roll' }>;
// How far from the edge a thing that rolls off a table starts (m).
const OFF_EDGE_M = 0.12;

export const rollsOnItsSide = (e: Pick<Entity, 'kind' | 'form'>): boolean => e.kind === 'object' && objectModule(e.form).rolls === true;

export const rollingThingNamed = (ctx: DraftContext): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && objectModule(d.target.form).rolls === true);

export function rollThings(scene: CastScene): CastResult {
  const things = [...scene.of('object').filter(rollsOnItsSide), ...scene.balls];
  const s = surfaceOf(scene);
  const onTable = s.topY > 0;
  // "Rolls off the table": set going near the edge it rolls off (at a table's pace a thing rolls
  // 15-25 cm), not from the far end where it would stop on the table.
  const off = onTable && scene.words.related(['off'], 'table');
  const rolls = things.map((t, i): Roll => {
    const r = t.size[0] ?? 0.03;
    // A ball is as wide every way; a thing laid on its side is as wide as it is long.
    const half = t.kind === 'ball' ? r : (t.size[1] ?? 0.06);
    if (t.kind !== 'ball') t.rotation = ON_ITS_SIDE;
    t.position = v3(off ? s.halfLengthM - OFF_EDGE_M : -s.halfLengthM * 0.75, s.topY + r, (i - (things.length - 1) / 2) * (2 * half + 0.05));
    const hull = t.kind === 'object' && objectModule(t.form).collider !== 'cylinder';
    const v = (onTable ? TABLE_MPS : FLOOR_MPS) * (hull ? HULL_SHARE : 1) * scene.speed;
    return { kind: 'roll', object: t.id, velocity: v3(v, 0, 0), startSec: scene.startAt(0.4 + i * 0.4) };
  });
  scene.actions.push(...rolls);
  // Each is set rolling by a hand's push, heard (one that starts from rest with nothing touching it
  // reads as a glitch).
  castEachByHand(scene, rolls);
  rolls.forEach((roll, i) => {
    if (roll.byHand) roll.velocity = v3(roll.velocity[0] * skidShare(things[i] as Entity), 0, 0);
  });
  placeAside([...scene.boxes, ...scene.of('object').filter((e) => !rollsOnItsSide(e)), ...scene.of('hoop'), ...scene.of('stairs'), ...scene.of('ramp')], 2.5);
  return { focus: things[0]?.id ?? null, defaultSetting: onTable ? 'room' : 'street', shot: onTable ? 'medium' : 'wide' };
}

// What the rolled things did: how far each rolled, or that it rolled off the edge.
export function rolledOutcome(plan: ScenePlan): ReturnType<typeof tellOutcome> {
  const ids = plan.actions.flatMap((a) => (a.kind === 'roll' && plan.entities.some((e) => e.id === a.object && rollsOnItsSide(e)) ? [a.object] : []));
  return tellOutcome((run) =>
    ids.map((id) => {
      const fate = fateOf(plan, run, id);
      if (!fate) return '';
      return fate.droppedM > 0.2 ? `The ${fate.entity.label} rolled off the edge and fell.` : `The ${fate.entity.label} rolled ${cm(fate.movedM)}.`;
    }).join(' '),
  );
}
