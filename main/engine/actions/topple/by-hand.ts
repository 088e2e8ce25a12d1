// A tower toppled by hand ("a boy topples the tower of blocks"): the blocks stand in one column on
// the table, and whoever topples it pushes its top. The push is the one that turns the tower about
// its bottom edge as a rigid column past its balance point (each block given its mass times its
// height times that spin, as a knocked-over stack of books is: tip/stack.ts), landing as the palm
// touches the top block, where it touches it; from then on the blocks are loose and physics decides
// how the tower breaks up as it falls.
import type { Action, Entity, ScenePlan } from '../../../contract/scene-plan';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { GRAVITY } from '../../physics/constants';
import { plural } from '../../simulate/outcome';
import type { ScheduleContext } from '../../simulate/schedule-types';
import { halfOf } from '../shared/hand-moves';
import { scheduleKnock } from '../shared/knock';
import { byId, stepAt } from '../shared/motion';
import { castPushByHand, doer } from '../shared/own-hand';
import { PushHook, tippingSpin } from '../shared/push-hook';
import { surfaceOf } from '../shared/tabletop';
import { fateOf, tellOutcome } from '../shared/thing-fate';

type Topple = Extract<Action, { kind: 'topple' }>;

// How far past the least spin that tips the tower over as one rigid column (loose blocks lose some
// of it to each other: at 1.5 a tower of 6 rocked and stood), and when the push would come unseen.
const OVER_SHARE = 2;
const START_SEC = 0.5;
// The top block counts as come down once its centre is this far below where it stood (m).
const DOWN_M = 0.1;

// Stands the blocks in one column in the middle of the surface and writes the push.
export function castTowerByHand(scene: CastScene, blocks: Entity[]): Topple {
  const s = surfaceOf(scene);
  let y = s.topY;
  for (const b of blocks) {
    const hy = halfOf(b)[1];
    // A hair apart, so none starts inside the one below.
    b.position = v3(0, y + hy + 0.0005, 0);
    y += 2 * hy + 0.0005;
  }
  const halfAlongM = Math.min(...blocks.map((b) => halfOf(b)[0]));
  const spin = OVER_SHARE * Math.sqrt(scene.speed) * tippingSpin(halfAlongM, (y - s.topY) / 2, GRAVITY);
  const action: Topple = { kind: 'topple', objects: blocks.map((b) => b.id), startSec: round(scene.startAt(START_SEC)), spinRadPerSec: round(spin) };
  scene.actions.push(action);
  castPushByHand(scene, action);
  return action;
}

// Each block's share of the push: its mass times its speed in the turning column (spin times its
// height above the surface the column stands on).
function shoves(plan: ScenePlan, action: Topple, baseY: number): { block: Entity; impulseX: number }[] {
  return action.objects.flatMap((id) => {
    const block = byId(plan, id);
    return block ? [{ block, impulseX: block.mass * (action.spinRadPerSec ?? 0) * (block.position[1] - baseY) }] : [];
  });
}

export function scheduleTowerByHand(action: Topple, ctx: ScheduleContext): void {
  const blocks = action.objects.map((id) => byId(ctx.plan, id)).filter((b): b is Entity => b !== null && b !== undefined);
  const top = blocks[blocks.length - 1];
  const bottom = blocks[0];
  if (!top || !bottom) return;
  const baseY = bottom.position[1] - halfOf(bottom)[1];
  const pushed = shoves(ctx.plan, action, baseY);
  const topShove = pushed[pushed.length - 1]?.impulseX ?? 0;
  // The palm meets the top block moving at the top's speed; every block's shove comes then.
  const knock = scheduleKnock(top, [topShove, 0, 0], 0, top.mass, action.startSec, action.by, ctx);
  const step = stepAt(knock.touchSec, ctx.timing.dt);
  for (const { block, impulseX } of pushed) if (block !== top) ctx.hooks.push(new PushHook(block, [impulseX, 0, 0], 0, step));
  const who = doer(ctx.plan.entities, action.by);
  ctx.setOutcome(tellOutcome((run) => {
    const fate = fateOf(ctx.plan, run, top.id);
    if (!fate) return '';
    const spread = Math.max(...action.objects.map((id) => fateOf(ctx.plan, run, id)?.movedM ?? 0));
    return fate.droppedM > DOWN_M
      ? `${who} pushed the top of the tower of ${blocks.length} ${plural(top.label, blocks.length)}: it toppled, the ${plural(top.label, blocks.length)} landing up to ${Math.round(spread * 100)} cm from where it stood.`
      : `${who} pushed the top of the tower of ${blocks.length} ${plural(top.label, blocks.length)}: it rocked and stood.`;
  }));
}
