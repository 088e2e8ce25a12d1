// Everything about a scene that is decided before physics runs: the time step, then each planned
// action scheduled by its own module (tracks, held balls, physics hooks), people with no action
// standing idle, and the footsteps every track's pose implies. Derived from the plan and seed only.
import type { ScenePlan, VideoFormat } from '../../contract/scene-plan';
import type { ActorTrack, Entity, Vec3 } from '../../contract/world-trace-types';
import { poseRigFor, scheduleAction } from '../actions';
import { personPose } from '../actions/person-pose';
import { idleFacing } from '../actions/shared/motion';
import { BODY, heightOf } from '../body/skeleton';
import { MIN_PHYSICS_HZ } from '../physics/constants';
import { deriveSeed, mulberry32 } from '../seeded-random';
import type { SpeechTiming } from '../speech/speech-timing';
import { objectModule } from '../objects';
import { FractureHook } from '../objects/fracture-hook';
import { createLiquid } from '../liquids/scene-liquid';
import { groundFor, settingFacts } from '../settings/facts';
import { FLOOR_ID } from './fixtures';
import { applySpeech } from './speech';
import type { BallProbes, Footstep, OutcomeHook, Schedule, ScheduleContext, SceneSearch, Timing } from './schedule-types';

export type { BallControl, BallProbes, Bounce, BounceCalibrator, Schedule, Timing } from './schedule-types';
export { rollingSpin } from '../actions/shared/motion';
export { heightOf };

export function timingFor(format: VideoFormat): Timing {
  const substeps = Math.ceil(MIN_PHYSICS_HZ / format.fps);
  return {
    fps: format.fps,
    substeps,
    dt: 1 / (format.fps * substeps),
    frameCount: Math.max(1, Math.round(format.durationSec * format.fps)),
    durationSec: format.durationSec,
  };
}

// Collider size of a person: a capsule from the floor to the shoulders, so a ball held or released
// above the head never overlaps it. A cameo's body width was measured from their footage (size[1]);
// anyone else has a typical build.
export function personCapsule(entity: Pick<Entity, 'size'>): { radius: number; halfHeight: number } {
  const H = entity.size[0] ?? 1.75;
  const radius = entity.size[1] ?? 0.09 * H;
  return { radius, halfHeight: (0.8 * H - 2 * radius) / 2 };
}

// Where the person's capsule is at time t: under the pelvis, lifted with the feet when jumping.
export function personCapsuleCentre(entity: Entity, track: ActorTrack, t: number): Vec3 {
  const H = entity.size[0] ?? 1.75;
  const pose = personPose(track, H, t);
  const { radius, halfHeight } = personCapsule(entity);
  const lift = Math.max(Math.min(pose.footL[1], pose.footR[1]) - BODY.ankleHeight * H, 0);
  return [pose.pelvis[0], lift + radius + halfHeight, pose.pelvis[2]];
}

function footstepsOf(plan: ScenePlan, tracks: Iterable<ActorTrack>): Footstep[] {
  const out: Footstep[] = [];
  for (const track of tracks) {
    const person = plan.entities.find((e) => e.id === track.entityId);
    const steps = poseRigFor(track.animation)?.footsteps;
    if (!person || !steps) continue;
    const H = heightOf(person);
    for (const s of steps(track, H)) {
      const p = personPose(track, H, s.t)[s.foot];
      out.push({ kind: 'footstep', t: s.t, actor: track.entityId, position: [p[0], 0, p[2]] });
    }
  }
  return out;
}

// Hands and bodies hitting the ground, from each track's pose (a fall), as contacts with the floor.
function bodyImpactsOf(plan: ScenePlan, tracks: Iterable<ActorTrack>): Schedule['bodyImpacts'] {
  const ground = settingFacts(plan.setting.kind).ground.material;
  const out: Schedule['bodyImpacts'] = [];
  for (const track of tracks) {
    const person = plan.entities.find((e) => e.id === track.entityId);
    const impacts = poseRigFor(track.animation)?.impacts;
    if (!person || !impacts) continue;
    const H = heightOf(person);
    for (const i of impacts(track, H)) {
      const p = personPose(track, H, i.t)[i.joint];
      out.push({ kind: 'contact', t: i.t, a: person.id, b: FLOOR_ID, materialA: person.material, materialB: ground, impulse: i.massShare * person.mass * i.speed, position: [p[0], 0, p[2]] });
    }
  }
  return out;
}

export function buildSchedule(plan: ScenePlan, seed: number, timing: Timing, probes: BallProbes, speech?: readonly SpeechTiming[]): Schedule {
  let search: SceneSearch | null = null;
  let outcome: OutcomeHook | null = null;
  const ctx: ScheduleContext = {
    plan,
    groundMaterial: groundFor(plan.setting).material,
    timing,
    // Small seeded variations (a few millimetres, a little spin) so two seeds of the same drop differ
    // the way two real drops would.
    jitter: mulberry32(deriveSeed(seed, 'jitter')),
    bounce: probes.bounce,
    roll: probes.roll,
    tracks: new Map(),
    controls: [],
    struck: [],
    hooks: [],
    setSearch: (s) => {
      search ??= s;
    },
    setOutcome: (o) => {
      outcome ??= o;
    },
  };
  for (const action of plan.actions) scheduleAction(action, ctx);
  // A liquid standing in its vessel, unless an action (a Remix's pour) brought the scene's liquid.
  if (plan.stillLiquid && !ctx.hooks.some((h) => h.liquid)) ctx.hooks.push(createLiquid({ plan, timing, fill: plan.stillLiquid, method: 'dfsph', settled: true }));
  // Whatever sets them moving, breakable things break on a hard enough impact.
  for (const e of plan.entities) {
    const breaks = e.kind === 'object' ? objectModule(e.form).breaks : undefined;
    if (breaks) ctx.hooks.push(new FractureHook(e, breaks, objectModule(e.form), seed));
  }
  for (const e of plan.entities) {
    if (e.kind !== 'person' || ctx.tracks.has(e.id)) continue;
    ctx.tracks.set(e.id, { entityId: e.id, animation: 'idle', startSec: 0, releaseSec: 0, facing: idleFacing(plan, e), position: e.position });
  }
  // Plan order, so the trace lists actors the way the plan lists people.
  const ordered = plan.entities.flatMap((e) => {
    const track = ctx.tracks.get(e.id);
    return track ? [track] : [];
  });
  const spoken = applySpeech(plan, ctx.tracks, speech);
  return { tracks: ordered, controls: ctx.controls, search, outcome, struck: ctx.struck, hooks: ctx.hooks, footsteps: footstepsOf(plan, ctx.tracks.values()), spoken, bodyImpacts: bodyImpactsOf(plan, ctx.tracks.values()) };
}
