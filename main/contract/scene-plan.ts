// The ScenePlan: what a prompt means, as data. It is stored with every take and is the only input
// (besides the seed) that the simulator, renderer and audio synthesizer need, so a take can always be
// reproduced or remixed from its row.
import { z } from 'zod';
import {
  DEFAULT_DURATION_SEC,
  DEFAULT_FPS,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MAX_DURATION_SEC,
  MAX_FPS,
  MAX_HEIGHT,
  MAX_WIDTH,
  MIN_DURATION_SEC,
  MIN_FPS,
} from './format';
import { cameoUseSchema, MAX_CAMEOS_PER_SCENE } from './cameo-use';
import { understandingSchema } from './understanding';

export const MATERIALS = ['rubber', 'leather', 'metal', 'wood', 'glass', 'plastic', 'concrete', 'cloth', 'flesh', 'ceramic'] as const;
export const materialSchema = z.enum(MATERIALS);
export type Material = z.infer<typeof materialSchema>;

export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
export type Vec3 = z.infer<typeof vec3Schema>;

export const SETTINGS = ['gym', 'street', 'park', 'beach', 'room', 'forest', 'kitchen'] as const;
// The world's elements the place has, each an element module (engine/elements/<kind>/): rain
// falling on it, the surf of a beach's sea.
export const ELEMENTS = ['rain', 'surf'] as const;
export const elementKindSchema = z.enum(ELEMENTS);
export type ElementKind = z.infer<typeof elementKindSchema>;
export const settingSchema = z.object({
  kind: z.enum(SETTINGS),
  indoor: z.boolean(),
  timeOfDay: z.enum(['day', 'sunset', 'night']),
  elements: z.array(elementKindSchema).max(ELEMENTS.length).optional(),
});
export type Setting = z.infer<typeof settingSchema>;

// Entities the v1 world knows how to simulate and draw. Sizes are in metres, SI everywhere.
export const ENTITY_KINDS = ['ball', 'hoop', 'person', 'box', 'ramp', 'table', 'stairs', 'object'] as const;

// Everyday things (kind 'object'), each with a form from the object catalog (engine/objects/): its
// shape, mass, material and whether and how it breaks.
export const OBJECT_FORMS = [
  'glass', 'plate', 'vase', 'bottle', 'bowl', 'mug', 'jug', 'apple', 'stone',
  'cup', 'coin', 'egg', 'orange', 'can', 'pencil', 'wheel', 'book', 'phone', 'domino', 'remote', 'board', 'chair', 'shelf', 'brick', 'spoon', 'tap', 'sink',
  'mixing-bowl',
] as const;
export const objectFormSchema = z.enum(OBJECT_FORMS);
export type ObjectForm = z.infer<typeof objectFormSchema>;
// Liquids, each a kind from the liquid catalog (engine/liquids/): its density, viscosity and colour.
export const LIQUIDS = ['water', 'milk', 'juice', 'coffee', 'tea', 'oil', 'honey'] as const;
export const liquidKindSchema = z.enum(LIQUIDS);
export type LiquidKind = z.infer<typeof liquidKindSchema>;
// A liquid's pressure solve: position-based fluids or divergence-free SPH (engine/liquids/method.ts).
export const LIQUID_METHODS = ['pbf', 'dfsph'] as const;
export type LiquidMethod = (typeof LIQUID_METHODS)[number];
// A liquid in a container at the start (the share of the container's height it fills), and how
// many particles it is simulated with (its resolution; the engine's default when absent).
export const liquidFillSchema = z.object({ liquid: liquidKindSchema, in: z.string(), fill: z.number().min(0.05).max(0.95), particles: z.number().int().min(100).max(50000).optional() });
export type LiquidFill = z.infer<typeof liquidFillSchema>;

// How the prompt described a person ("a bald man with a beard", "a woman with long blonde hair", "a girl
// in a red dress"): what it says wins over the role's usual looks (engine/frames/people/); the rest
// still varies by seed. A dress is a skirt in the top's colour.
export const HAIR_STYLES = ['short', 'long', 'bun', 'ponytail', 'bald', 'receding', 'curly', 'buzz'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];
export const HAIR_SHADES = ['black', 'brown', 'chestnut', 'blonde', 'red', 'grey', 'white'] as const;
export type HairShade = (typeof HAIR_SHADES)[number];
export const personLookSchema = z
  .object({
    hair: z.enum(HAIR_STYLES).optional(),
    hairShade: z.enum(HAIR_SHADES).optional(),
    beard: z.boolean().optional(),
    // Hair cut across the forehead ("with bangs", "with a fringe").
    fringe: z.boolean().optional(),
    bottom: z.enum(['shorts', 'trousers', 'skirt', 'dress']).optional(),
    // The colour the prompt gave what they wear below (0xRRGGBB): "in a blue skirt".
    bottomColor: z.number().int().min(0).max(0xffffff).optional(),
    // The number on their shirt ("in a red jersey number 23", "wearing #10"), printed front and back.
    number: z.number().int().min(0).max(99).optional(),
  })
  .strict();
export type PersonLookWords = z.infer<typeof personLookSchema>;

export const entitySchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(ENTITY_KINDS),
  // Free-text label the prompt used ("basketball", "tennis ball", "crate"), kept for display.
  label: z.string().max(64),
  material: materialSchema,
  // Base colour as 0xRRGGBB.
  color: z.number().int().min(0).max(0xffffff),
  // Characteristic size: radius for balls, half-extents for boxes/ramps/tables/stairs, height for a person
  // (and, for a person played by a cameo, the body's half-width measured from their footage),
  // [widest radius, half height] for an object.
  size: z.array(z.number().positive()).min(1).max(3),
  // Objects: which form from the catalog.
  form: objectFormSchema.optional(),
  position: vec3Schema,
  // How it starts turned (a unit quaternion x, y, z, w), when not upright: a can laid on its side
  // to roll, a book stood on its end.
  rotation: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  // Bounciness (0..1) and friction used by the simulation.
  restitution: z.number().min(0).max(1),
  friction: z.number().min(0).max(2),
  mass: z.number().positive(),
  // People: what the prompt said they look like.
  look: personLookSchema.optional(),
});
export type Entity = z.infer<typeof entitySchema>;

// The person whose own hand does a hand's action (a person entity's id): they stand at it and their
// arm reaches it. Absent: a hand from outside the frame.
const handOwnerSchema = z.string().max(64).optional();

export const actionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shoot'),
    actor: z.string(),
    object: z.string(),
    target: z.string(),
    // What the prompt asked for; the simulation decides what really happens.
    intent: z.enum(['make', 'miss', 'any']),
    // The prompt asked for the ball to come off the backboard (a bank shot, or a miss off the glass).
    via: z.literal('board').optional(),
    startSec: z.number().min(0),
  }),
  // Let go from where the ball is, with an optional small push from the hand (a ball tossed onto the
  // top step to bounce down a flight of stairs).
  z.object({ kind: z.literal('drop'), object: z.string(), velocity: vec3Schema.optional(), startSec: z.number().min(0) }),
  z.object({
    kind: z.literal('throw'),
    object: z.string(),
    actor: z.string().optional(),
    velocity: vec3Schema,
    startSec: z.number().min(0),
  }),
  // byHand: a hand pushes it off to `velocity` (the prompt says who knocks it: `by`).
  z.object({ kind: z.literal('roll'), object: z.string(), velocity: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A person runs up to a ball resting on the ground and kicks it: the run-up starts at startSec, the
  // foot meets the ball a fixed time later (see person-pose.ts) and gives it `velocity`.
  z.object({
    kind: z.literal('kick'),
    actor: z.string(),
    object: z.string(),
    velocity: vec3Schema,
    startSec: z.number().min(0),
  }),
  // A person bounces a ball with one hand until the clip ends; the gather starts at startSec and the
  // beat follows from how the ball bounces on this floor (the simulation works it out).
  z.object({ kind: z.literal('dribble'), actor: z.string(), object: z.string(), startSec: z.number().min(0) }),
  // A person walks or runs in a straight line to `to` and stops there (when that is inside the clip).
  z.object({
    kind: z.literal('walk'),
    actor: z.string(),
    gait: z.enum(['walk', 'run']),
    to: vec3Schema,
    // At `to`, turn round and come back the same way.
    turnAround: z.boolean().optional(),
    startSec: z.number().min(0),
  }),
  // A person walks a few steps (or stands), trips and falls flat, and gets back up unless told to
  // stay down.
  z.object({ kind: z.literal('trip'), actor: z.string(), steps: z.number().int().min(0).max(20), getsUp: z.boolean(), startSec: z.number().min(0) }),
  // People talk: the speaker faces who they talk to and says their lines (plan.dialogue) in turn.
  z.object({ kind: z.literal('speak'), actor: z.string(), to: z.string().optional(), startSec: z.number().min(0) }),
  // A person raises a hand and waves it side to side at `to` (a person), or at the camera when absent.
  z.object({ kind: z.literal('wave'), actor: z.string(), to: z.string().optional(), startSec: z.number().min(0) }),
  // An everyday object falls: nudged off what it stands on (a table), or let go where it is, with an
  // optional push; whether it breaks is up to the impact.
  z.object({ kind: z.literal('fall'), object: z.string(), velocity: vec3Schema.optional(), startSec: z.number().min(0) }),
  // A stack of boxes comes down on its own: the boxes start lifted and off balance, gravity does the rest.
  // byHand: the boxes stand as a tower and a hand pushes its top at startSec, the tower turning
  // about its bottom edge at `spinRadPerSec` (the prompt says who topples it: `by`).
  z.object({ kind: z.literal('topple'), objects: z.array(z.string()).min(1).max(64), startSec: z.number().min(0), byHand: z.boolean().optional(), spinRadPerSec: z.number().positive().max(50).optional(), by: handOwnerSchema }),
  // A liquid is poured from one container (a jug, a bottle) into another (a glass): the first tips
  // over the second from startSec and the liquid runs out of it as a particle liquid.
  // byHand: a hand holds the jug and tips it (the prompt names a hand, or who pours).
  z.object({ kind: z.literal('pour'), from: liquidFillSchema, into: z.string(), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // Things are let go above a container of liquid (from `dropM` above its surface): they splash,
  // float or sink by their density.
  // An everyday thing pushed along a surface and let go at `velocity`: friction decides where it stops.
  // byHand: a hand pushes it up to `velocity` and lets go (instead of it starting at that speed).
  z.object({ kind: z.literal('slide'), object: z.string(), velocity: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A hand grasps a thing and lifts it `heightM` off what it stands on, and holds it there.
  z.object({ kind: z.literal('lift'), object: z.string(), heightM: z.number().positive().max(1), startSec: z.number().min(0), by: handOwnerSchema }),
  // A hand picks a thing up, carries it over `onto` (a plate, a shelf) and lets go just above it.
  z.object({ kind: z.literal('place'), object: z.string(), onto: z.string(), startSec: z.number().min(0), by: handOwnerSchema }),
  // A hand stacks things one on another, in order: the first stays where it is, each next one is put
  // on the one before.
  z.object({ kind: z.literal('stack'), objects: z.array(z.string()).min(2).max(6), startSec: z.number().min(0), by: handOwnerSchema }),
  // A standing thing given a push at its top (`impulse`, N s): past its tipping angle it falls over,
  // short of it it rocks back.
  // `holds`: the liquid the tipped container holds (its `in` is `object`), which spills as it goes over.
  // byHand: a hand reaches it and the push comes at the palm's touch (the prompt names a hand, or who
  // knocks it over: `by`).
  // `shelf`: the shelf (an entity id) whose board it stands on: with the board above it, a hand
  // reaches it level from the open front.
  z.object({ kind: z.literal('tip'), object: z.string(), impulse: vec3Schema, startSec: z.number().min(0), holds: liquidFillSchema.optional(), byHand: z.boolean().optional(), by: handOwnerSchema, shelf: z.string().max(64).optional() }),
  // A coin stood on its edge and set spinning (rad/s about the vertical): it spins down, wobbling
  // faster and faster as it settles.
  // byHand: a hand's fingers flick its rim as the spin starts (the prompt says who spins it: `by`).
  z.object({ kind: z.literal('spin'), object: z.string(), spinRadPerSec: z.number().positive().max(400), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A row of standing dominoes, the first pushed at its top: each knocks the next one over.
  // byHand: a hand pushes the first (the prompt names a hand, or who knocks them over: `by`).
  z.object({ kind: z.literal('dominoes'), objects: z.array(z.string()).min(2).max(64), impulse: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A spoon (`tool`) held by a hand is dipped into a container's liquid and moved round in it for
  // `stirSec` from startSec, then lifted out: the liquid turns because the spoon pushes it.
  z.object({ kind: z.literal('stir'), tool: z.string(), in: liquidFillSchema, startSec: z.number().min(0), stirSec: z.number().positive().max(20), by: handOwnerSchema }),
  // A tap (`object`) lets a liquid run from its outlet into a container below it (`flowLps` litres
  // a second) from startSec to stopSec, or drip (one drop every `dripSec`), as particles the liquid
  // releases. The camera watches the tap, its stream and what it fills below it.
  z.object({ kind: z.literal('tap'), object: z.string(), into: z.string(), liquid: liquidKindSchema, flowLps: z.number().positive().max(1), startSec: z.number().min(0), stopSec: z.number().min(0), dripSec: z.number().min(0.1).max(5).optional(), by: handOwnerSchema }),
  // Things let go `dropM` above a liquid's surface at startSec: they float or sink by their density.
  // byHand: a hand holds the (one) thing there from the start and opens at startSec.
  z.object({ kind: z.literal('immerse'), objects: z.array(z.string()).min(1).max(4), into: liquidFillSchema, dropM: z.number().min(0).max(2), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
]);
export type Action = z.infer<typeof actionSchema>;

export const cameraSchema = z.object({
  shot: z.enum(['wide', 'medium', 'close']),
  angle: z.enum(['side', 'front', 'three-quarter', 'behind', 'high', 'low', 'overhead']),
  // follow: the default, a tripod that pans and moves along once the action leaves the frame;
  // static: the prompt asked for a still camera (static, tripod, locked off), which stays where it
  // stands however far the action goes; push: dolly in; pull: dolly out; handheld: follows like an
  // operator on foot, with a gentle sway.
  motion: z.enum(['follow', 'static', 'track', 'orbit', 'push', 'pull', 'handheld']),
  // What the camera looks at (entity id); null means the centre of the action.
  subject: z.string().nullable(),
});
export type CameraPlan = z.infer<typeof cameraSchema>;

export const lightingSchema = z.object({
  mood: z.enum(['warm', 'neutral', 'cool']),
  // 0..2, 1 is normal exposure.
  intensity: z.number().min(0).max(2),
});
export type LightingPlan = z.infer<typeof lightingSchema>;

// The voices Kinora speaks lines with (speech/voices.ts says how each is made with the local
// synthesizer): one per kind of character, and spares so two characters never share one.
export const SPEECH_VOICES = ['woman', 'woman-2', 'man', 'man-2', 'man-3', 'child', 'child-2', 'knight', 'elder-man', 'elder-woman', 'narrator'] as const;
export const speechVoiceSchema = z.enum(SPEECH_VOICES);
export type SpeechVoice = z.infer<typeof speechVoiceSchema>;

export const dialogueLineSchema = z.object({
  // Who says it, as the prompt named them ("woman", "Maya").
  speaker: z.string().max(64),
  text: z.string().max(500),
  // When the line is meant to start; the spoken lines are then placed so speakers take turns.
  atSec: z.number().min(0),
  // The line is said before the action and must have ended by then (the action starts a breath
  // later): it is placed to end there, however long it turns out to be. Absent in older plans and
  // for lines with no such deadline.
  endBySec: z.number().min(0).optional(),
  // The person in the scene who says it (entity id), absent for a voice off-screen, and who they say
  // it to (absent in older plans).
  actor: z.string().max(64).optional(),
  to: z.string().max(64).optional(),
  voice: speechVoiceSchema.optional(),
});
export type DialogueLine = z.infer<typeof dialogueLineSchema>;

// How the take sounds: the level of everything it makes (1 = as synthesized) and whether the
// setting's ambience bed plays. Absent in plans made before the Remix panel could change them.
export const soundPlanSchema = z.object({
  level: z.number().min(0).max(2),
  ambience: z.boolean(),
});
export type SoundPlan = z.infer<typeof soundPlanSchema>;
export const DEFAULT_SOUND: SoundPlan = { level: 1, ambience: true };

export const videoFormatSchema = z.object({
  durationSec: z.number().min(MIN_DURATION_SEC).max(MAX_DURATION_SEC),
  fps: z.number().int().min(MIN_FPS).max(MAX_FPS),
  width: z.number().int().min(64).max(MAX_WIDTH),
  height: z.number().int().min(64).max(MAX_HEIGHT),
});
export type VideoFormat = z.infer<typeof videoFormatSchema>;

export const scenePlanSchema = z.object({
  version: z.literal(1),
  prompt: z.string(),
  setting: settingSchema,
  // Empty only when the scene is its place's elements ("rain falls on a quiet street").
  entities: z.array(entitySchema).max(64),
  actions: z.array(actionSchema).max(32),
  camera: cameraSchema,
  lighting: lightingSchema,
  dialogue: z.array(dialogueLineSchema).max(32),
  format: videoFormatSchema,
  sound: soundPlanSchema.optional(),
  // What the parser understood, including the words it could not depict (absent in older plans).
  understanding: understandingSchema.optional(),
  // The cameos (people cut out of their own footage) who play people in the scene; absent when none.
  cameos: z.array(cameoUseSchema).max(MAX_CAMEOS_PER_SCENE).optional(),
  // The pressure solve the scene's liquid steps with (engine/liquids/method.ts); absent: the default.
  liquidMethod: z.enum(LIQUID_METHODS).optional(),
}).refine((p) => p.entities.length > 0 || (p.setting.elements?.length ?? 0) > 0, { message: 'A scene needs something in it: a thing, a person, rain or the sea.', path: ['entities'] });
export type ScenePlan = z.infer<typeof scenePlanSchema>;

export const DEFAULT_FORMAT: VideoFormat = { durationSec: DEFAULT_DURATION_SEC, fps: DEFAULT_FPS, width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
