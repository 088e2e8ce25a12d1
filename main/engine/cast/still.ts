// A scene with no action: the things the prompt named stand where they can be seen (people in a
// row, boxes as a pyramid, a hoop to the right). The understanding says no action was asked for.
import type { Entity, Setting } from '../../contract/scene-plan';
import { RIM_HEIGHT } from '../simulate/fixtures';
import { placeAside, pyramidPositions, v3 } from './arrange';
import type { CastScene } from './cast-scene';
import { burnerSpots, standStove, stoveOf } from '../actions/shared/stove-top';

export function castStill(scene: CastScene): { focus: string | null; defaultSetting: Setting['kind']; shot: 'medium' } {
  const people = scene.people;
  people.forEach((p, i) => {
    p.position = v3((i - (people.length - 1) / 2) * 1.1, 0, people.length > 0 && scene.boxes.length > 0 ? -1.2 : 0);
  });
  const boxes = scene.boxes;
  const first = boxes[0];
  if (first) {
    pyramidPositions(boxes.length, first.size, 0, 0, 0).forEach((p, i) => {
      (boxes[i] as Entity).position = p;
    });
  }
  const [hoop] = scene.of('hoop');
  if (hoop) hoop.position = v3(1.5, RIM_HEIGHT, 0);
  placeAside([...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 2.5);
  // Everyday things stand on the stove's burners when there is one (the rest on the floor beside
  // it), else on the table when there is one.
  const stove = stoveOf(scene);
  const [table] = scene.of('table');
  const things = scene.of('object').filter((o) => o !== stove);
  const onStove = stove ? standOnStove(stove, things, table) : [];
  things.filter((o) => !onStove.includes(o)).forEach((o, i) => {
    o.position = table && !stove ? v3(table.position[0] - 0.3 + i * 0.2, 2 * (table.size[1] ?? 0.375) + (o.size[1] ?? 0.05), table.position[2]) : v3(-1 + i * 0.3, o.size[1] ?? 0.05, 0.5);
  });
  const focus = onStove[0] ?? first;
  return { focus: focus?.id ?? null, defaultSetting: hoop ? 'gym' : stove ? 'kitchen' : 'room', shot: 'medium' };
}

// A thing per burner, front ones first; a table stands aside.
function standOnStove(stove: Entity, things: readonly Entity[], table: Entity | undefined): Entity[] {
  if (table) placeAside([table], 1.6);
  const topY = standStove(stove);
  const spots = burnerSpots(stove);
  const on = things.slice(0, spots.length);
  on.forEach((o, i) => {
    const [x, z] = spots[i]!;
    o.position = v3(x, topY + (o.size[1] ?? 0.05), z);
  });
  return on;
}
