// Everything about a scene that is decided before physics runs: the time step, the actors'
// animation tracks, which balls are held (and where) until their release, and footsteps. All of it
// is derived from the plan and the seed only.
import type { Action, ScenePlan, VideoFormat } from '../../contract/scene-plan';
import type { ActorTrack, Entity, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import {
  BODY,
  SHOOT_RELEASE_AFTER_START,
  THROW_RELEASE_AFTER_START,
  ballHoldPosition,
  personPose,
  shootJumpTimes,
  throwPlantSec,
} from '../actors/person-pose';
import { deriveSeed, mulberry32 } from '../seeded-random';

// Physics runs at >= 240 Hz, in a whole number of steps per video frame so every frame lands exactly
// on a step.
const MIN_PHYSICS_HZ = 240;

export interface Timing {
  fps: number;
  substeps: number;
  dt: number;
  frameCount: number;
  durationSec: number;
}

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

export type ShootAction = Extract<Action, { kind: 'shoot' }>;

// A ball that is held still (or carried by a hand) until its release step, then becomes dynamic.
export interface BallControl {
  entity: Entity;
  releaseStep: number;
  // Where the held ball's centre is at time t (valid up to the release).
  hold: (t: number) => Vec3;
  // Launch velocity; null for the shot, whose velocity the shot planner chooses.
  velocity: Vec3 | null;
  angvel: Vec3;
  // The person releasing it, for the 'release' event; null for a drop or roll with no actor.
  actor: string | null;
}

export interface ShotSetup {
  action: ShootAction;
  ball: Entity;
  hoop: Entity;
  shooter: Entity;
  track: ActorTrack;
  control: BallControl;
  releasePosition: Vec3;
}

export interface Schedule {
  tracks: ActorTrack[];
  controls: BallControl[];
  shot: ShotSetup | null;
  footsteps: Extract<TraceEvent, { kind: 'footstep' }>[];
}

// Collider size of a person: a capsule from the floor to the shoulders, so a ball held or released
// above the head never overlaps it.
export function personCapsule(entity: Pick<Entity, 'size'>): { radius: number; halfHeight: number } {
  const H = entity.size[0] ?? 1.75;
  const radius = 0.09 * H;
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

export const heightOf = (person: Pick<Entity, 'size'>): number => person.size[0] ?? 1.75;

const byId = (plan: ScenePlan, id: string): Entity | undefined => plan.entities.find((e) => e.id === id);

function facingTowards(from: Vec3, to: Vec3): number {
  // forward = (cos f, 0, -sin f), see person-pose.ts.
  return Math.atan2(-(to[2] - from[2]), to[0] - from[0]);
}

// A bystander faces the middle of everything else in the scene, or the camera side (+z) when alone.
function idleFacing(plan: ScenePlan, person: Entity): number {
  const others = plan.entities.filter((e) => e.id !== person.id && e.kind !== 'person');
  if (others.length === 0) return -Math.PI / 2;
  const c: Vec3 = [0, 0, 0];
  for (const e of others) {
    c[0] += e.position[0] / others.length;
    c[2] += e.position[2] / others.length;
  }
  if (Math.hypot(c[0] - person.position[0], c[2] - person.position[2]) < 0.05) return -Math.PI / 2;
  return facingTowards(person.position, c);
}

const stepAt = (t: number, dt: number): number => Math.max(0, Math.round(t / dt));

export function buildSchedule(plan: ScenePlan, seed: number, timing: Timing): Schedule {
  const { dt } = timing;
  const tracks = new Map<string, ActorTrack>();
  const controls: BallControl[] = [];
  let shot: ShotSetup | null = null;
  // Small seeded variations (a few millimetres, a little spin) so two seeds of the same drop differ
  // the way two real drops would.
  const jitter = mulberry32(deriveSeed(seed, 'jitter'));

  for (const action of plan.actions) {
    const ball = byId(plan, action.object);
    if (!ball || ball.kind !== 'ball' || controls.some((c) => c.entity.id === ball.id)) continue;
    const r = ball.size[0] ?? 0.1;
    if (action.kind === 'shoot') {
      const shooter = byId(plan, action.actor);
      const hoop = byId(plan, action.target);
      if (!shooter || shooter.kind !== 'person' || !hoop || hoop.kind !== 'hoop' || tracks.has(shooter.id)) continue;
      const releaseStep = stepAt(action.startSec + SHOOT_RELEASE_AFTER_START, dt);
      const track: ActorTrack = {
        entityId: shooter.id,
        animation: 'shoot',
        startSec: action.startSec,
        releaseSec: releaseStep * dt,
        facing: facingTowards(shooter.position, hoop.position),
        position: shooter.position,
      };
      tracks.set(shooter.id, track);
      const H = heightOf(shooter);
      const hold = (t: number): Vec3 => ballHoldPosition(track, H, t, r);
      const control: BallControl = { entity: ball, releaseStep, hold, velocity: null, angvel: [0, 0, 0], actor: shooter.id };
      controls.push(control);
      if (!shot) shot = { action, ball, hoop, shooter, track, control, releasePosition: hold(releaseStep * dt) };
      continue;
    }
    const spin: Vec3 = [jitter.normal(0, 0.4), jitter.normal(0, 0.4), jitter.normal(0, 0.4)];
    if (action.kind === 'throw' && action.actor) {
      const thrower = byId(plan, action.actor);
      if (thrower && thrower.kind === 'person' && !tracks.has(thrower.id)) {
        const releaseStep = stepAt(action.startSec + THROW_RELEASE_AFTER_START, dt);
        const v = action.velocity;
        const track: ActorTrack = {
          entityId: thrower.id,
          animation: 'throw',
          startSec: action.startSec,
          releaseSec: releaseStep * dt,
          facing: Math.hypot(v[0], v[2]) > 1e-6 ? Math.atan2(-v[2], v[0]) : idleFacing(plan, thrower),
          position: thrower.position,
        };
        tracks.set(thrower.id, track);
        const H = heightOf(thrower);
        const k = 1 + jitter.normal(0, 0.02);
        controls.push({
          entity: ball,
          releaseStep,
          hold: (t) => ballHoldPosition(track, H, t, r),
          velocity: [v[0] * k, v[1] * k, v[2] * k],
          angvel: spin,
          actor: thrower.id,
        });
        continue;
      }
    }
    // Drop, roll, or a throw nobody performs: the ball waits where the plan put it (nudged by a few
    // millimetres), then physics takes over at startSec.
    const start: Vec3 = [ball.position[0] + jitter.normal(0, 0.003), ball.position[1], ball.position[2] + jitter.normal(0, 0.003)];
    const k = 1 + jitter.normal(0, 0.02);
    const velocity: Vec3 = action.kind === 'drop' ? [0, 0, 0] : [action.velocity[0] * k, action.velocity[1] * k, action.velocity[2] * k];
    controls.push({ entity: ball, releaseStep: stepAt(action.startSec, dt), hold: () => start, velocity, angvel: spin, actor: null });
  }

  for (const e of plan.entities) {
    if (e.kind !== 'person' || tracks.has(e.id)) continue;
    tracks.set(e.id, { entityId: e.id, animation: 'idle', startSec: 0, releaseSec: 0, facing: idleFacing(plan, e), position: e.position });
  }

  const footsteps: Schedule['footsteps'] = [];
  for (const track of tracks.values()) {
    const person = byId(plan, track.entityId);
    if (!person) continue;
    const H = heightOf(person);
    const step = (t: number, foot: 'footL' | 'footR'): void => {
      const p = personPose(track, H, t)[foot];
      footsteps.push({ kind: 'footstep', t, actor: track.entityId, position: [p[0], 0, p[2]] });
    };
    if (track.animation === 'shoot') {
      // Both feet land from the jump, the shooting foot a beat after the other.
      const { landingSec } = shootJumpTimes(track, H);
      step(landingSec, 'footL');
      step(landingSec + 0.03, 'footR');
    } else if (track.animation === 'throw') {
      step(throwPlantSec(track), 'footL');
    }
  }

  // Plan order, so the trace lists actors the way the plan lists people.
  const ordered = plan.entities.flatMap((e) => {
    const track = tracks.get(e.id);
    return track ? [track] : [];
  });
  return { tracks: ordered, controls, shot, footsteps };
}
