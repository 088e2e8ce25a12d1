// What happens in a scene: each action a plan can hold, as data the simulator schedules
// (engine/actions/<kind>/). Every field that names a thing or person in the scene is an entity
// reference (entity-ref.ts), so a plan whose action names no one in it is refused, not run empty.
import { z } from 'zod';
import { ballRef, entityRef, personRef, shelfRef, vesselRef } from './entity-ref';
import { MAX_REPEATS } from './format';
import { liquidKindSchema, vec3Schema } from './plan-values';

// A liquid in a container at the start (the share of the container's height it fills), and how
// many particles it is simulated with (its resolution; the engine's default when absent).
export const liquidFillSchema = z.object({ liquid: liquidKindSchema, in: vesselRef, fill: z.number().min(0.05).max(0.95), particles: z.number().int().min(100).max(50000).optional() });
export type LiquidFill = z.infer<typeof liquidFillSchema>;
// The person whose own hand does a hand's action (a person entity's id): they stand at it and their
// arm reaches it. Absent: a hand from outside the frame.
const handOwnerSchema = personRef.optional();

export const actionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shoot'),
    actor: personRef,
    object: ballRef,
    target: entityRef,
    // What the prompt asked for; the simulation decides what really happens.
    intent: z.enum(['make', 'miss', 'any']),
    // The prompt asked for the ball to come off the backboard (a bank shot, or a miss off the glass).
    via: z.literal('board').optional(),
    startSec: z.number().min(0),
  }),
  // Let go from where the ball is, with an optional small push from the hand (a ball tossed onto the
  // top step to bounce down a flight of stairs). byHand: a hand holds it there from the first frame
  // and opens at startSec (the prompt says who drops it: `by`).
  z.object({ kind: z.literal('drop'), object: entityRef, velocity: vec3Schema.optional(), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  z.object({
    kind: z.literal('throw'),
    object: entityRef,
    actor: personRef.optional(),
    // Whom it is thrown to ("throws a ball to a woman"): she faces the thrower, the ball is aimed at
    // her hands and she catches it if it comes within their reach.
    to: personRef.optional(),
    velocity: vec3Schema,
    startSec: z.number().min(0),
  }),
  // byHand: a hand pushes it off to `velocity` (the prompt says who knocks it: `by`).
  // fromHand: the ball is in the person's (`by`) hand from the first frame; they crouch and roll it
  // off along the floor, letting go at startSec at the speed of their swing (velocity).
  z.object({ kind: z.literal('roll'), object: entityRef, velocity: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema, fromHand: z.boolean().optional() }),
  // A person runs up to a ball resting on the ground and kicks it: the run-up starts at startSec, the
  // foot meets the ball a fixed time later (see person-pose.ts) and gives it `velocity`.
  z.object({
    kind: z.literal('kick'),
    actor: personRef,
    object: ballRef,
    velocity: vec3Schema,
    startSec: z.number().min(0),
    // "Kicks the ball twice": that many kicks, each but the last a touch that rolls the ball on to
    // where the kicker's next run-up meets it; the last gives it `velocity`.
    times: z.number().int().min(2).max(MAX_REPEATS).optional(),
    // A pass ("passes the ball to a girl"): whom it is kicked to along the ground; she faces the
    // kicker and stops it under her foot if it comes to it.
    to: personRef.optional(),
  }),
  // A person bounces a ball with one hand until the clip ends; the gather starts at startSec and the
  // beat follows from how the ball bounces on this floor (the simulation works it out).
  // bounces: "bounces the ball three times": that many bounces, then the hands catch the ball at the
  // top of the last and hold it (absent: dribbled until the clip ends).
  z.object({ kind: z.literal('dribble'), actor: personRef, object: ballRef, startSec: z.number().min(0), bounces: z.number().int().min(1).max(MAX_REPEATS).optional() }),
  // A person walks or runs in a straight line to `to` and stops there (when that is inside the clip).
  z.object({
    kind: z.literal('walk'),
    actor: personRef,
    gait: z.enum(['walk', 'run']),
    to: vec3Schema,
    // At `to`, turn round and come back the same way.
    turnAround: z.boolean().optional(),
    startSec: z.number().min(0),
  }),
  // A person walks a few steps (or stands), trips and falls flat, and gets back up unless told to
  // stay down.
  z.object({ kind: z.literal('trip'), actor: personRef, steps: z.number().int().min(0).max(20), getsUp: z.boolean(), startSec: z.number().min(0) }),
  // People talk: the speaker faces who they talk to and says their lines (plan.dialogue) in turn.
  z.object({ kind: z.literal('speak'), actor: personRef, to: personRef.optional(), startSec: z.number().min(0) }),
  // A person raises a hand and waves it side to side at `to` (a person), or at the camera when absent.
  z.object({ kind: z.literal('wave'), actor: personRef, to: personRef.optional(), startSec: z.number().min(0) }),
  // A person jumps on the spot: winds down from startSec and takes off; `times` jumps, each
  // rebounding from the last's landing (absent: once).
  z.object({ kind: z.literal('jump'), actor: personRef, startSec: z.number().min(0), times: z.number().int().min(2).max(MAX_REPEATS).optional() }),
  // A person crouches where they stand (knees bent, hips down and back, hands on the knees), from
  // startSec; held to the end of the clip, or risen from at riseSec. kneel: down on one knee instead.
  z.object({ kind: z.literal('crouch'), actor: personRef, startSec: z.number().min(0), riseSec: z.number().min(0).optional(), kneel: z.boolean().optional() }),
  // An everyday object falls: nudged off what it stands on (a table), or let go where it is, with an
  // optional push; whether it breaks is up to the impact.
  // byHand: a hand sets it going at startSec: off a table, its palm nudges it over the edge to
  // `velocity`; else it holds the thing from the first frame and opens (the prompt says whose: `by`).
  z.object({ kind: z.literal('fall'), object: entityRef, velocity: vec3Schema.optional(), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A stack of boxes comes down on its own: the boxes start lifted and off balance, gravity does the rest.
  // byHand: the boxes stand as a tower and a hand pushes its top at startSec, the tower turning
  // about its bottom edge at `spinRadPerSec` (the prompt says who topples it: `by`).
  z.object({ kind: z.literal('topple'), objects: z.array(entityRef).min(1).max(64), startSec: z.number().min(0), byHand: z.boolean().optional(), spinRadPerSec: z.number().positive().max(50).optional(), by: handOwnerSchema }),
  // A liquid is poured from one container (a jug, a bottle) into another (a glass): the first tips
  // over the second from startSec and the liquid runs out of it as a particle liquid.
  // byHand: a hand holds the jug and tips it (the prompt names a hand, or who pours).
  // setDownSec: the hand tips the jug back upright from then, stands it on the table beside the
  // glass and lets go (to go on to something else: a stir of what it poured).
  z.object({ kind: z.literal('pour'), from: liquidFillSchema, into: entityRef, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema, setDownSec: z.number().min(0).optional() }),
  // Things are let go above a container of liquid (from `dropM` above its surface): they splash,
  // float or sink by their density.
  // An everyday thing pushed along a surface and let go at `velocity`: friction decides where it stops.
  // byHand: a hand pushes it up to `velocity` and lets go (instead of it starting at that speed).
  z.object({ kind: z.literal('slide'), object: entityRef, velocity: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A hand grasps a thing and lifts it `heightM` off what it stands on, and holds it there.
  // fromFloor: the thing lies on the floor; the person (`by`) crouches to it and rises with it.
  z.object({ kind: z.literal('lift'), object: entityRef, heightM: z.number().positive().max(1), startSec: z.number().min(0), by: handOwnerSchema, fromFloor: z.boolean().optional() }),
  // A hand picks a thing up, carries it over `onto` (a plate, a shelf) and lets go just above it.
  z.object({ kind: z.literal('place'), object: entityRef, onto: entityRef, startSec: z.number().min(0), by: handOwnerSchema }),
  // A hand stacks things one on another, in order: the first stays where it is, each next one is put
  // on the one before.
  z.object({ kind: z.literal('stack'), objects: z.array(entityRef).min(2).max(6), startSec: z.number().min(0), by: handOwnerSchema }),
  // A standing thing given a push at its top (`impulse`, N s): past its tipping angle it falls over,
  // short of it it rocks back.
  // `holds`: the liquid the tipped container holds (its `in` is `object`), which spills as it goes over.
  // byHand: a hand reaches it and the push comes at the palm's touch (the prompt names a hand, or who
  // knocks it over: `by`).
  // `shelf`: the shelf (an entity id) whose board it stands on: with the board above it, a hand
  // reaches it level from the open front.
  z.object({ kind: z.literal('tip'), object: entityRef, impulse: vec3Schema, startSec: z.number().min(0), holds: liquidFillSchema.optional(), byHand: z.boolean().optional(), by: handOwnerSchema, shelf: shelfRef.optional() }),
  // A coin stood on its edge and set spinning (rad/s about the vertical): it spins down, wobbling
  // faster and faster as it settles.
  // byHand: a hand's fingers flick its rim as the spin starts (the prompt says who spins it: `by`).
  z.object({ kind: z.literal('spin'), object: entityRef, spinRadPerSec: z.number().positive().max(400), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A coin flipped: it rests on a hand's curled fingers under the thumb, and at startSec the thumb
  // flicks it up at `upMps` (m/s), turning end over end about a diameter at `turnRadPerSec`; it
  // falls, lands on the table (or the floor) and settles on whichever face physics leaves up.
  z.object({ kind: z.literal('flip'), object: entityRef, upMps: z.number().positive().max(6), turnRadPerSec: z.number().positive().max(300), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A row of standing dominoes, the first pushed at its top: each knocks the next one over.
  // byHand: a hand pushes the first (the prompt names a hand, or who knocks them over: `by`).
  z.object({ kind: z.literal('dominoes'), objects: z.array(entityRef).min(2).max(64), impulse: vec3Schema, startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
  // A spoon (`tool`) held by a hand is dipped into a container's liquid and moved round in it for
  // `stirSec` from startSec, then lifted out: the liquid turns because the spoon pushes it.
  // takesSpoon: the spoon lies on the table beside the container and the hand picks it up first
  // (the hand that poured the liquid in, when a pour into `in.in` comes before: then the liquid is
  // the poured one, and `in.fill` what the pour is meant to leave there).
  z.object({ kind: z.literal('stir'), tool: entityRef, in: liquidFillSchema, startSec: z.number().min(0), stirSec: z.number().positive().max(20), by: handOwnerSchema, takesSpoon: z.boolean().optional() }),
  // A tap (`object`) lets a liquid run from its outlet into a container below it (`flowLps` litres
  // a second) from startSec to stopSec, or drip (one drop every `dripSec`), as particles the liquid
  // releases. The camera watches the tap, its stream and what it fills below it.
  z.object({ kind: z.literal('tap'), object: entityRef, into: vesselRef, liquid: liquidKindSchema, flowLps: z.number().positive().max(1), startSec: z.number().min(0), stopSec: z.number().min(0), dripSec: z.number().min(0.1).max(5).optional(), by: handOwnerSchema }),
  // Things let go `dropM` above a liquid's surface at startSec: they float or sink by their density.
  // byHand: a hand holds the (one) thing there from the start and opens at startSec.
  z.object({ kind: z.literal('immerse'), objects: z.array(entityRef).min(1).max(4), into: liquidFillSchema, dropM: z.number().min(0).max(2), startSec: z.number().min(0), byHand: z.boolean().optional(), by: handOwnerSchema }),
]);
export type Action = z.infer<typeof actionSchema>;
