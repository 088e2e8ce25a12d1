// Pour: a liquid (water, milk, juice, coffee, oil, honey) is poured from a jug or bottle into a
// glass, mug or bowl: the jug tips about its lip over the glass and the particle liquid runs out
// of it, falls and fills the glass (liquids/). Heard as the stream with the glass's air column
// rising in pitch as it fills.
import { liquidFacts } from '../../liquids/catalog';
import { ContainerShape } from '../../liquids/container';
import { otherLiquidNamed } from '../../liquids/resting';
import type { ObjectForm } from '../../../contract/scene-plan';
import { createLiquid } from '../../liquids/scene-liquid';
import type { LiquidMethod } from '../../liquids/method';
import { isPouredFrom, objectModule } from '../../objects';
import { byId } from '../shared/motion';
import { containerDrafts, isContainer, LIQUID_DETAILS, liquidSaid, namedInto } from '../shared/liquid-scene';
import { CONTAINER_FORMS } from '../../liquids/floaters';
import { liquidWith } from '../../prompt/clause-liquid';
import type { CastScene } from '../../cast/cast-scene';
import type { ActionModule, ActionOf, Contradiction } from '../types';
import type { DraftContext } from '../../cast/draft-context';
import { HandHook } from '../../hands/hand-hook';
import { HAND_WORDS } from '../shared/hand-words';
import { castPour, FULL, FULL_BY_SEC, fullAsked, fullWordAt } from './cast';
import { pourHandPlan } from './hand';
import { tipHook, tipPath } from './motion';
import { pourOutcome } from './outcome';
import { POUR } from './words';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import { withNextId } from '../shared/hand-moves';
import { spoonsStirring } from '../shared/poured';
import { stirCutShort } from '../stir/after-pour';
import { stoveNamed } from '../shared/stove-top';

// A thing the prompt pours onto or into that cannot hold the liquid ("honey is poured onto a plate"):
// the liquid goes into a glass instead, and the understanding says so on the thing's name.
const ONTO = new Set(['onto', 'into', 'on', 'over', 'in']);
function pouredElsewhere(action: ActionOf<'pour'>, scene: CastScene): Contradiction[] {
  const words = scene.words.words;
  return scene.words.drafts.flatMap((d) => {
    const id = scene.idsByDraft.get(d)?.[0];
    // The word that sends the liquid there ("onto a plate"), unless a thing stands right before it:
    // "into a mug on a plate" is where the mug stands, not where the coffee goes.
    const sentAt = (m: number): number => (ONTO.has(words[m - 1] ?? '') ? m - 1 : ONTO.has(words[m - 2] ?? '') ? m - 2 : -1);
    const thingBefore = (k: number): boolean => scene.words.drafts.some((o) => o !== d && o.mentions.some((mm) => mm === k - 1 || mm === k - 2));
    const at = d.mentions.find((m) => {
      const k = sentAt(m);
      return k >= 0 && !thingBefore(k);
    });
    const thing = scene.entities.find((e) => e.id === id);
    if (at === undefined || !thing || thing.kind !== 'object' || isContainer(thing) || id === action.into || id === action.from.in) return [];
    return [{ at, reason: `poured into the ${scene.entities.find((e) => e.id === action.into)?.label ?? 'glass'} instead: a ${thing.label} does not hold it` }];
  });
}

// "until it is full" in a clip that ends before the glass is.
function notFullYet(scene: CastScene): Contradiction[] {
  if (!fullAsked(scene) || scene.durationSec >= FULL_BY_SEC) return [];
  const at = fullWordAt(scene.words.words);
  return at < 0 ? [] : [{ at, reason: `the ${scene.durationSec} s clip ends before the glass is full (${FULL_BY_SEC} s)`, needSec: FULL_BY_SEC }];
}

const pouredFrom = (ctx: DraftContext): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && isPouredFrom(d.target.form));
// The hand that pours lifts the container first: "lifts the bottle and pours" is shown.
const LIFTS = ['lifts', 'lift', 'lifted', 'lifting', 'picks up', 'pick up', 'picked up', 'raises', 'raise'];

// The vessel a liquid named besides the poured one is served in (coffee, tea: a mug), if any.
function restingVessel(ctx: DraftContext): ObjectForm | undefined {
  const poured = ctx.liquidOf('pour', 'brings');
  const other = poured && otherLiquidNamed(ctx.text, poured);
  return other ? liquidFacts(other).servedIn : undefined;
}

// Whether a jug must be added to pour from: none (nor a bottle) is named, and no other container
// named can be poured from, as each is one the words pour into ("into a mug next to a glass of
// juice") or holds another liquid ("a glass of juice"): without it the mug was poured from.
function needsJug(ctx: DraftContext): boolean {
  const drafts = ctx.draftsOf('object').filter((d) => d.target.kind === 'object' && CONTAINER_FORMS.has(d.target.form));
  const into = (d: (typeof drafts)[number]): boolean => d.mentions.some((m) => namedInto(ctx.words, m, ctx.verbAt('pour')));
  // (a jug or kettle the words fill is no source: "she fills the kettle with water")
  if (drafts.some((d) => d.target.kind === 'object' && isPouredFrom(d.target.form) && !into(d))) return false;
  const poured = ctx.liquidOf('pour', 'brings');
  const pourable = drafts.filter((d) => {
    const held = liquidWith(ctx.words, d.mentions);
    return !into(d) && (held === null || held === poured);
  });
  return drafts.length < 2 || pourable.length === 0;
}

// A bottle is tipped nearly flat before its water reaches the narrow neck, fast, its floor swinging
// 0.3 m from the lip it turns about. Measured ("water is poured from a bottle into a glass", seed
// 1, 612 particles): DFSPH let 589 of them through the bottle's floor onto the table as it passed
// 20 degrees, 23 reached the glass; PBF (position-based, its walls a projection) put all 612 in the
// glass. A wide jug under DFSPH puts all of its water in the glass. So a narrow-necked source pours
// with PBF.
function methodFor(from: ContainerShape): LiquidMethod | undefined {
  return from.rIn(from.heightM) < 0.5 * from.rIn(from.heightM / 2) ? 'pbf' : undefined;
}

export const pourAction: ActionModule<'pour'> = {
  kind: 'pour',
  words: { verbs: POUR, details: [...LIQUID_DETAILS, ...HAND_WORDS, ...LIFTS, ...FULL], describe: 'pours', done: 'being poured' },
  // A liquid named, or a bottle or jug named as what is poured from ("he lifts the bottle and
  // pours": water, the liquid a bottle holds when none is said, castPour).
  claims: (ctx) => ctx.said('pour') && (liquidSaid(ctx) || pouredFrom(ctx)),
  imply: (ctx) => {
    const n = containerDrafts(ctx);
    if (needsJug(ctx)) ctx.addImplied('object', { kind: 'object', form: 'jug' });
    // Into a liquid already there ("pours milk into the coffee"), the vessel that liquid is served in.
    if (n < 1 || containerDrafts(ctx) < 2) ctx.addImplied('object', { kind: 'object', form: restingVessel(ctx) ?? 'glass' });
    if (!ctx.has('table') && !stoveNamed(ctx)) ctx.addImplied('table', { kind: 'table', label: 'table' });
    // "..., then stirs it": the spoon it stirs with (stir/after-pour.ts).
    if (ctx.said('stir') && !ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'spoon')) ctx.addImplied('object', { kind: 'object', form: 'spoon' });
  },
  cast: castPour,
  contradicts: (action, scene) => [...cameoCannotReach(action, scene), ...pouredElsewhere(action, scene), ...notFullYet(scene), ...stirCutShort(scene, action)],
  schedule: (action, ctx) => {
    const jug = byId(ctx.plan, action.from.in);
    const glass = byId(ctx.plan, action.into);
    if (!jug?.form || !glass?.form) return;
    const from = new ContainerShape(objectModule(jug.form));
    // A spoon that will stir what is poured is among the solids the liquid meets (shared/poured.ts).
    const liquid = createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: action.from, pourInto: action.into, method: methodFor(from), tools: spoonsStirring(ctx.plan, action.into) });
    const into = new ContainerShape(objectModule(glass.form));
    const tableTopY = glass.position[1] - into.heightM / 2;
    const tipped = tipPath(glass, into, from, action.from.fill, tableTopY);
    const path = action.setDownSec === undefined ? tipped : { ...tipped, setDownSec: action.setDownSec };
    ctx.hooks.push(tipHook(jug.id, path, from, action.startSec), liquid);
    if (action.byHand) ctx.hooks.push(new HandHook(withNextId(pourHandPlan(jug, path, from, action.startSec, ctx.timing.durationSec, ownArm(ctx, action.by, jug.position)), ctx.hooks)));
    ctx.setOutcome(pourOutcome(ctx.plan, action, liquid));
  },
  // Who pours, when someone does: the person, a hand, else the liquid in the passive.
  sentence: (action, name) => {
    const liquid = liquidFacts(action.from.liquid).kind;
    const route = `from ${name(action.from.in)} into ${name(action.into)}`;
    if (action.by) return `${name(action.by)} pours ${liquid} ${route}`;
    return action.byHand ? `a hand pours ${liquid} ${route}` : `${liquid} is poured ${route}`;
  },
};
