// One readable sentence about what the physics did to the balls and boxes, for the take's card in
// the library (an action with its own account, like a shot, writes its own: actions/<kind>/).
import type { ScenePlan } from '../../contract/scene-plan';
import type { Entity } from '../../contract/world-trace-types';
import type { Impact } from './contacts';
import { settingFacts } from '../settings/facts';
import { FLOOR_ID } from './fixtures';

export const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export interface SceneFacts {
  plan: ScenePlan;
  impacts: readonly Impact[];
  // Balls that physics set in motion.
  movingBalls: readonly Entity[];
  // Balls still moving noticeably at the end of the clip.
  stillMoving: ReadonlySet<string>;
  boxesKnocked: number;
  // Things that went into the sea (the surf's splashes): told as that, not as touching the sea floor.
  splashed?: ReadonlySet<string>;
}

function labelOf(plan: ScenePlan, id: string): string {
  if (id === FLOOR_ID) return settingFacts(plan.setting.kind).ground.name;
  return plan.entities.find((e) => e.id === id)?.label ?? id;
}

// "3 boxes", "2 balls": a label for n of them.
export const plural = (label: string, n: number): string => (n === 1 ? label : /(s|x|ch|sh)$/.test(label) ? `${label}es` : `${label}s`);

// Summary for scenes without a shot: bounces, rolling, boxes knocked over.
export function sceneSummary(f: SceneFacts): string {
  const { plan } = f;
  const boxes = plan.entities.filter((e) => e.kind === 'box');
  const boxIds = new Set(boxes.map((b) => b.id));
  const boxLabel = boxes[0]?.label ?? 'box';
  const parts: string[] = [];
  const single = f.movingBalls.length === 1 ? (f.movingBalls[0] as Entity) : null;
  if (single && f.splashed?.has(single.id)) {
    parts.push(`The ${single.label} came down in the sea with a splash.`);
  } else if (f.movingBalls.length === 1) {
    const ball = f.movingBalls[0] as Entity;
    const hits = f.impacts.filter((i) => i.event.a === ball.id || i.event.b === ball.id);
    const surfaces = new Map<string, number>();
    for (const h of hits) {
      const other = h.event.a === ball.id ? h.event.b : h.event.a;
      if (!boxIds.has(other)) surfaces.set(other, (surfaces.get(other) ?? 0) + 1);
    }
    const hitBoxes = hits.some((h) => boxIds.has(h.event.a) || boxIds.has(h.event.b));
    const top = [...surfaces.entries()].sort((a, b) => b[1] - a[1])[0];
    // Rolling down a ramp is one long contact, not an impact, so it is read from the plan.
    const rolledRamp = plan.entities.some((e) => e.kind === 'ramp') && plan.actions.some((a) => a.kind === 'roll' && a.object === ball.id);
    // Bouncing down stairs: how many of its steps the ball landed on, by the heights it struck.
    const stairs = plan.entities.find((e) => e.kind === 'stairs');
    const stepHits = stairs ? new Set(hits.filter((h) => h.event.a === stairs.id || h.event.b === stairs.id).map((h) => Math.round(h.event.position[1] * 20))).size : 0;
    let sentence = `The ${ball.label}`;
    if (rolledRamp) sentence += ' rolled down the ramp';
    else if (stepHits > 0) sentence += ` bounced down the stairs, landing on ${stepHits} ${stepHits === 1 ? 'step' : 'steps'}${(surfaces.get(FLOOR_ID) ?? 0) > 0 ? ` before reaching the ${labelOf(plan, FLOOR_ID)}` : ''}`;
    else if (top) sentence += ` hit the ${labelOf(plan, top[0])} ${times(top[1])}`;
    else if (!hitBoxes) sentence += ' never touched anything';
    const hitSomething = rolledRamp || top !== undefined;
    if (hitBoxes) sentence += `${hitSomething ? ',' : ''} struck the ${plural(boxLabel, boxes.length)}`;
    sentence += f.stillMoving.has(ball.id) ? ' and was still moving when the clip ended' : ' and came to rest';
    parts.push(`${sentence}.`);
  } else if (f.movingBalls.length > 1) {
    const ids = new Set(f.movingBalls.map((b) => b.id));
    const bounces = f.impacts.filter((i) => ids.has(i.event.a) || ids.has(i.event.b)).length;
    const first = f.movingBalls[0] as Entity;
    const same = f.movingBalls.every((b) => b.label === first.label);
    const name = same ? `${f.movingBalls.length} ${plural(first.label, f.movingBalls.length)}` : `${f.movingBalls.length} balls`;
    parts.push(`The ${name} made ${bounces} impacts in all.`);
  }
  if (boxes.length > 0) {
    const name = plural(boxLabel, boxes.length);
    if (f.movingBalls.length > 0) {
      parts.push(f.boxesKnocked === 0 ? `The ${name} stayed put.` : `It knocked over ${f.boxesKnocked} of the ${boxes.length} ${name}.`);
    } else if (f.boxesKnocked > 0) {
      parts.push(boxes.length === 1 ? `The ${boxLabel} fell.` : `The ${name} came down: ${f.boxesKnocked} of ${boxes.length} ended up out of place.`);
    }
  }
  if (parts.length === 0) {
    const people = plan.entities.filter((e) => e.kind === 'person').length;
    return people > 0 ? 'A calm scene: nothing was set in motion.' : 'A still scene: nothing moved.';
  }
  return parts.join(' ');
}
