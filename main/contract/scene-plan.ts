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
import { actionSchema, liquidFillSchema } from './plan-actions';
import { danglingRefs } from './plan-refs';
import { brokenRules } from './plan-rules';
import { LIQUID_METHODS, materialSchema, vec3Schema } from './plan-values';

export * from './plan-values';
export { actionSchema, liquidFillSchema, type Action, type LiquidFill } from './plan-actions';



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
export const ENTITY_KINDS = ['ball', 'hoop', 'person', 'box', 'ramp', 'table', 'stairs', 'object', 'wall'] as const;

// Everyday things (kind 'object'), each with a form from the object catalog (engine/objects/): its
// shape, mass, material and whether and how it breaks.
export const OBJECT_FORMS = [
  'glass', 'plate', 'vase', 'bottle', 'bowl', 'mug', 'jug', 'apple', 'stone',
  'cup', 'coin', 'egg', 'orange', 'can', 'pencil', 'wheel', 'book', 'phone', 'domino', 'remote', 'board', 'chair', 'shelf', 'brick', 'spoon', 'tap', 'sink',
  'mixing-bowl', 'pot', 'stove', 'kettle',
] as const;
export const objectFormSchema = z.enum(OBJECT_FORMS);
export type ObjectForm = z.infer<typeof objectFormSchema>;

// How the prompt described a person ("a bald man with a beard", "a woman with long blonde hair", "a girl
// in a red dress"): what it says wins over the role's usual looks (engine/frames/people/); the rest
// still varies by seed. A dress is a skirt in the top's colour.
export const HAIR_STYLES = ['short', 'long', 'bun', 'ponytail', 'bald', 'receding', 'curly', 'buzz', 'long-curly', 'braid', 'braids', 'short-sides'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];
export const HAIR_SHADES = ['black', 'brown', 'chestnut', 'blonde', 'red', 'grey', 'white'] as const;
export type HairShade = (typeof HAIR_SHADES)[number];
// What a person wears head to toe when the prompt names it ("in a suit", "in a hoodie", "in a yellow
// raincoat"), each an outfit module (engine/frames/people/outfits/).
export const OUTFIT_KINDS = ['suit', 'hoodie', 'raincoat'] as const;
export type OutfitKind = (typeof OUTFIT_KINDS)[number];
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
    outfit: z.enum(OUTFIT_KINDS).optional(),
    // The colour the prompt gave the outfit (0xRRGGBB): "in a yellow raincoat".
    outfitColor: z.number().int().min(0).max(0xffffff).optional(),
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
  // Characteristic size: radius for balls, half-extents for boxes/ramps/tables/stairs/walls, height for a person
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
  // A liquid standing in a container the prompt only names ("a glass of water on the table"), where
  // no action pours, tips, stirs or drops things into one: it starts settled and asleep.
  stillLiquid: liquidFillSchema.optional(),
}).refine((p) => p.entities.length > 0 || (p.setting.elements?.length ?? 0) > 0, { message: 'A scene needs something in it: a thing, a person, rain or the sea.', path: ['entities'] })
  .superRefine((p, ctx) => {
    for (const wrong of [...danglingRefs(p.entities, p.actions, p.stillLiquid), ...brokenRules(p.actions)]) ctx.addIssue({ code: 'custom', path: wrong.path, message: wrong.message });
  });
export type ScenePlan = z.infer<typeof scenePlanSchema>;

export const DEFAULT_FORMAT: VideoFormat = { durationSec: DEFAULT_DURATION_SEC, fps: DEFAULT_FPS, width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
