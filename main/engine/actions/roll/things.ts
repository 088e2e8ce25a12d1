// Round things that are not balls, rolled: a can, a pencil or a tyre laid on its side (its axis across
// the way it rolls) and set rolling along a table or the floor, already turning so it rolls rather
// than skids. A tyre is stood on its tread. Balls named with them roll beside them. Friction and the
// surface do the rest.
import type { Entity, ScenePlan } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import { objectModule } from '../../objects';
import { surfaceOf } from '../shared/tabletop';
import { cm, fateOf, tellOutcome } from '../shared/thing-fate';
import type { CastResult } from '../types';

// A quarter turn about x: the lathe's axis (y) lies along z, across a roll along x.
export const ON_ITS_SIDE: [number, number, number, number] = [Math.SQRT1_2, 0, 0, Math.SQRT1_2];
// How fast a thing is set rolling on a table and on the floor (m/s, before the speed factor).
const TABLE_MPS = 0.45;
const FLOOR_MPS = 1.6;
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
  things.forEach((t, i) => {
    const r = t.size[0] ?? 0.03;
    // A ball is as wide every way; a thing laid on its side is as wide as it is long.
    const half = t.kind === 'ball' ? r : (t.size[1] ?? 0.06);
    if (t.kind !== 'ball') t.rotation = ON_ITS_SIDE;
    t.position = v3(off ? s.halfLengthM - OFF_EDGE_M : -s.halfLengthM * 0.75, s.topY + r, (i - (things.length - 1) / 2) * (2 * half + 0.05));
    const v = (onTable ? TABLE_MPS : FLOOR_MPS) * scene.speed;
    scene.actions.push({ kind: 'roll', object: t.id, velocity: v3(v, 0, 0), startSec: scene.startAt(0.4 + i * 0.4) });
  });
  placeBystanders(scene.people, -1.6);
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
