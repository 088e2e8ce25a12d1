// ACTIONS: the only list of actions. The parser asks it which action a prompt describes (in this
// order; the first that claims the prompt wins), the scheduler and poser look modules up by kind.
// Action modules never import this file (it imports them).
import type { Action, Entity } from '../../contract/scene-plan';
import type { ActorTrack } from '../../contract/world-trace-types';
import type { ScheduleContext } from '../simulate/schedule-types';
import { dominoesAction } from './dominoes';
import { dribbleAction } from './dribble';
import { dropAction } from './drop';
import { fallAction } from './fall';
import { flipAction } from './flip';
import { immerseAction } from './immerse';
import { pourAction } from './pour';
import { kickAction } from './kick';
import { liftAction } from './lift';
import { placeAction } from './place';
import { rollAction } from './roll';
import { shootAction } from './shoot';
import { slideAction } from './slide';
import { speakAction } from './speak';
import { spinAction } from './spin';
import { stackAction } from './stack';
import { stirAction } from './stir';
import { tapAction } from './tap';
import { throwAction } from './throw';
import { tipAction } from './tip';
import { tripAction } from './trip';
import { toppleAction } from './topple';
import { walkAction } from './walk';
import { waveAction } from './wave';
import { jumpAction } from './jump';
import { crouchAction } from './crouch';
import type { ActionKind, ActionModule, PoseRig } from './types';

// Any one module, with its own kind (a plain ActionModule<ActionKind> would mix up their actions).
export type AnyActionModule = { [K in ActionKind]: ActionModule<K> }[ActionKind];

// A tap's water runs, not a person ("water runs from the tap"): the tap comes before the walk.
// The liquid actions come before the falls: "an apple falls into a bowl of water" is about the water.
// A coin flip before a throw: "a coin is tossed" is flipped off a thumb, not thrown.
// A pour before a stir: "pours coffee into his mug, then stirs it" pours, then stirs (stir/after-pour.ts).
// Dominoes come before falls and tips ("the dominoes fall"); a tip before a fall ("a bottle tips over"
// stays on the table; "tips off the table" is not a tip); a slide after the fall ("slides off the
// table" falls). A hand's actions (stack, place, lift) come before the falls and slides: "she
// places the cup on the plate" is not a fall onto it. A wave comes before speak: in "says hello
// then waves" the wave is cast and the lines are said alongside it.
export const ACTIONS: readonly AnyActionModule[] = [
  shootAction, dribbleAction, kickAction, flipAction, throwAction, tripAction, tapAction, walkAction, rollAction, pourAction, stirAction, immerseAction,
  stackAction, placeAction, liftAction, dominoesAction, spinAction, tipAction, fallAction, dropAction, toppleAction, slideAction, waveAction, jumpAction, crouchAction, speakAction,
];

const BY_KIND = new Map<ActionKind, AnyActionModule>(ACTIONS.map((m) => [m.kind, m]));

export function actionModule<K extends ActionKind>(kind: K): ActionModule<K> {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`No action module for "${kind}".`);
  return found as unknown as ActionModule<K>;
}

// Turns one planned action into tracks, held balls and hooks, through its own module.
export function scheduleAction(action: Action, ctx: ScheduleContext): void {
  const module = actionModule(action.kind) as ActionModule<typeof action.kind>;
  (module.schedule as (a: Action, c: ScheduleContext) => void)(action, ctx);
}

// When what an action sets going has played out, if its module says (a shot: once it lands), and
// whether a line in no order reacts to it.
export function actionDone(action: Action, entities: readonly Entity[]): { doneSec: number | null; linesFollow: boolean } {
  const module = actionModule(action.kind) as ActionModule<typeof action.kind>;
  const done = module.doneSec as ((a: Action, e: readonly Entity[]) => number) | undefined;
  return { doneSec: done ? done(action, entities) : null, linesFollow: module.linesFollow === true };
}

// The pose rig that animates a track (null for a person standing idle).
export function poseRigFor(animation: ActorTrack['animation']): PoseRig | null {
  if (animation === 'idle') return null;
  const found = ACTIONS.find((m) => m.pose?.animations.includes(animation))?.pose;
  if (!found) throw new Error(`No pose for the "${animation}" animation.`);
  return found;
}
