// A fall: a thing on a table stands near its edge and is nudged off it; otherwise it is let go
// about a metre up (a person drops it in front of them). Several things fall side by side.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { Entity } from '../../../contract/scene-plan';
import { tableGeometry } from '../../simulate/fixtures';
import type { CastResult } from '../types';

// How fast a thing is nudged towards the table's edge (m/s): enough to slide its centre past it.
const NUDGE_MPS = 0.9;
// How far inside the edge a thing's centre starts: the nudge slides it about 7 cm, past the edge.
const CENTRE_INSIDE_M = 0.02;
// Where a thing is let go from (height of its base, metres) when nothing holds it up.
const DROP_BASE_M = 1.0;
const START_SEC = 0.5;

function offTable(scene: CastScene, objects: readonly Entity[], table: Entity): void {
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  const g = tableGeometry(table);
  const edge = (table.size[0] ?? 0.7) - 0.02;
  objects.forEach((o, i) => {
    const r = o.size[0] ?? 0.04;
    // Centre just inside the edge (standing, but only just), side by side along it.
    o.position = v3(edge - CENTRE_INSIDE_M, g.topY + (o.size[1] ?? 0.05), (i - (objects.length - 1) / 2) * 3 * r);
    scene.actions.push({ kind: 'fall', object: o.id, velocity: [NUDGE_MPS * scene.speed, 0, 0], startSec: round(scene.startAt(START_SEC + 0.15 * i)) });
  });
}

function letGo(scene: CastScene, objects: readonly Entity[], holder: Entity | undefined): void {
  if (holder) holder.position = v3(-0.45, 0, 0);
  objects.forEach((o, i) => {
    o.position = v3(0, DROP_BASE_M + (o.size[1] ?? 0.05), (i - (objects.length - 1) / 2) * 0.3);
    scene.actions.push({ kind: 'fall', object: o.id, startSec: round(scene.startAt(START_SEC + 0.2 * i)) });
  });
}

export function castFall(scene: CastScene): CastResult {
  const objects = scene.of('object');
  const [table] = scene.of('table');
  if (table) offTable(scene, objects, table);
  else letGo(scene, objects, scene.people[0]);
  placeBystanders(scene.people.slice(table ? 0 : 1), -1.2);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  return { focus: objects[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}
