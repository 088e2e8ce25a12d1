// One readable sentence about what the physics did, for the take's card in the library.
import type { ScenePlan } from '../../contract/scene-plan';
import type { Entity } from '../../contract/world-trace-types';
import type { Impact } from './contacts';
import { settingFacts } from '../settings/facts';
import { FLOOR_ID } from './fixtures';
import type { ShootAction } from './schedule-types';

type Intent = ShootAction['intent'];

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export interface ShotFacts {
  intent: Intent;
  via?: 'board';
  scored: boolean;
  rimContacts: number;
  boardContacts: number;
  attempts: number;
  intentMatched: boolean;
  reachedHoop: boolean;
  // The outcome is settled only after the last frame: the clip does not show it.
  afterClip: boolean;
}

export function shotSummary(f: ShotFacts): string {
  let sentence: string;
  if (f.scored) {
    if (f.rimContacts === 0 && f.boardContacts === 0) sentence = 'Swish! The shot went in without touching the rim.';
    else if (f.rimContacts === 0) sentence = 'The shot banked in off the backboard.';
    else if (f.boardContacts === 0) sentence = `The shot went in after hitting the rim ${times(f.rimContacts)}.`;
    else sentence = `The shot went in off the backboard after hitting the rim ${times(f.rimContacts)}.`;
  } else if (f.rimContacts > 0) {
    const board = f.boardContacts > 0 ? 'the backboard and ' : '';
    sentence = `The shot missed: the ball hit ${board}the rim ${times(f.rimContacts)} and bounced away.`;
  } else if (f.boardContacts > 0) {
    sentence = 'The shot missed: it hit the backboard and bounced away without touching the rim.';
  } else if (f.reachedHoop) {
    sentence = 'Airball: the shot missed everything.';
  } else {
    sentence = 'The shot fell short of the hoop.';
  }
  if (f.afterClip) sentence += ' That happens after the clip ends; a longer clip would show it.';
  if (!f.intentMatched) {
    const wanted = f.via === 'board' ? (f.intent === 'make' ? 'a bank shot' : f.intent === 'miss' ? 'a miss off the backboard' : 'a shot off the backboard') : f.intent === 'make' ? 'a made shot' : 'a miss off the rim';
    sentence += ` The prompt asked for ${wanted}, but none of the ${f.attempts} simulated attempts did that.`;
  }
  return sentence;
}

export interface SceneFacts {
  plan: ScenePlan;
  impacts: readonly Impact[];
  // Balls that physics set in motion.
  movingBalls: readonly Entity[];
  // Balls still moving noticeably at the end of the clip.
  stillMoving: ReadonlySet<string>;
  boxesKnocked: number;
}

function labelOf(plan: ScenePlan, id: string): string {
  if (id === FLOOR_ID) return settingFacts(plan.setting.kind).ground.name;
  return plan.entities.find((e) => e.id === id)?.label ?? id;
}

const plural = (label: string, n: number): string => (n === 1 ? label : /(s|x|ch|sh)$/.test(label) ? `${label}es` : `${label}s`);

// Summary for scenes without a shot: bounces, rolling, boxes knocked over.
export function sceneSummary(f: SceneFacts): string {
  const { plan } = f;
  const boxes = plan.entities.filter((e) => e.kind === 'box');
  const boxIds = new Set(boxes.map((b) => b.id));
  const boxLabel = boxes[0]?.label ?? 'box';
  const parts: string[] = [];
  if (f.movingBalls.length === 1) {
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
