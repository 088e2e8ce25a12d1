// The shape of an action module. Each action (shoot, throw, kick...) is one folder exporting one of
// these, registered in actions/index.ts; the parser, caster, scheduler, simulator and poser ask that
// table and never switch on a kind.
import type { Action, CameraPlan, Entity, Material, ScenePlan, Setting } from '../../contract/scene-plan';
import type { ActorTrack } from '../../contract/world-trace-types';
import type { HoldKind } from '../body/hold';
import type { RigBuilder } from '../body/rig';
import type { Joint } from '../body/skeleton';
import type { CastScene } from '../cast/cast-scene';
import type { ActionKind, DraftContext } from '../cast/draft-context';
import type { ScheduleContext } from '../simulate/schedule-types';

export type { ActionKind };
export type ActionOf<K extends ActionKind> = Extract<Action, { kind: K }>;

export interface ActionWords {
  // Phrases that name the action ("shoots", "takes a shot"), as lower-case words.
  verbs: readonly string[];
  // Where the prompt names this action (word index, or -1), when more than the verbs count (a shot
  // is also named by its outcome: "swish", "misses").
  find?: (words: readonly string[]) => number;
  // The words that name this action where one of the world's elements has the same name ("a man
  // waves" is not the sea's waves): the element finder leaves them to the action.
  owns?: (words: readonly string[]) => number[];
  // Words about the action that the result shows when this action is cast ("off the backboard",
  // "from three", "stops", "footsteps").
  details?: readonly string[];
  // How the editor describes the action ("shoots at the hoop").
  describe: string;
  // The negated words this action reads itself, by word index ("does not go in": a missed shot).
  // Detail phrases that hold a negation ("but does not fall") count without it.
  negations?: (words: readonly string[]) => number[];
  // What is said of a thing it is done to ("being thrown", "spun" as "being spun", "falling"), for a
  // refusal that names a thing Kinora does not know ("a pinecone being kicked").
  done: string;
  // What the person the action is directed at (its `to`) is said to do ("catches" a throw to them).
  received?: string;
  // What the person whose hands do it is said to do, when describe's first word says what the
  // things do instead ("turns on the tap" where water "runs from the tap").
  performer?: string;
  // Why the action is shown once however many times the prompt asks for it ("twice", "again"),
  // when it can say more than that it is shown once ("a dropped ball bounces as often as physics has it").
  once?: string;
  // These verbs also say what physics does to anything set moving ("bounces", "rolls", "falls"),
  // so any scene where things move shows them.
  outcome?: boolean;
}

// What a cast decided beyond the entities and actions it wrote.
export interface CastResult {
  // The entity the action is about (the shot ball, the dropped ball), for the camera.
  focus: string | null;
  // Where such a scene usually is, when the prompt does not say.
  defaultSetting: Setting['kind'];
  // How wide the camera frames it by default, and from where when not 'side' (the prompt's words win).
  shot: CameraPlan['shot'];
  angle?: CameraPlan['angle'];
}

// A part of the body meeting the ground hard enough to be heard (a hand slapping down as someone
// falls): when, which joint, the share of the body's mass that lands with it and how fast.
export interface BodyImpact {
  t: number;
  joint: Joint;
  massShare: number;
  speed: number;
}

// The body keyframes of the action and how its hands hold a ball.
export interface PoseRig {
  // The track animations this rig plays (a walk and a run share one).
  animations: readonly ActorTrack['animation'][];
  rig: RigBuilder;
  hold: HoldKind;
  // When and with which foot the actor's feet meet the floor (footstep sounds).
  footsteps?: (track: ActorTrack, heightM: number) => { t: number; foot: 'footL' | 'footR' }[];
  // When other parts of the body hit the ground (a fall).
  impacts?: (track: ActorTrack, heightM: number) => BodyImpact[];
}

// Which of the action's touches are heard, as what material.
export interface SoundRules {
  // The material of the body part that touches the ball (a shoe, a hand).
  touchMaterial: Material;
}

// A word of the prompt the action reads but what it makes happen contradicts, and why ("an egg sinks
// in water" against "the egg floats").
export interface Contradiction {
  at: number;
  reason: string;
  // When a longer clip would show it (a stir after a pour, a lift after a walk): that length (s).
  needSec?: number;
}

export interface ActionModule<K extends ActionKind = ActionKind> {
  kind: K;
  words: ActionWords;
  // Whether this action is what the prompt asks for (the table is asked in order; the first wins).
  claims(ctx: DraftContext): boolean;
  // Whether this action also happens alongside whichever action was cast (lines spoken while
  // walking): its verbs are then shown too.
  alongside?(ctx: DraftContext): boolean;
  // Other actions this one, as cast, shows as part of it (a pick-up from the floor crouches): their
  // verbs are then shown too.
  alsoShows?(action: ActionOf<K>, ctx: DraftContext): readonly ActionKind[];
  // What the prompt must still say for this action to be shown, as a sentence, or null.
  needs?(ctx: DraftContext): string | null;
  // Adds the things the action needs that the prompt left out (a shot needs a shooter and a hoop).
  imply?(ctx: DraftContext): void;
  // Lays the scene out so the action works, and writes the action(s) into scene.actions.
  cast(scene: CastScene): CastResult;
  // Turns one planned action into animation tracks, held balls and physics hooks (strikes, pushes).
  schedule(action: ActionOf<K>, ctx: ScheduleContext): void;
  pose?: PoseRig;
  sounds?: SoundRules;
  // What the action shows of its person's legs, as the understanding says it ("walking"), when it
  // needs them (steps, kicks, jumps): a cameo filmed cut off at the bottom cannot play it.
  wholeBody?: string;
  // How the understanding says what was asked ("the woman says \"hello\" to the knight"), when more
  // than "the <who> <describe>"; `name` gives a plan entity (by id) as the sentence says it: "the
  // man", or a cameo's "@alex".
  // `plan`: the whole plan, for a sentence that depends on another action ("stirs the coffee and
  // milk" after a pour of milk into the coffee).
  sentence?(action: ActionOf<K>, name: (id: string | undefined) => string, plan: ScenePlan): string;
  // For an action that can be done again ("kicks the ball twice"): how many times the planned
  // action does it, and, when fewer than asked, why not more (the clip is too short for a third).
  times?(action: ActionOf<K>, scene: CastScene): { done: number; short?: string };
  // The prompt's words about this action that the simulation will not bear out (physics decides:
  // "the egg floats" where an egg sinks): the understanding marks them not shown, with why.
  contradicts?(action: ActionOf<K>, scene: CastScene): Contradiction[];
  // One sentence about what the action's people did, for the take's summary (when no ball tells it).
  recap?(track: ActorTrack, label: string, clipSec: number): string | null;
  // When what the action sets going has played out (seconds into the clip): a shot has hit the rim
  // or board and dropped, a walker has stopped. A line said after the action starts then.
  doneSec?(action: ActionOf<K>, entities: readonly Entity[]): number;
  // Whether a line the prompt puts in no order reacts to this action (a shot's "nice shot", said
  // once it lands) rather than being said at once.
  linesFollow?: boolean;
}
