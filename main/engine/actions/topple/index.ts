// Topple: a tower of boxes or blocks pushed over at its top by a hand ("a boy topples the tower of
// blocks": his; "the tower of blocks topples": one from outside the frame; by-hand.ts). A box that
// falls off a table is a slide's: a hand pushes it off the edge (slide/index.ts).
import type { Entity } from '../../../contract/scene-plan';
import { placeAside } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { ActionModule, CastResult } from '../types';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach } from '../shared/own-hand';
import { castTowerByHand, scheduleTowerByHand } from './by-hand';

const TOPPLE = [
  'topple', 'topples', 'toppled', 'toppling', 'knocks over', 'knock over', 'knocked over', 'knocking over', 'knocks down', 'knock down', 'knocked down', 'pushes over', 'push over', 'pushed over',
  'collapse', 'collapses', 'collapsed', 'collapsing', 'tip over', 'tips over', 'fall over', 'falls over', 'come down', 'comes down', 'tumble', 'tumbles', 'fall', 'falls', 'fell', 'falling', 'drop', 'drops',
];

function castTopple(scene: CastScene): CastResult {
  const boxes = scene.boxes;
  const first = boxes[0] as Entity;
  // Else the things stand as a tower and a hand pushes its top: the doer's, else one from outside
  // the frame (a tower that comes down with nothing touching it would be a glitch).
  // The focus is the top of the tower as fitted to whoever pushes it (its top blocks may be left out).
  const tower = castTowerByHand(scene, boxes);
  placeAside([...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 3.2);
  return { focus: tower.objects.at(-1) ?? first.id, defaultSetting: 'room', shot: 'medium' };
}

export const toppleAction: ActionModule<'topple'> = {
  kind: 'topple',
  words: { verbs: TOPPLE, details: HAND_WORDS, describe: 'topples over', done: 'being toppled', outcome: true },
  claims: (ctx) => ctx.has('box') && !ctx.has('ball') && ctx.said('topple') && !ctx.related(['off'], 'table'),
  imply: (ctx) => implyTable(ctx, 'topple'),
  cast: castTopple,
  contradicts: cameoCannotReach,
  // The boxes are ordinary dynamic bodies from the first step: nothing to hold or release, unless a
  // hand pushes the tower over.
  schedule: (action, ctx) => {
    if (action.byHand) scheduleTowerByHand(action, ctx);
  },
  // The tower's top thing by name ("the crate"): its things are boxes, crates, bricks or blocks.
  sentence: (action, name) =>
    action.byHand ? `${action.by ? name(action.by) : 'a hand'} pushes ${name(action.objects[action.objects.length - 1])} at the top of a tower of ${action.objects.length} and it topples` : `${name(action.objects[0])} topples over`,
};
