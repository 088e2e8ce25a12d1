// Dominoes: a row of standing dominoes, the first pushed at its top; each falls onto the next and
// knocks it over, a click heard at every contact. The spacing is the usual one (about 0.7 of a
// domino's height), the push a bit more than the least that tips the first over.
import type { Action, Entity } from '../../../contract/scene-plan';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach, castPushByHand, doer } from '../shared/own-hand';
import { scheduleKnock } from '../shared/knock';
import { placeAside, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { byId, stepAt } from '../shared/motion';
import { PushHook, tippingImpulse } from '../shared/push-hook';
import { standOn, standing, surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';
import { objectModule } from '../../objects';

const DOMINO_VERBS = [
  'fall', 'falls', 'falling', 'fell', 'topple', 'topples', 'toppling', 'toppled', 'is knocked over', 'knocked over', 'knocks over', 'knock over', 'tip over', 'tips over',
  'chain reaction', 'domino effect', 'cascade', 'cascades', 'tumble', 'tumbles', 'go down', 'goes down', 'pushed', 'pushes', 'push', 'flicks', 'is knocked down', 'knocked down', 'knocks down',
  'tips', 'tip', 'tipped',
];
// "The first one tips and the rest follow": the row after the first, falling in turn.
const REST_WORDS = ['the rest', 'the others'];
const THE_REST = [...REST_WORDS, 'the rest follow', 'the others follow', 'rest follow', 'follow', 'follows', 'one after another', 'one after the other', 'one by one', 'in turn', 'in a row'];
const restSaid = (text: string): boolean => REST_WORDS.some((w) => text.includes(` ${w} `));
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
  const action: Extract<Action, { kind: 'dominoes' }> = { kind: 'dominoes', objects: dominoes.map((d) => d.id), impulse: v3(round(j * 1e5) / 1e5, 0, 0), startSec: round(scene.startAt(0.4)) };
  scene.actions.push(action);
  // A hand pushes the first: the person's the prompt says knocks them over, at the table, else one
  // from outside the frame.
  castPushByHand(scene, action);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((e) => e.form !== 'domino'), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  // Unasked, a row is seen whole: a close-up of one longer than about eight dominoes follows the wave
  // along it (frames/camera/wave-front.ts), so a longer row is a medium shot.
  return { focus: dominoes[Math.floor(dominoes.length / 2)]?.id ?? null, defaultSetting: 'room', shot: dominoes.length * gap > 0.25 ? 'medium' : 'close' };
}


export const dominoesAction: ActionModule<'dominoes'> = {
  kind: 'dominoes',
  words: { verbs: DOMINO_VERBS, details: [...HAND_WORDS, ...THE_REST], describe: 'fall one after another', done: 'being knocked over', performer: 'knocks over' },
  // One domino alone just tips over (the tip action), unless "the rest" fall after it.
  claims: (ctx) => ctx.drafts.filter(isDomino).reduce((n, d) => n + d.count, 0) >= 2 || (ctx.drafts.some(isDomino) && restSaid(ctx.text)),
  imply: (ctx) => {
    // "The first domino is pushed and the rest fall": the first of a row.
    const [one, ...others] = ctx.drafts.filter(isDomino);
    if (one && others.length === 0 && one.count < 2) one.count = objectModule('domino').pluralCount ?? 2;
    implyTable(ctx, 'dominoes');
  },
  cast: castDominoes,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const first = byId(ctx.plan, action.objects[0] ?? '');
    if (!first) return;
    const above = 0.9 * standing(first).halfUpM;
    if (action.byHand) {
      // The push comes as the palm touches the first domino, where it touches it.
      scheduleKnock(first, action.impulse, above, first.mass, action.startSec, action.by, ctx);
    } else ctx.hooks.push(new PushHook(first, action.impulse, above, stepAt(action.startSec, ctx.timing.dt)));
    const who = action.byHand ? `${doer(ctx.plan.entities, action.by)} pushed the first domino: ` : '';
    ctx.setOutcome(tellOutcome((run) => {
      const down = action.objects.filter((id) => fateOf(ctx.plan, run, id)?.fellOver).length;
      const told = down === action.objects.length ? `All ${down} dominoes fell, one after another.` : `${down} of the ${action.objects.length} dominoes fell; the chain stopped there.`;
      return who ? `${who}${told.charAt(0).toLowerCase()}${told.slice(1)}` : told;
    }));
  },
  sentence: (action, name) => action.byHand
    ? `${action.by ? name(action.by) : 'a hand'} pushes the first of a row of ${action.objects.length} dominoes over, one knocking down the next`
    : `a row of ${action.objects.length} dominoes is pushed over, one knocking down the next`,
};
