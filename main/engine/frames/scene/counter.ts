// A counter (a table the prompt or its action calls one: the tap's scene stands at one) drawn as a
// kitchen island: a stone worktop over painted cupboards with doors and handles on both long sides
// and a plinth set back under them, in the kitchen's own cabinetry (settings/kitchen/cabinets.ts).
// Its shape is the simulator's (fixtures.ts tableGeometry): the worktop and the cabinet block under it.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { CABINET_COLOR, cabinetMaterial, doors, handleMaterial, PLINTH, PLINTH_COLOR, WORKTOP_COLOR, worktopMaterial } from '../../settings/kitchen/cabinets';
import { tableGeometry } from '../../simulate/fixtures';
import { GeometryBuilder } from './builder';

export function buildCounter(entity: Entity): THREE.Group {
  const g = tableGeometry(entity);
  const [cabinet] = g.legs;
  const group = new THREE.Group();
  group.name = `table:${entity.id}`;
  const top = new GeometryBuilder();
  const [tx, ty, tz] = g.top.center, [thx, thy, thz] = g.top.halfExtents;
  top.box({ x: tx, y: ty, z: tz }, { x: 2 * thx, y: 2 * thy, z: 2 * thz }, WORKTOP_COLOR);
  const worktop = top.mesh(worktopMaterial());
  worktop.name = 'counter-worktop';
  group.add(worktop);
  if (!cabinet) return group;
  const cab = new GeometryBuilder();
  const handles = new GeometryBuilder();
  const [cx, cy, cz] = cabinet.center, [hx, hy, hz] = cabinet.halfExtents;
  const y0 = cy - hy, y1 = cy + hy;
  cab.box({ x: cx, y: (y0 + PLINTH + y1) / 2, z: cz }, { x: 2 * hx, y: y1 - y0 - PLINTH, z: 2 * hz }, CABINET_COLOR);
  cab.box({ x: cx, y: y0 + PLINTH / 2, z: cz }, { x: 2 * hx - 0.1, y: PLINTH, z: 2 * hz - 0.1 }, PLINTH_COLOR);
  const run = { x0: cx - hx, x1: cx + hx };
  doors(cab, handles, run, y0 + PLINTH + 0.01, y1 - 0.01, cz + hz, true, 1);
  doors(cab, handles, run, y0 + PLINTH + 0.01, y1 - 0.01, cz - hz, true, -1);
  const cupboards = cab.mesh(cabinetMaterial());
  cupboards.name = 'counter-cabinets';
  const steel = handles.mesh(handleMaterial());
  steel.name = 'counter-handles';
  group.add(cupboards, steel);
  return group;
}
