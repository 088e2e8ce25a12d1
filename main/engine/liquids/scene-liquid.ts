// A scene's liquid as a simulation hook: the particles start in their container, step with the
// rigid bodies (a liquid step every LIQUID_EVERY physics steps, reading where the containers and
// solids are: scene-solids.ts), lift and drag the things in it every physics step (floating.ts), splash when one comes down
// into it, and are recorded at every video frame for the picture. A pour into another container is
// heard from the moment the liquid starts arriving until it stops, with the air above it shortening.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Entity, LiquidFill, LiquidKind, ScenePlan } from '../../contract/scene-plan';
import type { LiquidTrace, TraceEvent } from '../../contract/world-trace-types';
import type { StepHook, StepWorld, Timing } from '../simulate/schedule-types';
import { tableGeometry } from '../simulate/fixtures';
import { GRAVITY } from '../physics/constants';
import { objectModule } from '../objects';
import { levelIn, type Floater } from './buoyancy';
import { liquidFacts } from './catalog';
import { ContainerCollider, ContainerShape } from './container';
import { fillParticles } from './fill';
import { CONTAINER_FORMS, floaterOf } from './floaters';
import { DEFAULT_ITERATIONS, ParticleFluid } from './pbf';
import { DEFAULT_METHOD, DFSPH_EVERY, FLIP_EVERY, methodFor, type LiquidMethod } from './method';
import { BoxCollider, FloorCollider } from './solids';
import { bookMethod, freshMemory, packFloats, readBook, resumeMemory, saveMemory, type LiquidMemory } from './liquid-state';
import { ToolColliders } from './tools';
import { settle, type StillHold } from './still-hold';
import { SceneSolids, type Vessel } from './scene-solids';
import { archimedes, keepFloatersInside, liftFloaters } from './floating';
import { TapEmitter, tapSpacing, type TapFlow } from './tap-flow';
import { liquidFrames } from './liquid-frames';
import { restingFill, withResting } from './resting';

// The liquid steps at half the physics rate (120 Hz at 240) where its particles are coarse enough,
// more often where they are finer (dt <= STEP_CFL sqrt(spacing / g)). Why a long step fails
// (scripts/liquid-rate.ts measures it): the density solve is a Jacobi iteration, so each iteration
// carries the floor's support about one kernel radius up the column; a deep column's upper layers
// fall unsupported within the step, and what the solve leaves compressed is carried into the next
// step as velocity. The longer the step (g dt^2 against the spacing) and the deeper the column in
// particles, the more it compresses; past about a third, the 48-neighbour lists fill, the density
// can no longer be measured and the liquid bursts out of its container. A still jug of 6.2k
// particles (4.9 mm) holds at 240 Hz with 4 iterations; at 120 Hz it bursts, with 12 iterations too.
export const LIQUID_EVERY = 2;
const STEP_CFL = 0.22;
// Each substep runs the full density iterations (DEFAULT_ITERATIONS). Halving them where a physics
// step is divided in two (the support carried up the column per physics step the same) looked
// cheap on a still jug, 13.5k particles, 3.8 mm, as packed (scripts/liquid-rate.ts): 480 Hz x 3
// iterations 98.5% of rest volume for 17 s of CPU per simulated second, 480 x 6 99.0% for 26 s,
// 240 x 6 96.3% for 13 s. But over a pour it loses volume: the 20k pour (16.8k particles, 2.5 mm,
// scripts/liquid-volume.ts) drifts 2.74% at 480 x 3 against 1.68% at 480 x 6.

export interface LiquidRate {
  // A liquid step after every `every` physics steps, of `substeps` solver steps.
  every: number;
  substeps: number;
  hz: number;
  // PBF's density iterations per liquid step.
  iterations: number;
}

// DFSPH (dfsph.ts) steps every DFSPH_EVERY physics steps (method.ts), reading where the solids
// were at the interval's start and how fast they go over it (scene-solids.ts), and divides a step
// itself as its fastest particle needs (a CFL bound). Its pressure carries over between steps, so
// a still deep column holds at 60 Hz. Before the walls knew their speed (and the solids were placed
// at the step's end), a jug lifted and tipped between two liquid steps of 1/120 s passed through
// particles, and 1.6k of the default pour's 2.6k particles left the table; now none do at 60 Hz.
export function liquidRate(spacingM: number, physicsDt: number, method: LiquidMethod): LiquidRate {
  if (method !== 'pbf') {
    const every = method === 'flip' ? FLIP_EVERY : DFSPH_EVERY;
    return { every, substeps: 1, hz: 1 / (every * physicsDt), iterations: DEFAULT_ITERATIONS };
  }
  const maxDt = STEP_CFL * Math.sqrt(spacingM / GRAVITY);
  const every = LIQUID_EVERY * physicsDt <= maxDt ? LIQUID_EVERY : 1;
  const substeps = every > 1 ? 1 : Math.ceil(physicsDt / maxDt - 1e-9);
  return { every, substeps, hz: substeps / (every * physicsDt), iterations: DEFAULT_ITERATIONS };
}
// Particles a scene's liquid is made of by default (the spacing follows from its volume).
export const DEFAULT_PARTICLES = 3000;
const MIN_SPACING_M = 0.0025;
// Container bodies and the things that go into them collide through the liquid module (the whole
// container's collider is its solid hull, which would keep them out of it).
const GROUP_CONTAINER = (0x0004 << 16) | (0xffff & ~0x0008);
const GROUP_FLOATER = (0x0008 << 16) | (0xffff & ~0x0004);

// Every collider of the body, not only its first: a glass's upper bands and a coin's foot are
// colliders of their own, and a coin's foot came to rest on the glass's upper band, 2.5 cm over the
// water (the card said it sank).
function inGroup(body: RigidBody, group: number): void {
  for (let i = 0; i < body.numColliders(); i++) body.collider(i).setCollisionGroups(group);
}

// Containers and what goes into them meet through the liquid module only.
function sendInto(vessels: readonly Vessel[], floaters: readonly Floater[], world: StepWorld): void {
  for (const v of vessels) inGroup(world.bodyOf(v.entity.id), GROUP_CONTAINER);
  for (const f of floaters) inGroup(f.body, GROUP_FLOATER);
}

export interface LiquidHook extends StepHook {
  liquid(): LiquidTrace;
  fluid(): ParticleFluid;
  // The world height of the liquid's surface in a container now (-Infinity when it holds none).
  levelOf(id: string): number;
}

export interface LiquidSetup {
  plan: ScenePlan;
  timing: Timing;
  // Where the liquid is at the start: in a container, or (none yet) coming out of a tap.
  fill: LiquidFill | { liquid: LiquidKind; tap: TapFlow };
  // The container a pour goes into, if any.
  pourInto?: string;
  particles?: number;
  // Things a hand moves through the liquid (a spoon): solids it meets, not things it lifts.
  tools?: readonly string[];
  // The solve this scene's liquid needs, where it is not the default's (the plan's own still wins).
  method?: LiquidMethod;
  // A liquid at rest (a glass of water standing on a table): DFSPH's particles start asleep on
  // their lattice, so its steps are passed over until something wakes them.
  settled?: boolean;
}

// The plan's solve, else the scene's, else by the liquid's size (method.ts methodFor). A pour a spoon
// then stirs keeps DFSPH unless the plan asks (its stirring is DFSPH's, and under FLIP 96% of "pours
// and stirs"'s water was in the mug when the spoon went in, 98% asked).
function solveFor(setup: LiquidSetup, particles: number): LiquidMethod {
  const usual = setup.method ?? (setup.tools?.length ? DEFAULT_METHOD : undefined);
  return methodFor(setup.plan.liquidMethod, usual, setup.pourInto !== undefined || 'tap' in setup.fill, particles);
}

function started(fluid: ParticleFluid | null): ParticleFluid {
  if (!fluid) throw new Error('The liquid has not started.');
  return fluid;
}

function spacingFor(shape: ContainerShape, fill: number, particles: number): number {
  const volume = shape.volumeBelow(shape.floorM + fill * (shape.heightM - shape.floorM));
  return Math.max(MIN_SPACING_M, Math.cbrt(volume / particles));
}

export function createLiquid(setup: LiquidSetup): LiquidHook {
  const { plan, timing } = setup;
  const facts = liquidFacts(setup.fill.liquid);
  const vessels: Vessel[] = plan.entities.filter((e) => e.kind === 'object' && e.form && CONTAINER_FORMS.has(e.form)).map((entity) => ({ entity, collider: new ContainerCollider(new ContainerShape(objectModule(entity.form))) }));
  const { source, spacingM, emitter } = liquidSource(setup, vessels);
  const scene = new SceneSolids(vessels, plan.entities.filter((e) => setup.tools?.includes(e.id)).map((e) => new ToolColliders(e)));
  // Chosen at start, once the particles are counted (solveFor); a resumed take's own (resume).
  let method = solveFor(setup, 0);
  let fluid: ParticleFluid | null = null;
  // How often and how finely it steps (set at start from the physics step, and on resume).
  let rate: LiquidRate | null = null;
  // A settled liquid's hold on its vessel, until something disturbs it (still-hold.ts).
  let hold: StillHold | null = null;
  const mem = freshMemory();
  const frames = liquidFrames(timing, mem, emitter);
  const updateLevels = (t: number): void => {
    if (fluid) measureLevels(fluid, vessels, scene.floaters, mem, spacingM, setup.pourInto, t, frames.mix?.resting ?? 0);
  };

  const start = (world: StepWorld): void => {
    const colliders = scene.start(plan.entities.flatMap((e) => (setup.tools?.includes(e.id) ? [] : (floaterOf(e, world.bodyOf(e.id)) ?? []))), facts.densityKgM3 * spacingM ** 3);
    scene.place(world);
    // With another liquid resting where it is poured ("a cup of coffee", resting.ts) after it.
    const particles = frames.mixing(withResting(startingParticles(source, setup.fill, spacingM, emitter), restingFill(plan, setup.pourInto, setup.fill.liquid), vessels, spacingM));
    rate = liquidRate(spacingM, world.dt, (method = solveFor(setup, particles.length / 3)));
    fluid = new ParticleFluid(particles, { spacingM, viscosity: facts.viscosity, friction: facts.friction, method, iterations: rate.iterations });
    fluid.colliders.push(...colliders, ...plan.entities.filter((e) => e.kind === 'table').flatMap(tableColliders), new FloorCollider(0));
    // Nothing is sent into a settled liquid's vessel: its hull stays solid to what comes by.
    if (!(hold = setup.settled && source ? settle(fluid, source, plan.entities, world) : null)) sendInto(vessels, scene.floaters, world);
    updateLevels(0);
    frames.record(fluid);
  };

  const beforeStep = (k: number, world: StepWorld): void => {
    liftFloaters(scene.floaters, vessels, mem, facts.densityKgM3, k * world.dt, world.dt, method === 'dfsph');
    if (method === 'dfsph' && rate && k % rate.every === 0) scene.remember(world);
  };

  const afterStep = (k: number, world: StepWorld): void => {
    if (!fluid || !rate) return;
    const f = fluid, every = rate.every;
    const before = (tBefore: number, tAfter: number): void => {
      if (method === 'dfsph') {
        keepFloatersInside(scene.floaters, vessels, mem, world.dt);
        scene.sweep(world, tAfter - tBefore);
      }
      else scene.place(world);
      emitter?.release(f.x, f.v, tBefore, tAfter);
      frames.releasedAt = tAfter;
    };
    // Held by its vessel (a still glass of water), it rides it, not stepped.
    if (!hold?.carry(f.x, f.v) && stepFluid(f, rate, k, world.dt, before)) {
      if (method === 'dfsph') scene.push(f.reactions, facts.densityKgM3 * spacingM ** 3, (floater) => archimedes(floater, vessels, mem, facts.densityKgM3), every * world.dt);
      updateLevels((k + 1) * world.dt);
    }
    mem.stepsRun = k + 1;
    if ((k + 1) % timing.substeps === 0) frames.record(f);
  };

  // After start() and the world's restore: the restored bodies, and the liquid as it was saved.
  const resume = (state: unknown, world: StepWorld): void => {
    if (!fluid || state === null) return;
    const book = readBook(state);
    // A resumed liquid is the solver's, as it was saved (its sleepers sleep on).
    hold = null;
    const saved = bookMethod(book);
    if (saved !== method) {
      const was = fluid;
      method = saved;
      rate = liquidRate(spacingM, world.dt, method);
      fluid = new ParticleFluid(was.x, { ...was.params, method, iterations: rate.iterations });
      fluid.colliders.push(...was.colliders);
    }
    resumeMemory(book, fluid, mem, timing.substeps);
    frames.mix?.resume(book.mix);
    scene.place(world);
    frames.record(fluid);
  };

  return {
    start,
    beforeStep,
    afterStep,
    finish: () => [...mem.events, ...pourEvents(vessels.find((v) => v.entity.id === setup.pourInto), mem.arriving, spacingM, fluid?.n ?? 0, timing.durationSec)],
    save: () => fluid && { ...saveMemory(fluid, mem, timing.substeps), ...(frames.mix ? { mix: packFloats(frames.mix.share) } : {}) },
    resume,
    fluid: () => started(fluid),
    liquid: () => ({ kind: setup.fill.liquid, spacingM, count: fluid?.n ?? 1, frames: mem.frames, ...(frames.mix ? { mix: { kind: frames.mix.kind, frames: frames.mixFrames } } : {}) }),
    levelOf: (id) => mem.levels.get(id) ?? -Infinity,
  };
}

// Each container's level now, and the liquid arriving in the one a pour fills.
// `resting`: particles of another liquid that stood in the pour's target from the start (not arriving).
function measureLevels(fluid: ParticleFluid, vessels: readonly Vessel[], floaters: readonly Floater[], mem: LiquidMemory, spacingM: number, pourInto: string | undefined, t: number, resting: number): void {
  for (const v of vessels) {
    const inside = v.collider.heightsInside(fluid.x, fluid.n).length;
    mem.levels.set(v.entity.id, inside > 0 ? levelIn(v.collider, inside * spacingM ** 3, floaters) : -Infinity);
    if (v.entity.id === pourInto) mem.arriving.push({ t, inside: Math.max(0, inside - resting) });
  }
}

// The liquid's step(s) after physics step k, if one is due; true if it stepped. Before each substep
// (from tBefore to t) the poses are read (the containers stand still between them) and a tap lets
// out what it has since.
function stepFluid(fluid: ParticleFluid, rate: LiquidRate, k: number, dt: number, before: (tBefore: number, t: number) => void): boolean {
  if ((k + 1) % rate.every !== 0) return false;
  const h = (rate.every * dt) / rate.substeps;
  const t0 = (k + 1 - rate.every) * dt;
  for (let s = 0; s < rate.substeps; s++) {
    before(t0 + s * h, t0 + (s + 1) * h);
    fluid.step(h);
  }
  return true;
}

// Where the liquid comes from (its container, or a tap's emitter) and its particles' spacing.
function liquidSource(setup: LiquidSetup, vessels: readonly Vessel[]): { source?: Vessel; spacingM: number; emitter: TapEmitter | null } {
  const { fill } = setup;
  const particles = setup.particles ?? ('in' in fill ? fill.particles : undefined) ?? DEFAULT_PARTICLES;
  if ('tap' in fill) {
    const spacingM = tapSpacing(fill.tap, particles, MIN_SPACING_M);
    return { spacingM, emitter: new TapEmitter(fill.tap, spacingM) };
  }
  const source = vessels.find((v) => v.entity.id === fill.in);
  if (!source) throw new Error(`No container "${fill.in}" for the liquid.`);
  return { source, spacingM: spacingFor(source.collider.shape, fill.fill, particles), emitter: null };
}

// The particles at the start: filling their container to its level, or parked, waiting for the tap.
function startingParticles(source: Vessel | undefined, fill: LiquidSetup['fill'], spacingM: number, emitter: TapEmitter | null): Float64Array {
  if (emitter || !source || !('in' in fill)) {
    const x = new Float64Array(3 * (emitter?.count ?? 0));
    emitter?.park(x, new Float64Array(x.length), 0);
    return x;
  }
  const s = source.collider.shape;
  return new Float64Array(fillParticles(source.collider, s.floorM + fill.fill * (s.heightM - s.floorM), spacingM));
}

// A table as the liquid meets it: its top, and what holds it up (a table's legs, a counter's
// cabinet), so a spill running off a counter's edge runs down its doors, not through them.
export function tableColliders(e: Entity): BoxCollider[] {
  const g = tableGeometry(e);
  const still = { x: 0, y: 0, z: 0, w: 1 };
  return [g.top, ...g.legs].map((part) => new BoxCollider(part.halfExtents, { position: { x: part.center[0], y: part.center[1], z: part.center[2] }, rotation: still }));
}

// The pour as heard: from the first particles arriving in the container to the last, the air
// column above the liquid in it shortening as it fills.
function pourEvents(into: Vessel | undefined, arriving: readonly { t: number; inside: number }[], spacingM: number, total: number, clipSec: number): TraceEvent[] {
  if (!into || arriving.length < 2) return [];
  const first = arriving.find((a) => a.inside > 0);
  const final = arriving[arriving.length - 1]!.inside;
  const last = arriving.find((a) => a.inside >= final - Math.max(1, 0.01 * total));
  if (!first || !last || last.t - first.t < 0.1 || first.t >= clipSec) return [];
  const s = into.collider.shape;
  const air = (inside: number): number => s.heightM - s.levelFor(inside * spacingM ** 3);
  const t = into.collider.pose.position;
  return [{ kind: 'pour', t: first.t, durationSec: Math.min(last.t, clipSec) - first.t, into: into.entity.id, airFromM: air(first.inside), airToM: air(last.inside), radiusM: s.rIn(s.heightM), position: [t.x, t.y + s.heightM / 2, t.z] }];
}
