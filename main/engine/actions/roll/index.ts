// Roll: balls set rolling down a ramp, into boxes, off a table or along the floor; rolling
// resistance and the surface decide how far they go.
import type { DraftContext } from '../../cast/draft-context';
import { phraseIndices } from '../../prompt/text';
import { handTurnsOf, schedulePushes } from '../shared/push-along';
import { isClaimed, scheduleLooseBall } from '../shared/loose-ball';
import { HandHook } from '../../hands/hand-hook';
import { letGoPlan, withNextId } from '../shared/hand-moves';
import { cameoCannotReach, heldStill, ownArm } from '../shared/own-hand';
import { byId } from '../shared/motion';
import type { ActionModule } from '../types';
import { scheduleRollFromHand } from './by-person';
import { castRoll } from './cast';
import { COLLIDE } from './collide';
import { rolledOutcome, rollingThingNamed, rollsOnItsSide } from './things';

const ROLL = ['roll', 'rolls', 'rolled', 'rolling', 'nudges', 'nudged', 'rolls down', 'slides down', 'careens', 'knocks over', 'knock over', 'knocks down the', 'crashes into', 'smashes into', 'plows into', 'ploughs into', 'strikes', ...COLLIDE];

// "a ball is knocked off the table", "he knocks the ball off the table": a knock or a push with
// "off" a few words after it sets the ball rolling off.
const KNOCKS = new Set(['knocks', 'knock', 'knocked', 'knocking', 'pushes', 'push', 'pushed', 'pushing', 'bumps', 'bumped', 'nudges', 'nudged']);
// What a rolled ball does to a thing in its way (cast.ts puts what it is said to hit there).
const KNOCK_DETAILS = [...KNOCKS, 'is knocked', 'was knocked', 'gets knocked', 'got knocked', 'is pushed', 'gets pushed', 'hits', 'hit', 'each other', 'one another'];

// A rolled thing (a can, an apple) is pushed up to speed over this much of the way (m): a short push,
// for a thing a few centimetres across.
const THING_STROKE_M = 0.06;

// "a boy bowls a ball at the pins": bowling is rolling a ball from the hand along the floor. The
// word is a verb only with what is bowled after it ("two bowls of soup" are dishes).
const BOWLS = new Set(['bowls', 'bowled', 'bowling']);
const BOWLED = new Set(['a', 'the', 'his', 'her', 'their', 'it']);
const bowlAt = (words: readonly string[]): number => words.findIndex((w, i) => BOWLS.has(w) && i > 0 && BOWLED.has(words[i + 1] ?? ''));

function findRoll(words: readonly string[]): number {
  const said = [phraseIndices(words, ROLL)[0] ?? -1, bowlAt(words)].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  const knock = words.findIndex((w, i) => KNOCKS.has(w) && words.slice(i + 1, i + 5).includes('off'));
  return [said, knock].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
}

function claimsRoll(ctx: DraftContext): boolean {
  // A knock ("knocks the can off") rolls only a ball; anything else is pushed (slide) or falls.
  if (ctx.said('roll') && (phraseIndices(ctx.words, ROLL).length > 0 || bowlAt(ctx.words) >= 0)) return ctx.has('ball') || ctx.has('ramp') || rollingThingNamed(ctx);
  if (ctx.has('ramp') && (ctx.has('ball') || ctx.has('box'))) return true;
  if (!ctx.has('ball')) return false;
  // "a ball falls off the table", "a ball into the boxes": the ball rolls there.
  return (ctx.has('table') && ctx.related(['off'], 'table')) || (ctx.has('box') && ctx.related(['into', 'at', 'toward', 'towards'], 'box'));
}

export const rollAction: ActionModule<'roll'> = {
  kind: 'roll',
  words: { verbs: [...ROLL, ...BOWLS], find: findRoll, details: KNOCK_DETAILS, describe: 'rolls', done: 'being rolled', performer: 'pushes', outcome: true },
  sentence: (action, name) => {
    if (!action.byHand) return `${name(action.object)} rolls`;
    if (action.fromHand) return `${name(action.by)} crouches and rolls ${name(action.object)} along the floor`;
    return `${action.by ? name(action.by) : 'a hand'} ${heldStill(action) ? 'lets go of' : 'pushes'} ${name(action.object)} and it rolls`;
  },
  claims: claimsRoll,
  cast: castRoll,
  contradicts: cameoCannotReach,
  schedule: (action, ctx) => {
    const ball = byId(ctx.plan, action.object);
    const rolls = ball && (ball.kind === 'ball' || rollsOnItsSide(ball));
    // By hand, the hand's stroke brings it up to speed and lets it roll off; alone it starts at that speed.
    // Held at a ramp's top: the hand holds it still and lets go.
    if (ball && action.fromHand) scheduleRollFromHand(action, ball, ctx);
    else if (ball && heldStill(action)) {
      scheduleLooseBall(ball, action.velocity, action.startSec, ctx, true);
      ctx.hooks.push(new HandHook(withNextId(letGoPlan(ball, action.startSec, ownArm(ctx, action.by, ball.position)), ctx.hooks), ctx.plan.entities));
    }
    // One hand pushes each in turn (the first's schedule makes it).
    else if (ball && action.byHand) {
      schedulePushes(handTurnsOf(action, ctx), action.by, ctx, ball.kind === 'object' ? THING_STROKE_M : undefined);
      // Set going without a hold: told as a ball set in motion.
      ctx.struck.push(ball);
    }
    else if (ball && rolls && !isClaimed(ball, ctx)) scheduleLooseBall(ball, action.velocity, action.startSec, ctx, true);
    // A ball's roll is told by the ball summary; a rolled can or tyre tells its own.
    if (ball?.kind === 'object') ctx.setOutcome(rolledOutcome(ctx.plan));
  },
};
