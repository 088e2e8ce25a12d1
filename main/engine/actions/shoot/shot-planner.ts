// Chooses how the shooter releases the ball. A seeded RNG proposes launches (angle, aim point, spin)
// the way a real shooter varies; each proposal is simulated in a small world holding only the hoop,
// the floor and the ball, and the first one whose *simulated* outcome matches what the prompt asked
// for (a make, or a miss that touches the rim) is used. Physics decides: nothing is steered after
// release, and if no proposal matches, the trace says so.
import type { Vec3 } from '../../../contract/world-trace-types';
import { throwIfAborted } from '../../../contract/abort';
import { GRAVITY } from '../../physics/constants';
import { deriveSeed, mulberry32, type Rng } from '../../seeded-random';
import { ContactTracker } from '../../simulate/contacts';
import { hoopGeometry, type Ground } from '../../simulate/fixtures';
import { applyNetDrag } from '../../simulate/net';
import type { Rapier } from '../../simulate/rapier';
import { applyRollingResistance } from '../../simulate/rolling';
import type { ShotSetup } from './shot-setup';
import { SceneWorld } from '../../simulate/world-builder';
import { ScoreTracker } from './score';

export const MAX_SHOT_ATTEMPTS = 40;
// A flight is judged within this long after release (a ball that is still up there by then is
// rolling around the rim; whatever it does later is counted by the full simulation).
const MAX_FLIGHT_SEC = 3.5;

export type Intent = ShotSetup['action']['intent'];

export interface Launch {
  velocity: Vec3;
  angvel: Vec3;
}

export interface FlightResult {
  scored: boolean;
  rimContacts: number;
  boardContacts: number;
}

export type ShotAsked = Pick<ShotSetup['action'], 'intent' | 'via'>;

// Whether a flight is what the prompt asked for: a make goes in; a miss touches the rim (or, off the
// backboard, the board) and stays out; "off the backboard" needs the board touched on the way.
export function matchesIntent(asked: ShotAsked, r: FlightResult): boolean {
  if (asked.via === 'board' && r.boardContacts < 1) return false;
  if (asked.intent === 'make') return r.scored;
  if (asked.intent === 'miss') return !r.scored && (asked.via === 'board' || r.rimContacts >= 1);
  return true;
}

// Off the glass: aim at a point on the backboard's face above the rim. A bank shot aims just above
// the rim, in line with it, so the ball drops off the board into the ring; a miss off the backboard
// aims higher and wider, so it comes off the board away from the ring.
function proposeBankLaunch(rng: Rng, setup: ShotSetup, g: ReturnType<typeof hoopGeometry>): { depth: number; lateral: number; rise: number; angleDeg: number } {
  const boardDepth = g.board.center[0] - g.board.halfExtents[0] - g.rimCenter[0];
  if (setup.action.intent === 'miss') {
    return { depth: boardDepth, lateral: rng.sign() * rng.uniform(0.25, 0.6), rise: rng.uniform(0.3, 0.7), angleDeg: rng.uniform(40, 52) };
  }
  return { depth: boardDepth, lateral: rng.normal(0, 0.08), rise: rng.uniform(0.15, 0.4), angleDeg: rng.uniform(42, 54) };
}

// One proposal. Where the ball is aimed depends on the intent (a shooter trying to miss off the
// rim aims at the rim, not at the middle), but whether it then goes in is up to the simulation.
export function proposeLaunch(rng: Rng, setup: ShotSetup): Launch {
  const g = hoopGeometry(setup.hoop);
  const p = setup.releasePosition;
  const toRim: Vec3 = [g.rimCenter[0] - p[0], 0, g.rimCenter[2] - p[2]];
  const dist = Math.hypot(toRim[0], toRim[2]) || 1;
  const fwd: Vec3 = [toRim[0] / dist, 0, toRim[2] / dist];
  const right: Vec3 = [-fwd[2], 0, fwd[0]];
  // Aim point relative to the rim centre (along the shot and across it, metres) and launch angle.
  // A release ~0.7 m below the rim needs a steep arc (>= 53 deg) to come down through the ring
  // rather than into the front rim, so a shooter trying to score uses one; every choice here is
  // still only a proposal until the flight is simulated.
  const scaleToRim = g.rimRadius / 0.2286;
  let depth: number;
  let lateral: number;
  let angleDeg: number;
  let aimRise = 0;
  if (setup.action.via === 'board') ({ depth, lateral, rise: aimRise, angleDeg } = proposeBankLaunch(rng, setup, g));
  else switch (setup.action.intent) {
    case 'make':
      depth = rng.normal(0.01, 0.05) * scaleToRim;
      lateral = rng.normal(0, 0.03) * scaleToRim;
      angleDeg = rng.uniform(53, 60);
      break;
    case 'miss':
      angleDeg = rng.uniform(47, 57);
      if (rng.next() < 0.75) {
        // Front or back of the rim.
        depth = rng.sign() * rng.uniform(0.18, 0.3) * scaleToRim;
        lateral = rng.normal(0, 0.05) * scaleToRim;
      } else {
        depth = rng.normal(0, 0.06) * scaleToRim;
        lateral = rng.sign() * rng.uniform(0.18, 0.28) * scaleToRim;
      }
      break;
    case 'any':
      depth = rng.normal(0.02, 0.12) * scaleToRim;
      lateral = rng.normal(0, 0.06) * scaleToRim;
      angleDeg = rng.uniform(48, 58);
      break;
  }
  const angle = (angleDeg * Math.PI) / 180;
  const target: Vec3 = [
    g.rimCenter[0] + fwd[0] * depth + right[0] * lateral,
    g.rimCenter[1] + aimRise,
    g.rimCenter[2] + fwd[2] * depth + right[2] * lateral,
  ];
  const dx = target[0] - p[0];
  const dz = target[2] - p[2];
  const D = Math.hypot(dx, dz);
  const rise = target[1] - p[1];
  // Ballistic speed through the target at this launch angle (no drag in the simulation either).
  const denom = 2 * Math.cos(angle) ** 2 * (D * Math.tan(angle) - rise);
  const speed = denom > 0 ? Math.sqrt((GRAVITY * D * D) / denom) : 9;
  const horizontal = speed * Math.cos(angle);
  const velocity: Vec3 = [(dx / D) * horizontal, speed * Math.sin(angle), (dz / D) * horizontal];
  // Backspin about the shooter's right-hand axis, 1.5 to 3 turns a second, like a real jump shot.
  const spin = rng.uniform(1.5, 3) * 2 * Math.PI;
  return { velocity, angvel: [right[0] * spin, 0, right[2] * spin] };
}

export function simulateFlight(R: Rapier, setup: ShotSetup, launch: Launch, ground: Ground, dt: number): FlightResult {
  const ball = { ...setup.ball, position: setup.releasePosition };
  const scene = new SceneWorld(R, [setup.hoop, ball], ground, dt, { kinematic: new Set(), personCapsule: () => ({ radius: 0.1, halfHeight: 0.1 }) });
  const queue = new R.EventQueue(true);
  try {
    const body = scene.bodies.get(ball.id);
    if (!body) throw new Error('The shot ball was not created.');
    body.setLinvel({ x: launch.velocity[0], y: launch.velocity[1], z: launch.velocity[2] }, true);
    body.setAngvel({ x: launch.angvel[0], y: launch.angvel[1], z: launch.angvel[2] }, true);
    const g = hoopGeometry(setup.hoop);
    const score = new ScoreTracker(g.rimCenter, g.rimRadius, ball.size[0] ?? 0.12);
    const contacts = new ContactTracker(scene, dt);
    const steps = Math.ceil(MAX_FLIGHT_SEC / dt);
    let before: Vec3 = launch.velocity;
    for (let k = 0; k < steps; k++) {
      applyNetDrag(body, g, dt);
      // The same rolling resistance as the full scene (a flight is decided before the ball could
      // roll on the floor, but the two worlds apply identical rules all the same).
      applyRollingResistance(scene, dt);
      scene.world.step(queue);
      queue.drainCollisionEvents((h1, h2, started) => contacts.onCollision(h1, h2, started));
      contacts.update(k, (b) => (b.handle === body.handle ? before : [0, 0, 0]));
      const v = body.linvel();
      before = [v.x, v.y, v.z];
      const t = body.translation();
      const p: Vec3 = [t.x, t.y, t.z];
      score.update((k + 1) * dt, p);
      if (score.decided(p, v.y)) break;
    }
    contacts.finish();
    let rim = 0;
    let board = 0;
    for (const i of contacts.impacts) {
      if (i.event.a !== ball.id && i.event.b !== ball.id) continue;
      if (i.secondPart === 'rim' || i.firstPart === 'rim') rim++;
      if (i.secondPart === 'board' || i.firstPart === 'board') board++;
    }
    return { scored: score.scored !== null, rimContacts: rim, boardContacts: board };
  } finally {
    queue.free();
    scene.free();
  }
}

export interface ShotChoice {
  launch: Launch;
  // Index of the chosen proposal (0-based); attempts so far = index + 1.
  index: number;
  flight: FlightResult;
  matched: boolean;
}

export class ShotPlanner {
  private readonly launches: Launch[];

  constructor(
    private readonly R: Rapier,
    private readonly setup: ShotSetup,
    private readonly ground: Ground,
    private readonly dt: number,
    seed: number,
  ) {
    // Proposals are drawn up front so proposal i is the same however the search is resumed.
    const rng = mulberry32(deriveSeed(seed, `shot:${setup.ball.id}`));
    this.launches = Array.from({ length: MAX_SHOT_ATTEMPTS }, () => proposeLaunch(rng, setup));
  }

  // Tries proposals from `from` on; returns the first whose flight matches the intent, or (when
  // none does) the first proposal tried, with matched = false.
  async search(from: number, signal?: AbortSignal, onProgress?: (fraction: number) => void): Promise<ShotChoice> {
    let fallback: ShotChoice | null = null;
    for (let i = from; i < this.launches.length; i++) {
      throwIfAborted(signal);
      const launch = this.launches[i] as Launch;
      const flight = simulateFlight(this.R, this.setup, launch, this.ground, this.dt);
      const choice: ShotChoice = { launch, index: i, flight, matched: matchesIntent(this.setup.action, flight) };
      if (choice.matched) return choice;
      fallback ??= choice;
      onProgress?.((i + 1) / this.launches.length);
      // Let a cancel message in between candidates.
      if (i % 4 === 3) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!fallback) throw new Error('No shot proposals left to try.');
    return { ...fallback, index: this.launches.length - 1 };
  }

  get size(): number {
    return this.launches.length;
  }
}
