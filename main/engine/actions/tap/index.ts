// Tap: a tap (faucet) runs into a glass, a sink, a mug: the liquid comes out of its outlet as
// particles released at the flow rate (liquids/tap-flow.ts), falls and fills the container below,
// heard as the pour is (the air column above the liquid shortening, its pitch rising). A dripping
// tap lets out a drop at a time, each heard where it lands (liquids/drips.ts).
import type { ObjectForm, Vec3 } from '../../../contract/scene-plan';
import { DripWatch } from '../../liquids/drips';
import { createLiquid } from '../../liquids/scene-liquid';
import { objectModule } from '../../objects';
import { heightOf } from '../../objects/geometry';
import { TAP_OUTLET } from '../../objects/kitchen';
import { KINEMATIC_BODY } from '../../physics/constants';
import type { StepHook } from '../../simulate/schedule-types';
import { HandHook } from '../../hands/hand-hook';
import { byId } from '../shared/motion';
import { cameoCannotReach, ownArm } from '../shared/own-hand';
import { containerDrafts, isContainer, LIQUID_DETAILS } from '../shared/liquid-scene';
import type { ActionModule } from '../types';
import { castTap } from './cast';
import { leverTop, tapHandPlan } from './hand';
import { tapOutcome } from './outcome';
import { RUNS } from './words';
import { withNextId } from '../shared/hand-moves';

// The outlet's radius (an aerator 14 mm across) and a drop's volume (m^3, 0.1 ml).
const OUTLET_RADIUS_M = 0.007;
const DROP_M3 = 1e-7;

const tapNamed = (ctx: Parameters<ActionModule['claims']>[0]): boolean => ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'tap');

// The outlet's height above the counter, and the room a container needs under it (m).
const OUTLET_ABOVE_M = TAP_OUTLET[1] + heightOf(objectModule('tap')) / 2;
const UNDER_OUTLET_M = 0.03;

// A container named for the tap to fill that is too tall to stand under its spout, by name.
function tooTall(ctx: Parameters<ActionModule['claims']>[0]): ObjectForm | null {
  const forms = ctx.draftsOf('object').flatMap((d) => (d.target.kind === 'object' && isContainer({ kind: 'object', form: d.target.form }) ? [d.target.form] : []));
  const fits = forms.filter((f) => heightOf(objectModule(f)) <= OUTLET_ABOVE_M - UNDER_OUTLET_M);
  return forms.length > 0 && fits.length === 0 ? forms[0]! : null;
}

// The tap stands fixed on the counter (plumbed in): a kinematic body that does not move.
const fixTap = (id: string): StepHook => ({ start: (world) => world.bodyOf(id).setBodyType(KINEMATIC_BODY, true) });

export const tapAction: ActionModule<'tap'> = {
  kind: 'tap',
  words: { verbs: RUNS, details: [...LIQUID_DETAILS, 'from the tap', 'into the sink', 'into the glass'], describe: 'runs from the tap', done: 'running from a tap', performer: 'turns on the tap' },
  claims: (ctx) => ctx.said('tap') && tapNamed(ctx),
  needs: (ctx) => {
    const form = tooTall(ctx);
    return form ? `A ${objectModule(form).label} is too tall to stand under Kinora's kitchen tap (its spout is ${Math.round(OUTLET_ABOVE_M * 100)} cm above the counter): try a glass, a mug, a bowl or the sink.` : null;
  },
  imply: (ctx) => {
    if (containerDrafts(ctx) === 0) ctx.addImplied('object', { kind: 'object', form: 'sink' });
    if (!ctx.has('table')) ctx.addImplied('table', { kind: 'table', label: 'counter' });
  },
  cast: castTap,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const tap = byId(ctx.plan, action.object);
    const into = byId(ctx.plan, action.into);
    if (!tap || !into) return;
    const outlet: Vec3 = [tap.position[0] + TAP_OUTLET[0], tap.position[1] + TAP_OUTLET[1], tap.position[2] + TAP_OUTLET[2]];
    // A stream is heard as a pour into the container; drops each where they land.
    const drip = action.dripSec;
    const flow = { outlet, radiusM: OUTLET_RADIUS_M, flowM3PerSec: drip ? DROP_M3 / drip : action.flowLps / 1000, startSec: action.startSec, stopSec: action.stopSec, ...(drip ? { dripSec: drip } : {}) };
    const drops = drip ? Math.max(1, Math.floor((action.stopSec - action.startSec) / drip)) : undefined;
    const liquid = createLiquid({ plan: ctx.plan, timing: ctx.timing, fill: { liquid: action.liquid, tap: flow }, ...(drip ? {} : { pourInto: action.into }), tools: [tap.id], ...(drops ? { particles: drops } : {}) });
    ctx.hooks.push(fixTap(tap.id), liquid);
    const arm = ownArm(ctx, action.by, leverTop(tap.position));
    if (arm) ctx.hooks.push(new HandHook(withNextId(tapHandPlan(tap.position, action.startSec, action.stopSec, arm), ctx.hooks)));
    if (drip) ctx.hooks.push(new DripWatch(liquid, into, action.startSec, drip));
    ctx.setOutcome(tapOutcome(ctx.plan, action, liquid));
  },
  // With someone at the lever: "the man lets water run from the tap into the glass".
  sentence: (action, name) => {
    const flow = action.dripSec ? 'drip' : 'run';
    const route = `from ${name(action.object)} into ${name(action.into)}`;
    return action.by ? `${name(action.by)} lets ${action.liquid} ${flow} ${route}` : `${action.liquid} ${flow}s ${route}`;
  },
};
