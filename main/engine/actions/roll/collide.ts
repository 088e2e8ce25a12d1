// Two balls that collide ("two balls collide on the floor", "a red ball and a blue ball crash into
// each other"): rolled towards each other along one line, each already rolling in the first frame
// from its side of the picture (see the note above offTable in cast.ts), so they meet in the middle
// and knock each other back or on, as their masses and speeds have it.
import { placeAside, placeBystanders, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { CastResult } from '../types';

// Words that say two things meet each other rather than one rolling into a thing that waits.
export const COLLIDE = ['collide', 'collides', 'collided', 'colliding', 'collide with each other', 'crash into each other', 'crashes into each other', 'bump into each other', 'hit each other', 'smash into each other', 'run into each other'];
const EACH_OTHER = ['collide', 'collides', 'collided', 'colliding', 'each other', 'one another'];

// How fast each rolls (m/s) and how far from the middle each starts (m): they meet about 1.2 s in,
// both seen coming in a wide shot.
const MEET_MPS = 1.2;
const FROM_M = 1.4;

export function collides(scene: CastScene): boolean {
  return scene.balls.length >= 2 && EACH_OTHER.some((w) => scene.words.text.includes(` ${w} `));
}

export function towardsEachOther(scene: CastScene): CastResult {
  const [a, b] = scene.balls as [NonNullable<CastScene['balls'][number]>, NonNullable<CastScene['balls'][number]>];
  const v = MEET_MPS * scene.speed;
  a.position = v3(-FROM_M, a.size[0] ?? 0.1, 0);
  b.position = v3(FROM_M, b.size[0] ?? 0.1, 0);
  scene.actions.push({ kind: 'roll', object: a.id, velocity: v3(v, 0, 0), startSec: 0 }, { kind: 'roll', object: b.id, velocity: v3(-v, 0, 0), startSec: 0 });
  scene.balls.slice(2).forEach((c, i) => {
    c.position = v3(-1 + i * 0.5, c.size[0] ?? 0.1, -1.5);
  });
  placeBystanders(scene.people, -1.0);
  placeAside([...scene.boxes, ...scene.of('table'), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 3.2);
  return { focus: a.id, defaultSetting: scene.homeOf(a, 'room'), shot: 'wide' };
}
