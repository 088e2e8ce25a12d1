// The WorldTrace: what the simulation says happened, sampled once per video frame, plus the exact
// events (contacts, footsteps, scoring) that drive the sound. It is stored with the take so a remix of
// camera, light or sound can reuse it without re-simulating.
import { z } from 'zod';
import { liquidKindSchema, materialSchema, vec3Schema } from './scene-plan';

export const bodyShapeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sphere'), radius: z.number().positive() }),
  z.object({ kind: z.literal('box'), halfExtents: vec3Schema }),
  // A person is drawn procedurally from the actor track; its collider is a capsule.
  z.object({ kind: z.literal('capsule'), radius: z.number().positive(), halfHeight: z.number().positive() }),
  // Static scenery whose look the renderer derives from the entity (hoop, ramp, table).
  z.object({ kind: z.literal('fixture') }),
  // A convex piece (a shard of a broken glass), its corners in its own frame.
  z.object({ kind: z.literal('hull'), points: z.array(vec3Schema).min(4).max(64) }),
  // An everyday object (a glass, a plate), drawn from its form in the catalog.
  z.object({ kind: z.literal('object') }),
  // A hand (engine/hands/) that pushes, lifts, places or pours: its palm is the body (x along the
  // fingers, y out of the back of the hand), its arm reaches back to a shoulder at `shoulder`
  // (outside the frame) and is drawn bending at the elbow. `owner`: the person whose own hand it is
  // (their arm is drawn reaching it, from their shoulder). `grips`: when the fingers close on a thing
  // and open again, and the radius (m) of what they wrap (a spoon's handle, a glass): the drawing
  // curls the fingers round it (traces made before they were recorded draw a relaxed hand).
  z.object({
    kind: z.literal('hand'),
    shoulder: vec3Schema,
    owner: z.string().max(64).optional(),
    grips: z.array(z.object({ t: z.number().min(0), closes: z.boolean(), wrapM: z.number().min(0).max(1) })).max(64).optional(),
  }),
]);
export type BodyShape = z.infer<typeof bodyShapeSchema>;

export const traceBodySchema = z.object({
  // Entity id from the ScenePlan.
  id: z.string(),
  shape: bodyShapeSchema,
  material: materialSchema,
  dynamic: z.boolean(),
  // A piece of a breakable entity (its id): it follows the whole thing until the break, then moves on its own.
  pieceOf: z.string().optional(),
});
export type TraceBody = z.infer<typeof traceBodySchema>;

export const FLOATS_PER_BODY = 7; // px, py, pz, qx, qy, qz, qw

// A scrape keeps at most this many samples of its slide (a minute at 60 a second).
const MAX_SCRAPE_SAMPLES = 3600;

export const traceEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('contact'),
    // Exact simulation time of the contact start, in seconds (finer than a frame).
    t: z.number().min(0),
    a: z.string(),
    b: z.string(),
    materialA: materialSchema,
    materialB: materialSchema,
    // Magnitude of the contact impulse in N*s; drives loudness.
    impulse: z.number().min(0),
    position: vec3Schema,
  }),
  z.object({ kind: z.literal('footstep'), t: z.number().min(0), actor: z.string(), position: vec3Schema }),
  z.object({ kind: z.literal('release'), t: z.number().min(0), actor: z.string(), object: z.string(), position: vec3Schema }),
  z.object({ kind: z.literal('score'), t: z.number().min(0), object: z.string(), target: z.string(), position: vec3Schema }),
  // A breakable thing broke into `pieces` pieces on an impact of `impulse` N*s against `against`.
  z.object({ kind: z.literal('break'), t: z.number().min(0), object: z.string(), against: materialSchema, pieces: z.number().int().min(2), impulse: z.number().min(0), position: vec3Schema }),
  // A spoken line (index into plan.dialogue), said by an actor in the scene ('' for a voice
  // off-screen) from t for durationSec, heard from the speaker's head.
  // A raindrop heard hitting a surface near the listener (the rest of the rain is a bed).
  z.object({ kind: z.literal('drop'), t: z.number().min(0), material: z.enum([...materialSchema.options, 'water', 'leaves']), position: vec3Schema }),
  // A wave of the surf: breaking (height in metres), its bore washing up the sand for durationSec,
  // or the water drawing back down.
  z.object({ kind: z.literal('wave'), t: z.number().min(0), phase: z.enum(['break', 'wash', 'backwash']), heightM: z.number().min(0), durationSec: z.number().positive(), position: vec3Schema }),
  // Something falling into water, at `speed` m/s.
  z.object({ kind: z.literal('splash'), t: z.number().min(0), object: z.string(), speed: z.number().min(0), massKg: z.number().positive(), position: vec3Schema }),
  // A liquid pouring into a container from t for durationSec: the air column above the liquid in
  // it (m) shortens from `airFromM` to `airToM`, so the pour's resonance rises in pitch.
  z.object({ kind: z.literal('pour'), t: z.number().min(0), durationSec: z.number().positive(), into: z.string(), airFromM: z.number().min(0), airToM: z.number().min(0), radiusM: z.number().positive(), position: vec3Schema }),
  // A spoon stirring a liquid from t for durationSec: how fast it moves through the liquid (m/s),
  // `hz` values a second.
  z.object({ kind: z.literal('stir'), t: z.number().min(0), durationSec: z.number().positive(), hz: z.number().positive().max(1000), speed: z.array(z.number().min(0)).max(MAX_SCRAPE_SAMPLES), position: vec3Schema }),
  // Two things sliding across each other (a book pushed over a table) from t for durationSec: how
  // fast the surfaces slip at the contact (m/s) and how hard they press (N), `hz` values a second.
  z.object({
    kind: z.literal('scrape'), t: z.number().min(0), durationSec: z.number().positive(), a: z.string(), b: z.string(),
    materialA: materialSchema, materialB: materialSchema, hz: z.number().positive().max(1000),
    speed: z.array(z.number().min(0)).max(MAX_SCRAPE_SAMPLES), loadN: z.array(z.number().min(0)).max(MAX_SCRAPE_SAMPLES), position: vec3Schema,
  }),
  z.object({ kind: z.literal('speech'), t: z.number().min(0), actor: z.string(), line: z.number().int().min(0).max(31), durationSec: z.number().positive(), position: vec3Schema }),
]);
export type TraceEvent = z.infer<typeof traceEventSchema>;

// Procedural animation of a person, timed by the simulation (the release is when the ball leaves the
// hands; for a kick it is when the foot meets the ball; for a dribble it is the first push down; for
// a catch it is when the thrown ball is aimed to reach the catcher's hands; for a trap, when the
// passed ball is foreseen to reach the foot that stops it).
// The loudness of a spoken line over time (0..1 at `hz` values a second), which opens the jaw.
export const speechSpanSchema = z.object({
  startSec: z.number().min(0),
  hz: z.number().positive().max(200),
  energy: z.array(z.number().min(0).max(1)).max(4000),
});
export type SpeechSpan = z.infer<typeof speechSpanSchema>;

export const actorTrackSchema = z.object({
  entityId: z.string(),
  animation: z.enum(['idle', 'shoot', 'throw', 'kick', 'dribble', 'walk', 'run', 'talk', 'fall', 'wave', 'jump', 'crouch', 'kneel', 'catch', 'trap']),
  startSec: z.number().min(0),
  releaseSec: z.number().min(0),
  // Dribble only: every moment the hand meets the ball at the top of its bounce (the first is
  // releaseSec). The simulation derives them from the ball's real bounce on the floor.
  // Kick done again: the moment of each kick's contact (the first is releaseSec).
  // Walk and run: every moment a foot lands (right, left, right...; the last brings the feet together).
  // Jump done again: every takeoff (the first is releaseSec).
  // Crouch and kneel: when the person starts back up from the bottom (absent: held down to the end).
  beats: z.array(z.number().min(0)).max(400).optional(),
  // Walk and run: the length of one step (metres), so each landing is a fixed place on the ground.
  // Kick done again: how far along the facing each kick's stance is from the last's.
  stepM: z.number().positive().max(3).optional(),
  // Walk and run: the landing (index into beats) that brings the feet together before the person
  // turns round on the spot (three landings) and walks back.
  turnAfter: z.number().int().min(0).max(400).optional(),
  // Dribble: when the hand takes the ball at the top of its last bounce, both hands then holding it
  // (absent: dribbled on past the clip's end).
  catchSec: z.number().min(0).optional(),
  // Fall: when the person starts getting back up after falling at releaseSec (absent: they stay down).
  getUpSec: z.number().min(0).optional(),
  // The lines this person says, whatever else they do: their jaw and head move with them.
  speech: z.array(speechSpanSchema).max(32).optional(),
  // Talk and wave: who the person talks or waves to (entity id), so they face them.
  to: z.string().optional(),
  // Yaw in radians the actor faces (0 = +x).
  facing: z.number(),
  position: vec3Schema,
});
export type ActorTrack = z.infer<typeof actorTrackSchema>;

// A particle liquid (engine/liquids/): its kind, particle spacing, and every particle's position at
// every frame, in millimetres (3 integers a particle), drawn as a surface.
export const liquidTraceSchema = z.object({
  kind: liquidKindSchema,
  spacingM: z.number().positive(),
  count: z.number().int().min(1),
  // Per frame, x y z (mm) of each particle in the scene: all `count` of them, or the first ones
  // while a tap is still letting the rest out.
  frames: z.array(z.array(z.number().int())),
  // A second liquid in the same body ("pours milk into a cup of coffee": coffee): per frame, each
  // listed particle's share of it in whole percent (0: all `kind`, 100: all this one).
  mix: z.object({ kind: liquidKindSchema, frames: z.array(z.array(z.number().int().min(0).max(100))) }).optional(),
});
export type LiquidTrace = z.infer<typeof liquidTraceSchema>;

export const worldTraceSchema = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  fps: z.number().int().positive(),
  frameCount: z.number().int().positive(),
  bodies: z.array(traceBodySchema),
  // frames[f] holds FLOATS_PER_BODY numbers per body, in `bodies` order.
  frames: z.array(z.array(z.number())),
  events: z.array(traceEventSchema),
  actors: z.array(actorTrackSchema),
  liquid: liquidTraceSchema.optional(),
  outcome: z.object({
    // One sentence a user can read: "The shot missed: the ball hit the rim twice and bounced out."
    summary: z.string(),
    scored: z.boolean().nullable(),
    rimContacts: z.number().int().min(0),
    // How many physically simulated candidate shots the planner tried before one matched the intent.
    attempts: z.number().int().min(1),
    intentMatched: z.boolean(),
  }),
});
export type WorldTrace = z.infer<typeof worldTraceSchema>;
