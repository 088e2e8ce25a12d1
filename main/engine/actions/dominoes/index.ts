// Dominoes: a row of standing dominoes, the first pushed at its top; each falls onto the next and
// knocks it over, a click heard at every contact. The spacing is the usual one (about 0.7 of a
// domino's height), the push a bit more than the least that tips the first over.
import type { Entity } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { byId, stepAt } from '../shared/motion';
import { PushHook, tippingImpulse } from '../shared/push-hook';
import { standOn, standing, surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';

const DOMINO_VERBS = [
  'fall', 'falls', 'falling', 'fell', 'topple', 'topples', 'toppling', 'toppled', 'knocked over', 'knocks over', 'knock over', 'tip over', 'tips over',
  'chain reaction', 'domino effect', 'cascade', 'cascades', 'tumble', 'tumbles', 'go down', 'goes down', 'pushed', 'pushes', 'push', 'flicks', 'knocked down', 'knocks down',
];
const SPACING_OF_HEIGHT = 0.7;
const PUSH_SHARE = 1.5;

const isDomino = (d: { target: { kind: string; form?: string } }): boolean => d.target.kind === 'object' && d.target.form === 'domino';

function castDominoes(scene: CastScene): CastResult {
  const dominoes = scene.of('object').filter((e) => e.form === 'domino');
  const s = surfaceOf(scene);
  const first = dominoes[0] as Entity;
  const st = standing(first);
  const gap = SPACING_OF_HEIGHT * 2 * st.halfUpM;
  const x0 = -((dominoes.length - 1) * gap) / 2;
  dominoes.forEach((d, i) => standOn(d, s, x0 + i * gap, 0));
  const j = tippingImpulse(first.mass, st.halfAlongM, st.halfUpM, GRAVITY) * PUSH_SHARE;
  scene.actions.push({ kind: 'dominoes', objects: dominoes.map((d) => d.id), impulse: v3(round(j * 1e5) / 1e5, 0, 0), startSec: round(scene.startAt(0.4)) });
  placeBystanders(scene.people, -1.4);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((e) => e.form !== 'domino'), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  return { focus: dominoes[Math.floor(dominoes.length / 2)]?.id ?? null, defaultSetting: 'room', shot: dominoes.length * gap > 0.5 ? 'medium' : 'close' };
}


export const dominoesAction: ActionModule<'dominoes'> = {
  kind: 'dominoes',
  words: { verbs: DOMINO_VERBS, describe: 'fall one after another' },
  // One domino alone just tips over (the tip action).
  claims: (ctx) => ctx.drafts.filter(isDomino).reduce((n, d) => n + d.count, 0) >= 2,
  cast: castDominoes,
  schedule: (action, ctx) => {
    const first = byId(ctx.plan, action.objects[0] ?? '');
    if (!first) return;
    ctx.hooks.push(new PushHook(first, action.impulse, 0.9 * standing(first).halfUpM, stepAt(action.startSec, ctx.timing.dt)));
    ctx.setOutcome(tellOutcome((run) => {
      const down = action.objects.filter((id) => fateOf(ctx.plan, run, id)?.fellOver).length;
      return down === action.objects.length ? `All ${down} dominoes fell, one after another.` : `${down} of the ${action.objects.length} dominoes fell; the chain stopped there.`;
    }));
  },
  sentence: (action) => `a row of ${action.objects.length} dominoes is pushed over, one knocking down the next`,
};
