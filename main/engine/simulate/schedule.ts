// Everything about a scene that is decided before physics runs: the time step, the actors'
// animation tracks, which balls are held (and where) until their release, and footsteps. All of it
// is derived from the plan and the seed only.
import type { Action, ScenePlan, VideoFormat } from '../../contract/scene-plan';
import type { ActorTrack, Entity, TraceEvent, Vec3 } from '../../contract/world-trace-types';
import {
  BODY,
  DRIBBLE_FIRST_PUSH_AFTER_START,
  KICK_CONTACT_AFTER_START,
  SHOOT_RELEASE_AFTER_START,
  THROW_RELEASE_AFTER_START,
  ballHoldPosition,
  dribbleBallTop,
  kickFootsteps,
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
  // How long after its release the ball ignores people (default: a thrown ball's short clearance).
  clearSec?: number;
}

// A kick: the ball rests on the floor as an ordinary dynamic body until the kicking foot reaches it.
export interface KickSetup {
  ball: Entity;
  actor: Entity;
  track: ActorTrack;
  // Step at whose start the foot meets the ball (track.releaseSec = contactStep * dt).
  contactStep: number;
  // Velocity the strike gives the ball.
  velocity: Vec3;
}

// A dribble: the ball is held (a BallControl) until the first two-handed push at beatSteps[0]; at
// every later beat the palm meets it at the top of its bounce and pushes it down again.
export interface DribbleSetup {
  ball: Entity;
  actor: Entity;
  track: ActorTrack;
  beatSteps: number[];
  // Where the ball's centre should be at each beat (index 0: where the hands hold it for the first push).
  targets: Vec3[];
  // Downward speed the push at each beat gives the ball.
  pushSpeeds: number[];
  // Whether the floor gives enough bounce for the ball to come back up to the hand at all.
  sustainable: boolean;
}

// How a ball pushed down from height fromY bounces back: the push speed that brings its next apex to
// topY (capped at what a hand can do) and how many physics steps from the push to that apex.
export interface Bounce {
  pushSpeed: number;
  steps: number;
  reached: boolean;
}
export type BounceCalibrator = (ball: Entity, fromY: number, topY: number) => Bounce;

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
  kicks: KickSetup[];
  dribbles: DribbleSetup[];
  footsteps: Extract<TraceEvent, { kind: 'footstep' }>[];
}

// Velocity that carries a ball horizontally from `from` to `to` in `sec`, pushed down at `down` m/s.
function pushVelocity(from: Vec3, to: Vec3 | undefined, sec: number, down: number): Vec3 {
  if (!to || sec <= 0) return [0, -down, 0];
  return [(to[0] - from[0]) / sec, -down, (to[2] - from[2]) / sec];
}

function plus(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function scaled(v: Vec3, k: number): Vec3 {
  return [v[0] * k, v[1] * k, v[2] * k];
}

// Yaw that faces along a launch velocity; a straight-up (or zero) launch has no direction of its own.
function facingAlong(v: Vec3, otherwise: () => number): number {
  return Math.hypot(v[0], v[2]) > 1e-6 ? Math.atan2(-v[2], v[0]) : otherwise();
}

// Spin for a ball moving horizontally at v that makes it roll, not skid, where it meets the floor.
export function rollingSpin(v: Vec3, radius: number): Vec3 {
  return [v[2] / radius, 0, -v[0] / radius];
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

export function buildSchedule(plan: ScenePlan, seed: number, timing: Timing, bounce: BounceCalibrator): Schedule {
  const { dt } = timing;
  const tracks = new Map<string, ActorTrack>();
  const controls: BallControl[] = [];
  const kicks: KickSetup[] = [];
  const dribbles: DribbleSetup[] = [];
  let shot: ShotSetup | null = null;
  // Small seeded variations (a few millimetres, a little spin) so two seeds of the same drop differ
  // the way two real drops would.
  const jitter = mulberry32(deriveSeed(seed, 'jitter'));

  for (const action of plan.actions) {
    const ball = byId(plan, action.object);
    if (!ball || ball.kind !== 'ball' || controls.some((c) => c.entity.id === ball.id) || kicks.some((k) => k.ball.id === ball.id)) continue;
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
    if (action.kind === 'kick' || action.kind === 'dribble') {
      const person = byId(plan, action.actor);
      if (!person || person.kind !== 'person' || tracks.has(person.id)) continue;
      const H = heightOf(person);
      if (action.kind === 'kick') {
        const contactStep = stepAt(action.startSec + KICK_CONTACT_AFTER_START, dt);
        const v = action.velocity;
        const track: ActorTrack = {
          entityId: person.id,
          animation: 'kick',
          startSec: action.startSec,
          releaseSec: contactStep * dt,
          facing: facingAlong(v, () => facingTowards(person.position, ball.position)),
          position: person.position,
        };
        tracks.set(person.id, track);
        const k = 1 + jitter.normal(0, 0.02);
        kicks.push({ ball, actor: person, track, contactStep, velocity: scaled(v, k) });
        continue;
      }
      dribbles.push(planDribble(action, ball, person, H, r));
      const d = dribbles[dribbles.length - 1] as DribbleSetup;
      tracks.set(person.id, d.track);
      const firstSec = ((d.beatSteps[1] ?? d.beatSteps[0] ?? 0) - (d.beatSteps[0] ?? 0)) * dt;
      const velocity = pushVelocity(d.targets[0] as Vec3, d.targets[1], firstSec, d.pushSpeeds[0] ?? 0);
      controls.push({
        entity: ball,
        releaseStep: d.beatSteps[0] ?? 0,
        hold: (t) => ballHoldPosition(d.track, H, t, r),
        velocity,
        angvel: rollingSpin(velocity, r),
        actor: person.id,
        clearSec: Infinity,
      });
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
          facing: facingAlong(v, () => idleFacing(plan, thrower)),
          position: thrower.position,
        };
        tracks.set(thrower.id, track);
        const H = heightOf(thrower);
        const k = 1 + jitter.normal(0, 0.02);
        controls.push({
          entity: ball,
          releaseStep,
          hold: (t) => ballHoldPosition(track, H, t, r),
          velocity: scaled(v, k),
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
    const velocity: Vec3 = action.kind === 'drop' ? [0, 0, 0] : scaled(action.velocity, k);
    // A rolled ball leaves the hand already rolling; with only the jitter spin it would skid and
    // lose 2/7 of its speed to friction in the first instant.
    const angvel: Vec3 = action.kind === 'roll' ? plus(rollingSpin(velocity, ball.size[0] ?? 0.1), spin) : spin;
    controls.push({ entity: ball, releaseStep: stepAt(action.startSec, dt), hold: () => start, velocity, angvel, actor: null });
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
    } else if (track.animation === 'kick') {
      for (const s of kickFootsteps(track)) step(s.t, s.foot);
    }
  }

  // Plan order, so the trace lists actors the way the plan lists people.
  const ordered = plan.entities.flatMap((e) => {
    const track = tracks.get(e.id);
    return track ? [track] : [];
  });
  return { tracks: ordered, controls, shot, kicks, dribbles, footsteps };

  // The dribble's beat comes from the ball and the floor: the first push sends the ball from the
  // hands to the floor and back up under the palm; every later push repeats the same bounce. The
  // beats land on physics steps so the hand and the simulated ball meet at the same instant.
  function planDribble(action: Extract<Action, { kind: 'dribble' }>, ball: Entity, person: Entity, H: number, r: number): DribbleSetup {
    const firstStep = stepAt(action.startSec + DRIBBLE_FIRST_PUSH_AFTER_START, dt);
    const base: ActorTrack = {
      entityId: person.id,
      animation: 'dribble',
      startSec: action.startSec,
      releaseSec: firstStep * dt,
      facing: 0,
      position: person.position,
    };
    // Face so that the ball the plan put in front of the person sits in the hands.
    const held = ballHoldPosition(base, H, 0, r);
    const localYaw = Math.atan2(-(held[2] - person.position[2]), held[0] - person.position[0]);
    const toBall = Math.hypot(ball.position[0] - person.position[0], ball.position[2] - person.position[2]) > 0.05 ? facingTowards(person.position, ball.position) : 0;
    const provisional: ActorTrack = { ...base, facing: toBall - localYaw };
    const from = ballHoldPosition(provisional, H, provisional.releaseSec, r);
    const top = dribbleBallTop(provisional, H, r, 1);
    const first = bounce(ball, from[1], top[1]);
    const steady = first.reached ? bounce(ball, top[1], top[1]) : first;
    const sustainable = first.reached && steady.reached;
    const beatSteps = [firstStep];
    if (sustainable) {
      beatSteps.push(firstStep + first.steps);
      // Beats through one past the end of the clip, so the last push in the clip has a target.
      while (((beatSteps[beatSteps.length - 1] as number) - steady.steps) * dt < timing.durationSec && beatSteps.length < 400) {
        beatSteps.push((beatSteps[beatSteps.length - 1] as number) + steady.steps);
      }
    }
    const track: ActorTrack = { ...provisional, beats: beatSteps.map((k) => k * dt) };
    const targets = beatSteps.map((_, i) => (i === 0 ? ballHoldPosition(track, H, track.releaseSec, r) : dribbleBallTop(track, H, r, i)));
    const pushSpeeds = beatSteps.map((_, i) => (i === 0 ? first.pushSpeed : steady.pushSpeed));
    return { ball, actor: person, track, beatSteps, targets, pushSpeeds, sustainable };
  }
}
