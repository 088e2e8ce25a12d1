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
import { understandingSchema } from './understanding';

export const MATERIALS = ['rubber', 'leather', 'metal', 'wood', 'glass', 'plastic', 'concrete', 'cloth', 'flesh'] as const;
export const materialSchema = z.enum(MATERIALS);
export type Material = z.infer<typeof materialSchema>;

export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
export type Vec3 = z.infer<typeof vec3Schema>;

export const SETTINGS = ['gym', 'street', 'park', 'beach', 'room', 'forest'] as const;
export const settingSchema = z.object({
  kind: z.enum(SETTINGS),
  indoor: z.boolean(),
  timeOfDay: z.enum(['day', 'sunset', 'night']),
});
export type Setting = z.infer<typeof settingSchema>;

// Entities the v1 world knows how to simulate and draw. Sizes are in metres, SI everywhere.
export const ENTITY_KINDS = ['ball', 'hoop', 'person', 'box', 'ramp', 'table', 'stairs'] as const;
export const entitySchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(ENTITY_KINDS),
  // Free-text label the prompt used ("basketball", "tennis ball", "crate"), kept for display.
  label: z.string().max(64),
  material: materialSchema,
  // Base colour as 0xRRGGBB.
  color: z.number().int().min(0).max(0xffffff),
  // Characteristic size: radius for balls, half-extents for boxes/ramps/tables/stairs, height for a person.
  size: z.array(z.number().positive()).min(1).max(3),
  position: vec3Schema,
  // Bounciness (0..1) and friction used by the simulation.
  restitution: z.number().min(0).max(1),
  friction: z.number().min(0).max(2),
  mass: z.number().positive(),
});
export type Entity = z.infer<typeof entitySchema>;

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
  z.object({ kind: z.literal('roll'), object: z.string(), velocity: vec3Schema, startSec: z.number().min(0) }),
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
  // A stack of boxes comes down on its own: the boxes start lifted and off balance, gravity does the rest.
  z.object({ kind: z.literal('topple'), objects: z.array(z.string()).min(1).max(64), startSec: z.number().min(0) }),
]);
export type Action = z.infer<typeof actionSchema>;

export const cameraSchema = z.object({
  shot: z.enum(['wide', 'medium', 'close']),
  angle: z.enum(['side', 'front', 'behind', 'high', 'low', 'overhead']),
  // push: dolly in; pull: dolly out; handheld: follows like an operator on foot, with a gentle sway.
  motion: z.enum(['static', 'track', 'orbit', 'push', 'pull', 'handheld']),
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

export const dialogueLineSchema = z.object({
  speaker: z.string().max(64),
  text: z.string().max(500),
  atSec: z.number().min(0),
});
export type DialogueLine = z.infer<typeof dialogueLineSchema>;

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
  entities: z.array(entitySchema).min(1).max(64),
  actions: z.array(actionSchema).max(32),
  camera: cameraSchema,
  lighting: lightingSchema,
  dialogue: z.array(dialogueLineSchema).max(32),
  format: videoFormatSchema,
  // What the parser understood, including the words it could not depict (absent in older plans).
  understanding: understandingSchema.optional(),
});
export type ScenePlan = z.infer<typeof scenePlanSchema>;

export const DEFAULT_FORMAT: VideoFormat = { durationSec: DEFAULT_DURATION_SEC, fps: DEFAULT_FPS, width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
