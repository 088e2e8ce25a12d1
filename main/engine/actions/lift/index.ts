// Lift: a hand reaches a thing standing on a table (a glass, a cup, a book, a block), grips it and
// lifts it off the table, and holds it up. The grip is a joint (engine/hands/): the thing rises
// with the hand and hangs from it with its own weight.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { HandHook } from '../../hands/hand-hook';
import { halfOf, LIFT_SEEN_SEC, liftPlan, withNextId } from '../shared/hand-moves';
import { agentDraft, agentOf, HAND_WORDS } from '../shared/hand-words';
import { cameoCannotReach, castHandOwner, doer, ownArm, RAISE_SEC } from '../shared/own-hand';
import { byId } from '../shared/motion';
import { besidesStove, isStove, standStove, stoveNamed } from '../shared/stove-top';
import { surfaceOf } from '../shared/tabletop';
import { cm, tellOutcome } from '../shared/thing-fate';
import type { ActionModule, ActionOf, CastResult, Contradiction } from '../types';
import { arrivedArm, walkingHand } from '../walk/arrival';
import { castFromFloor, crouchShown, liftsFromFloor, scheduleFromFloor } from './from-floor';

export const LIFT = [
  'lifts', 'lift', 'lifted', 'lifting', 'picks up', 'pick up', 'picked up', 'picking up', 'raises', 'raise', 'raised', 'raising',
  'holds up', 'hold up', 'held up', 'lifts up', 'lift up', 'lifted up', 'grabs', 'grab', 'grabbed', 'grabbing',
];
const LIFT_M = 0.2;
const START_SEC = 0.8;

// A lift the clip ends before (a walk to the table first, in a short clip): its verb is not shown.
function cutShort(action: ActionOf<'lift'>, scene: CastScene): Contradiction[] {
  if (action.startSec + LIFT_SEEN_SEC <= scene.durationSec + 1e-9) return [];
  const at = scene.words.verbAt('lift');
  const when = action.startSec < scene.durationSec ? `the hand reaches it at ${action.startSec.toFixed(1)} s` : `the hand would reach it at ${action.startSec.toFixed(1)} s`;
  return at < 0 ? [] : [{ at, reason: `the ${scene.durationSec} s clip ends before it is lifted (${when}, and it is off the table ${LIFT_SEEN_SEC} s later)`, needSec: Math.ceil(action.startSec + LIFT_SEEN_SEC) }];
}

function castLift(scene: CastScene): CastResult {
  // "lifts the pot off the stove": the pot, from the stove's burner (stove-top.ts).
  const { moved: [thing], standing: [stove] } = besidesStove([...scene.of('object'), ...scene.boxes, ...scene.balls]);
  // No table (nor stove): the thing is on the floor, and whoever picks it up crouches to it.
  const at = scene.words.verbAt('lift');
  const picker = thing && !stove && scene.of('table').length === 0 && !agentDraft(scene.words, at)?.cameo ? agentOf(scene, at) : null;
  if (thing && picker) {
    castFromFloor(scene, thing, picker, round(scene.startAt(START_SEC) + RAISE_SEC));
    placeBystanders(scene.people.filter((p) => p !== picker), -1.4);
    placeAside([...scene.balls, ...scene.of('object'), ...scene.boxes].filter((e) => e !== thing), 2.2);
    return { focus: picker.id, defaultSetting: 'room', shot: 'medium' };
  }
  const topY = stove ? standStove(stove) : surfaceOf(scene).topY;
  const lift = thing ? { kind: 'lift' as const, object: thing.id, heightM: LIFT_M, startSec: round(scene.startAt(START_SEC)) } : undefined;
  if (thing && lift) {
    // (over the origin: a stove's front left burner, or the table's middle)
    thing.position = v3(0, topY + halfOf(thing)[1], 0);
    scene.actions.push(lift);
  }
  const owner = castHandOwner(scene, lift);
  placeAside([...scene.balls, ...[...scene.of('object'), ...scene.boxes].filter((e) => e !== thing && e !== stove)], 2.2);
  return { focus: owner?.id ?? thing?.id ?? null, defaultSetting: stove ? 'kitchen' : 'room', shot: 'medium' };
}

export const liftAction: ActionModule<'lift'> = {
  kind: 'lift',
  words: { verbs: LIFT, details: [...HAND_WORDS, 'off the table', 'up'], describe: 'lifts', done: 'being lifted' },
  // A ball is picked up only from the floor ("picks up a ball from the floor"); a ball in other words
  // is another action's (a shot, a throw).
  claims: (ctx) => ctx.said('lift') && (((ctx.has('object') || ctx.has('box')) && !ctx.has('ball')) || (ctx.has('ball') && (liftsFromFloor(ctx) || !ctx.has('table')))),
  // A hand lifts things from a table, unless the prompt has them on the floor.
  imply: (ctx) => {
    if (!ctx.has('table') && !liftsFromFloor(ctx) && !stoveNamed(ctx)) ctx.addImplied('table', { kind: 'table', label: 'table' });
  },
  cast: castLift,
  contradicts: (action, scene) => [...cutShort(action, scene), ...cameoCannotReach(action, scene)],
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing) return;
    if (action.fromFloor) {
      scheduleFromFloor(action, thing, ctx);
      return;
    }
    // A walker who came to the table lifts with the arm their walk left them (walk/arrival.ts).
    const arrived = arrivedArm(ctx, action.by);
    const plan = liftPlan(thing, action.heightM, action.startSec, arrived ?? ownArm(ctx, action.by, thing.position));
    ctx.hooks.push(new HandHook(withNextId(arrived ? walkingHand(ctx, plan) : plan, ctx.hooks), ctx.plan.entities));
    ctx.setOutcome(tellOutcome((run) => {
      const end = run.final.get(thing.id);
      const rose = end ? end.position[1] - thing.position[1] : 0;
      const who = doer(ctx.plan.entities, action.by);
      const from = ctx.plan.entities.some(isStove) ? 'stove' : 'table';
      return rose > 0.05 ? `${who} lifted the ${thing.label} ${cm(rose)} off the ${from} and held it up.` : `${who} could not lift the ${thing.label}.`;
    }));
  },
  alsoShows: crouchShown,
  sentence: (action, name) => (action.fromFloor ? `${name(action.by)} crouches and picks ${name(action.object)} up off the floor` : `${action.by ? name(action.by) : 'a hand'} lifts ${name(action.object)}`),
};
