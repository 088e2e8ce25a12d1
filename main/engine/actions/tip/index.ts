// Tip: a tall thing standing on a table or the floor (a bottle, a vase, a book on its edge, a chair,
// a shelf) is pushed at its top. Pushed past its tipping angle it falls over (and may break); pushed
// less it rocks and settles back. The push is a real impulse; physics decides which.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import { isLandmark } from '../../cast/landmarks';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { stepAt, byId } from '../shared/motion';
import { PushHook, tippingImpulse } from '../shared/push-hook';
import { lyingFlat, shelfSurface, shelfUnder, standOn, standing, surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome, type Fate } from '../shared/thing-fate';
import type { ActionModule, ActionOf, CastResult } from '../types';
import { castStack, scheduleStackKnock, stackFell } from './stack';
import { liquidMassKg, scheduleSpill, spillFill, SPILL, SPILL_DETAILS } from './spill';
import type { DraftContext } from '../../cast/draft-context';
import { liquidFacts } from '../../liquids/catalog';
import { containerDrafts, liquidSaid } from '../shared/liquid-scene';
import type { Action, Entity, ScenePlan } from '../../../contract/scene-plan';
import { objectModule } from '../../objects';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach, castEachByHand, doer } from '../shared/own-hand';
import { scheduleKnocks, type KnockTurn } from '../shared/knock';
import { besidesStove } from '../shared/stove-top';

export const TIP = [
  ...SPILL,
  'tips over', 'tip over', 'tipped over', 'tipping over', 'tips', 'tip', 'tipped', 'topples', 'topple', 'toppled', 'toppling', 'topples over', 'falls over', 'fall over', 'fell over',
  'is knocked over', 'was knocked over', 'knocks over', 'knock over', 'knocked over', 'knocking over', 'pushes over', 'push over', 'pushed over', 'keels over', 'tilts', 'tilt', 'wobbles', 'wobble', 'rocks', 'rock', 'knocked down', 'knocks down',
];
// "wobbles", "rocks back": a gentle push that the thing survives.
const GENTLE = ['wobbles', 'wobble', 'rocks', 'rock', 'rocks back', 'tilts', 'tilt', 'but does not fall', 'without falling', 'almost'];

// Pushes as a share of the least that tips the thing over: clearly over, or clearly back.
export const OVER_SHARE = 1.6;
export const BACK_SHARE = 0.6;
// A glass of liquid is knocked over by a nudge just past its balance point (a hand brushing it), not a
// shove: it goes over slowly enough for its liquid to run out over the lip.
const SPILL_SHARE = 1.15;
const START_SEC = 0.5;
// Things stood in a row across the push, this far apart (m).
const ROW_M = 0.3;
// A quarter turn about the vertical: the catalog's +x (a handle's side) away from the camera (-z),
// towards whoever stands across the table.
const HANDLE_AWAY: [number, number, number, number] = [0, Math.SQRT1_2, 0, Math.SQRT1_2];

// A liquid said to spill, or said with a container knocked over; not a tap's water ("water spills
// from the tap" runs from it: nothing is knocked over).
const spillsLiquid = (ctx: DraftContext): boolean =>
  liquidSaid(ctx) && !ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'tap') &&
  (SPILL.some((w) => ctx.text.includes(` ${w} `)) || containerDrafts(ctx) > 0);
// "Spills" on its own tells of a liquid: a thing is tipped for it only when a liquid spills.
const OVER = TIP.filter((w) => !SPILL.includes(w));
const saidOver = (ctx: DraftContext): boolean => OVER.some((w) => ctx.text.includes(` ${w} `));

function castTip(scene: CastScene): CastResult {
  // "A vase rocks on the shelf": the shelf is where it stands, not a second thing tipped.
  const shelf = shelfUnder(scene);
  // A thing named only as where it happens ("next to a cup of tea, a glass of milk tips over") stands
  // by (cast/landmarks.ts): tipped too, the cup spilled its tea and the glass of milk went over empty.
  const { moved: named, standing } = besidesStove(scene.of('object').filter((o) => o !== shelf));
  const acted = named.filter((o) => !isLandmark(scene, o));
  const things = acted.length > 0 ? acted : named;
  const s = shelf ? shelfSurface(shelf) : surfaceOf(scene);
  // It stands on the same table, beyond the row of them (placed by landmarks.ts, it stood on the
  // floor under the table).
  if (!shelf) named.filter((o) => !things.includes(o)).forEach((o, k) => standOn(o, s, 0, -((things.length - 1) / 2 + 1 + k) * ROW_M));
  const gentle = GENTLE.some((g) => scene.words.text.includes(` ${g} `));
  const stack = things.length > 1 && things.every((t) => scene.stacked(t));
  if (stack) castStack(scene, things, s, shelf);
  else things.forEach((t, i) => {
    const st = standOn(t, s, 0, (i - (things.length - 1) / 2) * ROW_M);
    // A thing with a handle is stood with it across the push: pushed over it, it would rest on it
    // (a cup of coffee nudged over its handle rocked back).
    if (objectModule(t.form).handle) t.rotation = HANDLE_AWAY;
    // A glass of water is pushed over as heavy as it is with its water in it. One container spills:
    // a scene has one particle liquid (a take's trace holds one), and a second glass's would be
    // simulated and heard but never drawn.
    const holds = scene.actions.some((a) => a.kind === 'tip' && a.holds) ? undefined : spillFill(scene, t);
    const kg = t.mass + (holds ? liquidMassKg(holds, t.form!) : 0);
    const j = tippingImpulse(kg, st.halfAlongM, st.halfUpM, GRAVITY) * (gentle ? BACK_SHARE : (holds ? SPILL_SHARE : OVER_SHARE) * Math.sqrt(scene.speed));
    // On a shelf it is pushed from the open front towards the back: a hand reaching along the board
    // came down through the board above and the side and shoved the whole shelf over.
    const push = round(j * 1000) / 1000;
    scene.actions.push({ kind: 'tip', object: t.id, impulse: shelf ? v3(0, 0, -push) : v3(push, 0, 0), startSec: round(scene.startAt(START_SEC + 0.4 * i)), ...(holds ? { holds } : {}), ...(shelf ? { shelf: shelf.id } : {}) });
  });
  // Each thing is knocked over by a hand: the doer's (the first), else each by one from outside the
  // frame (a stack's top: castStack).
  const tips = stack ? [] : scene.actions.filter((a): a is Extract<Action, { kind: 'tip' }> => a.kind === 'tip');
  if (tips.length > 0) castEachByHand(scene, tips);
  else if (!stack) placeBystanders(scene.people, -1.4);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs'), ...standing], 2.5);
  const focus = stack ? things[things.length - 1] : things[0];
  return { focus: focus?.id ?? null, defaultSetting: 'room', shot: things.some((t) => (t.size[1] ?? 0) > 0.3) ? 'wide' : 'medium' };
}

// `who`: who pushed it ("The woman", "A hand"), when a hand did.
function tipped(fate: Fate | null, who?: string): string {
  if (!fate) return '';
  const label = fate.entity.label;
  const pushed = who ? `${who} pushed the ${label}: it` : `The ${label}`;
  if (fate.broke) return `${pushed} fell over and broke.`;
  if (fate.fellOver) return `${pushed} tipped past its balance point and fell over.`;
  return `${pushed} rocked and settled back upright.`;
}

// Who knocked the thing over ("The woman", "A hand"), when a hand did.
function pusher(actions: readonly Action[], id: string, entities: readonly Entity[]): string | undefined {
  const tip = actions.find((a) => a.kind === 'tip' && a.object === id);
  return tip?.kind === 'tip' && tip.byHand ? doer(entities, tip.by) : undefined;
}

// The knocks one hand gives in turn (castEachByHand), as `action`'s schedule finds them: all of them
// when it is the first of its hand's, none when it is a later one. Each lands just below the top of
// the thing stood up, pushed as heavy as it is with what it holds.
function knockTurnsOf(action: ActionOf<'tip'>, plan: ScenePlan): KnockTurn[] {
  const mine = plan.actions.filter((a): a is ActionOf<'tip'> => a.kind === 'tip' && Boolean(a.byHand) && a.by === action.by);
  if (mine[0] !== action) return [];
  return mine.flatMap((a) => {
    const e = byId(plan, a.object);
    if (!e || e.kind !== 'object') return [];
    const kg = e.mass + (a.holds ? liquidMassKg(a.holds, e.form) : 0);
    return [{ e, impulse: a.impulse, aboveCentreM: 0.9 * standing(e).halfUpM, kg, touchSec: a.startSec, level: onShelf(a, e, plan.entities) }];
  });
}

// On a shelf's board: as the plan says; a plan cast before it said so (a remix of an older take)
// read from where the thing stands, a shelf within 0.4 m of it and the thing off the floor.
function onShelf(action: ActionOf<'tip'>, thing: Entity, entities: readonly Entity[]): boolean {
  if (action.shelf !== undefined) return true;
  return entities.some((s) => s.form === 'shelf' && s !== thing && Math.hypot(s.position[0] - thing.position[0], s.position[2] - thing.position[2]) < 0.4 && thing.position[1] > 0.2);
}

export const tipAction: ActionModule<'tip'> = {
  kind: 'tip',
  words: { verbs: TIP, details: [...SPILL_DETAILS, ...HAND_WORDS, ...GENTLE], describe: 'tips over', done: 'being tipped over', performer: 'knocks over' },
  // Things that stand taller than they are deep; "off the table" is a fall, not a tip.
  claims: (ctx) =>
    ctx.said('tip') && !ctx.has('ball') && !ctx.has('box') && !ctx.related(['off'], 'table') &&
    ((saidOver(ctx) && ctx.draftsOf('object').length > 0) || spillsLiquid(ctx)),
  // "Water spills on the table": from a glass knocked over.
  imply: (ctx) => {
    if (spillsLiquid(ctx) && containerDrafts(ctx) === 0) ctx.addImplied('object', { kind: 'object', form: 'glass' });
    // A glass, cup or bottle spills on the table it stands on, like the other tabletop things
    // (pour, stir), unless the prompt puts it on the floor.
    implyTable(ctx, 'tip', spillsLiquid(ctx));
  },
  cast: castTip,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const thing = byId(ctx.plan, action.object);
    if (!thing || thing.kind !== 'object') return;
    // The push lands just below the top of a thing stood up; a thing in a stack (lying as it does,
    // not stood on its edge) is shoved through its middle.
    const inStack = standing(thing).rotation !== undefined && lyingFlat(thing);
    const above = inStack ? 0 : 0.9 * standing(thing).halfUpM;
    // A stack's top is knocked by the hand and the rest shoved with it (scheduleStackKnock); a plan
    // cast before stacks were knocked by hand has no byHand on any tip: each push as it was.
    const handKnocksStack = inStack && ctx.plan.actions.some((a) => a.kind === 'tip' && a.byHand);
    if (handKnocksStack) {
      if (action.byHand) scheduleStackKnock(action, ctx);
    } else if (action.byHand) {
      // The push comes as the palm touches the thing, where it touches it; one hand knocks each
      // over in turn (the first's schedule makes it).
      scheduleKnocks(knockTurnsOf(action, ctx.plan), action.by, ctx);
    } else ctx.hooks.push(new PushHook(thing, action.impulse, above, stepAt(action.startSec, ctx.timing.dt)));
    const spill = action.holds ? scheduleSpill(thing, action.holds, ctx) : null;
    const ids = ctx.plan.actions.flatMap((a) => (a.kind === 'tip' ? [a.object] : []));
    // A stack's story is the whole stack's (its lower things were never pushed).
    const stackIds = ctx.plan.entities.filter((e) => e.kind === 'object' && e.form === thing.form).map((e) => e.id);
    // The spilling container's story tells every tipped thing's and its spill's (a book knocked over
    // before it must not tell the scene without the spill).
    if (!action.holds && ctx.plan.actions.some((a) => a.kind === 'tip' && a.holds)) return;
    ctx.setOutcome(tellOutcome((run) => (inStack ? stackFell(stackIds.map((id) => fateOf(ctx.plan, run, id))) : [...ids.map((id) => tipped(fateOf(ctx.plan, run, id), pusher(ctx.plan.actions, id, ctx.plan.entities))), spill?.told() ?? ''].join(' ').trim())));
  },
  sentence: (action, name) => {
    const spills = action.holds ? `, spilling its ${liquidFacts(action.holds.liquid).kind}` : '';
    if (action.byHand) return `${action.by ? name(action.by) : 'a hand'} pushes ${name(action.object)} at the top and it tips over${spills}`;
    return `${name(action.object)} is pushed at the top and tips over${spills}`;
  },
};

