// A fall: a thing on a table stands at its edge and a hand nudges it off; otherwise a hand holds it
// about a metre up from the first frame and lets go (a person's own when the prompt names one who
// drops it, else one from outside the frame). Several things fall side by side, each by its hand.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { isLandmark } from '../../cast/landmarks';
import type { Action, Entity } from '../../../contract/scene-plan';
import { tableGeometry } from '../../simulate/fixtures';
import { castEachByHand } from '../shared/own-hand';
import { besidesStove } from '../shared/stove-top';
import type { CastResult } from '../types';

type Fall = Extract<Action, { kind: 'fall' }>;

// How fast the palm is moving as it lets the thing go over the edge (m/s): past its balance point
// by then, it goes on over as it falls. (At 0.6 a glass broke on the rug with only 3 of its pieces
// left in the last frame's view, at 0.5 and 0.7 more: glass-shards measures them.)
const NUDGE_MPS = 0.7;
// How far inside the edge a thing's centre starts, and the palm's stroke, which carries its centre
// past the edge (m).
const CENTRE_INSIDE_M = 0.02;
export const NUDGE_STROKE_M = 0.08;
// Where a thing is let go from (height of its base, metres) when nothing holds it up: where a
// standing adult's hand held out in front of them holds it (a ball a man drops, too).
export const DROP_BASE_M = 1.0;
const START_SEC = 0.5;

function offTable(scene: CastScene, objects: readonly Entity[], table: Entity): Fall[] {
  table.position = v3(0, table.size[1] ?? 0.375, 0);
  const g = tableGeometry(table);
  const edge = (table.size[0] ?? 0.7) - 0.02;
  return objects.map((o, i) => {
    const r = o.size[0] ?? 0.04;
    // Centre just inside the edge (standing, but only just), side by side along it.
    o.position = v3(edge - CENTRE_INSIDE_M, g.topY + (o.size[1] ?? 0.05), (i - (objects.length - 1) / 2) * 3 * r);
    return { kind: 'fall', object: o.id, velocity: [NUDGE_MPS * scene.speed, 0, 0], startSec: round(scene.startAt(START_SEC + 0.15 * i)) };
  });
}

function letGo(scene: CastScene, objects: readonly Entity[]): Fall[] {
  return objects.map((o, i) => {
    o.position = v3(0, DROP_BASE_M + (o.size[1] ?? 0.05), (i - (objects.length - 1) / 2) * 0.3);
    return { kind: 'fall', object: o.id, startSec: round(scene.startAt(START_SEC + 0.2 * i)) };
  });
}

// Furniture (a chair, a shelf, a stove) stands by while the smaller things fall ("a book falls off
// the shelf").
const FURNITURE = new Set(['chair', 'shelf']);

export function castFall(scene: CastScene): CastResult {
  // A thing named only as where the fall happens ("next to the plate") stands by (landmarks.ts).
  const all = scene.of('object').filter((o) => !isLandmark(scene, o));
  const small = besidesStove(all).moved.filter((o) => !FURNITURE.has(o.form ?? ''));
  const objects = small.length > 0 ? small : all;
  placeAside(all.filter((o) => !objects.includes(o)), -2.2);
  const [table] = scene.of('table');
  const falls = table ? offTable(scene, objects, table) : letGo(scene, objects);
  scene.actions.push(...falls);
  // A thing that starts to fall with nothing touching it reads as a glitch: a hand nudges it off or
  // lets it go (and places whoever does not do it aside). Held, the hand is on it from the first
  // frame, so nothing waits for it to reach.
  if (falls.length > 0) castEachByHand(scene, falls, !table);
  else placeBystanders(scene.people, -1.2);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  return { focus: objects[0]?.id ?? null, defaultSetting: 'room', shot: 'medium' };
}
