// Flip: a coin flicked up off a thumb ("a man flips a coin", "coin toss"). The hand holds it from
// the first frame and the thumb throws it up, turning end over end about a diameter; from then on
// it is the rigid body's: it rises, turns, falls onto the table (or the floor), rattles and settles
// on whichever face the landing leaves up. Heard as the thumb's flick and the landing's clinks.
import type { Action } from '../../../contract/scene-plan';
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { HandHook } from '../../hands/hand-hook';
import { GRAVITY } from '../../physics/constants';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { withNextId } from '../shared/hand-moves';
import { isClaimed } from '../shared/loose-ball';
import { byId, stepAt } from '../shared/motion';
import { cameoCannotReach, castPushByHand, doer, ownArm } from '../shared/own-hand';
import { TouchHook } from '../shared/push-hook';
import { surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome, tiltDeg } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';
import { flipHandPlan } from './hand';
import { faceAsked, FLIP, FLIP_DETAILS } from './words';

// The coin is held this high over what it lands on (m): a hand at a seated person's chest.
const HELD_ABOVE_M = 0.25;
// How high the flick sends it above where it was held (m), and how fast it turns end over end: a
// thumb's flick gives a coin a few turns a second (a hard flick 20 or more; at 24 frames a second
// that would strobe). Seeds vary the turn by a few per cent, so the face it lands on varies.
const RISE_M = 0.4;
const TURNS_PER_SEC = 7;
const TURN_JITTER = 0.05;
// It flies a little forward, off the thumb (m/s, along +x), clear of the hand below it.
const FORWARD_MPS = 0.25;
// ...and a little away from the one who flips it, into the table's depth (m/s), turning with its
// top going towards them, so a landing on its edge skips it away from them. Held over the table
// 13 cm in from its near edge and turned the other way, the coin skipped towards the man, struck his
// body and fell to the floor in 13 of 48 takes (three prompts, seeds 1-16; 0 of 48 now), the shot
// riding with it down to his shoes.
const AWAY_MPS = 0.2;
// The hand is seen holding it this long before the flick (s).
const FLICK_SEC = 0.5;

const coinNamed = (ctx: Parameters<ActionModule['claims']>[0]): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'coin');

function castFlip(scene: CastScene): CastResult {
  const coin = scene.of('object').find((e) => e.form === 'coin')!;
  const s = surfaceOf(scene);
  coin.position = v3(-0.08, s.topY + HELD_ABOVE_M, 0);
  coin.rotation = undefined;
  const flip: Extract<Action, { kind: 'flip' }> = { kind: 'flip', object: coin.id, upMps: round(Math.sqrt(2 * GRAVITY * RISE_M)), turnRadPerSec: round(2 * Math.PI * TURNS_PER_SEC), startSec: round(scene.startAt(FLICK_SEC)) };
  scene.actions.push(flip);
  // The hand holds the coin from the first frame, so the flick waits for no reach.
  if (!castPushByHand(scene, flip, true)) placeBystanders(scene.people.filter((p) => p.id !== flip.by), -1.2);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((e) => e !== coin), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  // Close on the coin and the hand from outside the frame; a step back when a person flips it (a
  // close shot of a person holding a coin at their chest framed their face, the coin out of it).
  return { focus: coin.id, defaultSetting: 'room', shot: flip.by ? 'medium' : 'close' };
}

// Which face is up at the end: the one up at the start (heads) or the other (tails).
function face(tiltDeg: number): string {
  return tiltDeg < 90 ? 'heads' : 'tails';
}

export const flipAction: ActionModule<'flip'> = {
  kind: 'flip',
  words: { verbs: FLIP, details: [...FLIP_DETAILS, ...HAND_WORDS], describe: 'flips a coin', done: 'being flipped', once: 'flipped once: it lands and settles, and a hand would have to pick it up again' },
  claims: (ctx) => ctx.said('flip') && coinNamed(ctx),
  imply: (ctx) => implyTable(ctx, 'flip'),
  cast: castFlip,
  contradicts: (action, scene) => {
    const face = faceAsked(scene.words.words);
    return [...cameoCannotReach(action, scene), ...(face < 0 ? [] : [{ at: face, reason: 'which face lands up is left to the physics: the seed decides, not the words' }])];
  },
  schedule: (action, ctx) => {
    const coin = byId(ctx.plan, action.object);
    if (!coin || isClaimed(coin, ctx)) return;
    const start = stepAt(action.startSec, ctx.timing.dt);
    const turn = action.turnRadPerSec * (1 + ctx.jitter.normal(0, TURN_JITTER));
    // Which way along z is away from the flipper (0 with none: a hand from outside the frame flicks
    // it over the table's middle, turning as it always has, which keeps it on the table).
    const flipper = action.by ? byId(ctx.plan, action.by) : undefined;
    const away = Math.sign(coin.position[2] - (flipper?.position[2] ?? coin.position[2])) || 0;
    // Held (a kinematic body on the fist) until the flick; then the rigid body's, turning about x.
    ctx.controls.push({ entity: coin, releaseStep: start, hold: () => coin.position, velocity: [FORWARD_MPS, action.upMps, AWAY_MPS * away], angvel: [away === 0 ? turn : -away * turn, 0, 0], actor: null });
    const plan = withNextId(flipHandPlan(coin, action.startSec, ownArm(ctx, action.by, coin.position)), ctx.hooks);
    ctx.hooks.push(new HandHook(plan, ctx.plan.entities), new TouchHook(coin, plan.id, coin.position, coin.mass * action.upMps, start));
    ctx.setOutcome(tellOutcome((run) => {
      const fate = fateOf(ctx.plan, run, action.object);
      const end = run.final.get(action.object);
      if (!fate || !end) return '';
      const who = action.byHand ? `${doer(ctx.plan.entities, action.by)} flipped the ${fate.entity.label}` : `The ${fate.entity.label} was flipped`;
      return end.speed < 0.01 ? `${who}: it turned end over end, landed and settled ${face(tiltDeg(fate.entity, end.rotation))} up.` : `${who}: it was still moving when the clip ended.`;
    }));
  },
  sentence: (action, name) => `${action.by ? name(action.by) : 'a hand'} flips ${name(action.object)} into the air and it lands`,
};
