// Spin: a coin stood on its edge on a table (or the floor) and set spinning about the vertical. It
// spins down as Euler's disk does: it leans over, rolls on its rim ever faster round a shrinking
// circle, and its rim meets the table faster and faster, the rising rattle heard as it settles flat.
// Only the flick is given; the rest is the rigid body on a rough table.
import { placeAside, placeBystanders, round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { Action, Entity, ScenePlan, Vec3 } from '../../../contract/scene-plan';
import { HandHook } from '../../hands/hand-hook';
import { HAND_WORDS, implyTable } from '../shared/hand-words';
import { cameoCannotReach, castPushByHand, doer, ownArm } from '../shared/own-hand';
import { TouchHook } from '../shared/push-hook';
import { flickPlan } from './hand';
import { FLOOR_ID, tableGeometry } from '../../simulate/fixtures';
import { isClaimed } from '../shared/loose-ball';
import { byId, stepAt } from '../shared/motion';
import { diskCentreY, diskOrientation, EulerDiskHook, leanAt } from './euler-disk';
import { surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome } from '../shared/thing-fate';
import type { ActionModule, CastResult } from '../types';
import { withNextId } from '../shared/hand-moves';

const SPIN = ['spins', 'spin', 'spinning', 'spun', 'twirls', 'twirl', 'twirling', 'whirls', 'whirl', 'spins down', 'wobbles down', 'twirled'];
// A flicked coin spins at a few turns a second; it stands leaning a little so it starts to precess.
const SPIN_RAD_PER_SEC = 30;
// It starts leaning at 75 degrees (disk to table) and settles flat in about 4 s, as a flicked coin
// does; a faster flick spins longer.
const LEAN_RAD = (75 * Math.PI) / 180;
const SETTLE_SEC = 4;
// The first coin is seen held up on its edge this long before it is flicked (s).
const FLICK_SEC = 0.5;

function castSpin(scene: CastScene): CastResult {
  const coins = scene.of('object').filter((e) => e.form === 'coin');
  const s = surfaceOf(scene);
  coins.forEach((c, i) => {
    const r = c.size[0] ?? 0.012;
    // On its edge, leaning back from upright.
    c.rotation = diskOrientation(LEAN_RAD, 0).map((q) => round(q * 1e6) / 1e6) as [number, number, number, number];
    c.position = v3((i - (coins.length - 1) / 2) * 0.12, diskCentreY(s.topY, r, c.size[1] ?? 0.001, LEAN_RAD), 0);
    scene.actions.push({ kind: 'spin', object: c.id, spinRadPerSec: round(SPIN_RAD_PER_SEC * scene.speed), startSec: round(scene.startAt(FLICK_SEC + 0.3 * i)) });
  });
  // "A man spins a coin": his fingers flick the first one; a hand's from outside the frame when
  // nobody (or only "someone") does it. The fingertip holds it from the first frame (spin/hand.ts),
  // so the flick waits for no reach.
  const first = scene.actions.find((a): a is Extract<Action, { kind: 'spin' }> => a.kind === 'spin');
  if (first) castPushByHand(scene, first, true);
  else placeBystanders(scene.people, -1.2);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('object').filter((e) => e.form !== 'coin'), ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('stairs')], 2.5);
  return { focus: coins[0]?.id ?? null, defaultSetting: 'room', shot: 'close' };
}

// What the coin spins on: the table under it, else the ground.
function surfaceUnder(plan: ScenePlan, coin: Entity, groundMaterial: Entity['material']): { id: string; material: Entity['material']; topY: number } {
  const table = plan.entities.find((e) => e.kind === 'table');
  if (table && coin.position[1] > 0.1) return { id: table.id, material: table.material, topY: tableGeometry(table).topY };
  return { id: FLOOR_ID, material: groundMaterial, topY: 0 };
}

export const spinAction: ActionModule<'spin'> = {
  kind: 'spin',
  words: { verbs: SPIN, details: HAND_WORDS, describe: 'spins', done: 'being spun', once: 'spun once: it spins down until it lies flat, and a hand would have to stand it on its edge again' },
  claims: (ctx) => ctx.said('spin') && ctx.draftsOf('object').some((d) => d.target.kind === 'object' && d.target.form === 'coin'),
  imply: (ctx) => implyTable(ctx, 'spin'),
  cast: castSpin,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const coin = byId(ctx.plan, action.object);
    if (!coin || isClaimed(coin, ctx)) return;
    const surface = surfaceUnder(ctx.plan, coin, ctx.groundMaterial);
    // A short clip sees the whole spin-down (a coin settles in a few seconds either way).
    const settleSec = Math.max(0.8, Math.min(SETTLE_SEC * (action.spinRadPerSec / SPIN_RAD_PER_SEC), ctx.timing.durationSec - action.startSec - 0.4));
    const start = stepAt(action.startSec, ctx.timing.dt);
    const a = coin.size[0] ?? 0.012;
    const h = coin.size[1] ?? 0.001;
    // Held by the model all along (never released to Rapier): see euler-disk.ts.
    const hold = (t: number): Vec3 => [coin.position[0], diskCentreY(surface.topY, a, h, leanAt(LEAN_RAD, Math.max(0, t - action.startSec), settleSec)), coin.position[2]];
    ctx.controls.push({ entity: coin, releaseStep: Number.MAX_SAFE_INTEGER, hold, velocity: [0, 0, 0], angvel: [0, 0, 0], actor: null });
    ctx.hooks.push(new EulerDiskHook(coin, surface, start, LEAN_RAD, settleSec));
    // The fingertip holds the coin up until the spin starts, and flicks it: heard as the rim's speed
    // given to the coin's mass.
    if (action.byHand) {
      const flick = flickPlan(coin, action.spinRadPerSec, action.startSec, LEAN_RAD, ownArm(ctx, action.by, coin.position));
      const plan = withNextId(flick.plan, ctx.hooks);
      ctx.hooks.push(new HandHook(plan, ctx.plan.entities), new TouchHook(coin, plan.id, flick.rim, coin.mass * action.spinRadPerSec * a, start));
    }
    const ids = ctx.plan.actions.flatMap((a) => (a.kind === 'spin' ? [a.object] : []));
    ctx.setOutcome(tellOutcome((run) => ids.map((id) => {
      const fate = fateOf(ctx.plan, run, id);
      if (!fate) return '';
      const settled = action.startSec + settleSec < ctx.timing.durationSec;
      const who = id === action.object && action.byHand ? `${doer(ctx.plan.entities, action.by)} flicked the ${fate.entity.label}: it` : `The ${fate.entity.label}`;
      return settled ? `${who} spun down, rattling faster as it settled flat.` : `${who} was still spinning when the clip ended.`;
    }).join(' ')));
  },
  sentence: (action, name) => (action.byHand ? `${action.by ? name(action.by) : 'a hand'} flicks ${name(action.object)} and it spins on its edge` : `${name(action.object)} spins on its edge`),
};
