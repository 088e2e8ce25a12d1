// A tower toppled by hand ("a boy topples the tower of blocks"): the blocks stand in one column on
// the table, and whoever topples it pushes its top. The push is the one that turns the tower about
// its bottom edge as a rigid column past its balance point (each block given its mass times its
// height times that spin, as a knocked-over stack of books is: tip/stack.ts), landing as the palm
// touches the top block, where it touches it; from then on the blocks are loose and physics decides
// how the tower breaks up as it falls.
import type { Action, Entity, ScenePlan } from '../../../contract/scene-plan';
import { round, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import { standingReachM } from '../../body/body-kinds';
import { heightOf } from '../../body/skeleton';
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
// Blocks start a hair apart, so none starts inside the one below (m).
const GAP_M = 0.0005;
// A block is made no smaller than this to fit under a child's shoulder (half size, m: a toy block).
const MIN_HALF_M = 0.015;
// Words that let a tower rise above the shoulder, up to the top of the head.
const TALL = ['tall', 'high', 'towering'];

// Stands the blocks in one column where they are on the surface, GAP_M apart; returns the tower's
// height (m).
function standTower(blocks: readonly Entity[], topY: number): number {
  let y = topY;
  for (const b of blocks) {
    const hy = halfOf(b)[1];
    b.position = v3(b.position[0], y + hy + GAP_M, b.position[2]);
    y += 2 * hy + GAP_M;
  }
  return y - topY;
}

// A tower a person stands at the table and pushes over is one they could have built: its top below
// their shoulder ("a tall tower": below the crown of their head). The blocks are made smaller
// (toy blocks, down to MIN_HALF_M) and, if that is not enough, the top ones are left out.
function fitTo(scene: CastScene, blocks: Entity[], person: Entity, topY: number): Entity[] {
  const reach = standingReachM(heightOf(person));
  const limitM = (TALL.some((w) => scene.words.text.includes(` ${w} `)) ? reach.crownM : reach.shoulderM) - topY;
  const blocksM = blocks.reduce((h, b) => h + 2 * halfOf(b)[1], 0);
  const k = Math.max(Math.min(1, (limitM - blocks.length * GAP_M) / blocksM), Math.min(1, MIN_HALF_M / Math.max(...blocks.map((b) => halfOf(b)[1]))));
  // (Rounded down as the plan's numbers are rounded, so rounding never lifts the top over the limit.)
  for (const b of blocks) {
    b.size = b.size.map((x) => Math.floor(x * k * 1e4) / 1e4);
    b.mass = round(b.mass * k ** 3);
  }
  // Two blocks at least, still a tower, for one whose shoulder is at the table's top (a tiny child).
  const fits = blocks.filter((_, i) => blocks.slice(0, i + 1).reduce((h, b) => h + 2 * halfOf(b)[1] + GAP_M, 0) <= limitM);
  const kept = fits.length >= 2 ? fits : blocks.slice(0, 2);
  const left = blocks.filter((b) => !kept.includes(b));
  scene.entities.splice(0, scene.entities.length, ...scene.entities.filter((e) => !left.includes(e)));
  for (const [draft, ids] of scene.idsByDraft) scene.idsByDraft.set(draft, ids.filter((id) => !left.some((b) => b.id === id)));
  return kept;
}

// Stands the tower, decides whose hand pushes it (fitting it to them), and writes the push.
export function castTowerByHand(scene: CastScene, blocks: Entity[]): Topple {
  const s = surfaceOf(scene);
  standTower(blocks, s.topY);
  const action: Topple = { kind: 'topple', objects: blocks.map((b) => b.id), startSec: round(scene.startAt(START_SEC)) };
  scene.actions.push(action);
  const owner = castPushByHand(scene, action);
  const tower = owner ? fitTo(scene, blocks, owner, s.topY) : blocks;
  action.objects = tower.map((b) => b.id);
  const heightM = standTower(tower, s.topY);
  const halfAlongM = Math.min(...tower.map((b) => halfOf(b)[0]));
  action.spinRadPerSec = round(OVER_SHARE * Math.sqrt(scene.speed) * tippingSpin(halfAlongM, heightM / 2, GRAVITY));
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
