// Walking and running with planted feet: each foot stays exactly where it landed until it lifts,
// swings along an arc to its next landing, and lands there at the beat; the pelvis travels smoothly
// between the feet, dips and rises with each step, the arms swing against the legs, and a walker
// told to turn round does so on the spot, stepping round, then walks back.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, type Key } from '../../body/keyframes';
import { breathing, restHand, type Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import type { V } from '../../body/vector';
import { GAITS, gaitOf, landingsOf, stepPeriodOf, type Landing } from './gait';

const FOOT_SIDE_OF_HEIGHT = 0.06;
// How high a trailing foot's heel (its ankle) rises before the foot lifts (of height), and over how
// many step periods: about 10 cm for a 1.75 m walker at toe-off (the foot pitched ~60 degrees over
// its toes), over the last half step of stance.
const HEEL_RISE_OF_HEIGHT = 0.055;
const HEEL_RISE_STEPS = 0.5;
// A landing foot comes down heel first, its ankle this much higher until the sole is flat.
export const HEEL_STRIKE_OF_HEIGHT = 0.015;
const HEEL_STRIKE_STEPS = 0.3;

interface FootPlan {
  // Landing times and places of this foot (the first is where it stands at the start).
  times: number[];
  xs: number[];
  zs: number[];
}

function footPlans(landings: readonly Landing[], side: number): { footR: FootPlan; footL: FootPlan } {
  const plans = { footR: { times: [-Infinity], xs: [0], zs: [side] }, footL: { times: [-Infinity], xs: [0], zs: [-side] } };
  for (const l of landings) {
    plans[l.foot].times.push(l.t);
    plans[l.foot].xs.push(l.x);
    plans[l.foot].zs.push(l.side * side);
  }
  return plans;
}

const smoothstep = (u: number): number => {
  const c = Math.min(1, Math.max(0, u));
  return c * c * (3 - 2 * c);
};

// Where a foot's ankle is (along the path, across it) and how high it is at time t. Before it lifts,
// a trailing foot rolls onto its toes: the heel (and the ankle) rises by `heel` over `heelSec`, as
// a walker's does, so the leg behind still reaches its foot without the hips sinking for it.
// How a foot is at a moment: where its ankle is, and how far through its swing it is (0 on the
// ground, 1 at the top of the swing), which says how much the hips must keep it within reach.
interface FootState { at: V; air: number }

function footAt(plan: FootPlan, t: number, swingSec: number, clearance: number, startSec: number, heel: number, heelSec: number, strike: number, strikeSec: number): FootState {
  let k = 0;
  while (k + 1 < plan.times.length && (plan.times[k + 1] as number) <= t) k++;
  const x0 = plan.xs[k] as number;
  const z0 = plan.zs[k] as number;
  const nextT = plan.times[k + 1];
  if (nextT === undefined) return { at: [x0, 0, z0], air: 0 };
  const lift = Math.max(startSec, plan.times[k] as number, nextT - swingSec);
  const heelFrom = Math.max(startSec, plan.times[k] as number, lift - heelSec);
  // The heel only rises once the foot has been down for a while (not on the first step off a stand).
  const raised = lift > heelFrom ? heel : 0;
  // Landing on the heel, toes up: the ankle is a little higher until the sole comes flat.
  const flat = k > 0 ? strike * (1 - smoothstep((t - (plan.times[k] as number)) / strikeSec)) : 0;
  if (t <= lift) return { at: [x0, Math.max(flat, raised * smoothstep((t - heelFrom) / Math.max(1e-6, lift - heelFrom))), z0], air: 0 };
  const u = (t - lift) / (nextT - lift);
  const ease = u * u * (3 - 2 * u);
  const air = Math.sin(Math.PI * u);
  return { at: [x0 + ((plan.xs[k + 1] as number) - x0) * ease, raised * (1 - ease) + clearance * air + strike * ease, z0 + ((plan.zs[k + 1] as number) - z0) * ease], air };
}

// How far the pelvis must sink for every foot on the ground to be within the leg's reach (the
// ankle is the IK target, so a foot the leg cannot reach would slide): legs spread in a stride
// bring the hips down, as they do in people. A foot leaving the ground or landing counts in part
// (fully on the ground, easing out up to the top of its lift), so the hips never pop up the frame a
// trailing foot lifts.
function reachDrop(H: number, rootX: number, lateral: number, feet: readonly FootState[], dropNow: number): number {
  const reach = 0.995 * (BODY.thigh + BODY.shin) * H;
  let drop = dropNow;
  for (let pass = 0; pass < 2; pass++) {
    for (const { at: [x, y, z], air } of feet) {
      const weight = 1 - smoothstep(air);
      if (weight === 0) continue;
      const dx = x - (rootX - 0.25 * drop);
      // The hip on the foot's side (turned round, the right hip and foot are both on the other side).
      const dz = z - (lateral + Math.sign(z) * BODY.hipHalfWidth * H);
      const hipY = BODY.ankleHeight * H + y + Math.sqrt(Math.max(reach * reach - dx * dx - dz * dz, 0));
      drop = Math.max(drop, weight * (BODY.hipHeight * H - hipY));
    }
  }
  return drop;
}

// The hips' drop eased over a few frames so they never jump when a foot lifts or lands: the most any
// moment within +-WINDOW needs (so no planted foot is out of reach), averaged over +-WINDOW/2.
const DROP_STEP_SEC = 0.03;
function smoothDrop(needAt: (t: number) => number, t: number): number {
  const raw = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => needAt(t + k * DROP_STEP_SEC));
  let sum = 0;
  for (let k = 0; k < 5; k++) sum += Math.max(...raw.slice(k, k + 5));
  return sum / 5;
}

// The pelvis along the path: midway between the feet at each landing, over both when together.
function rootKeys(track: ActorTrack, landings: readonly Landing[]): Key[] {
  const half = (track.stepM ?? 0.7) / 2;
  const keys: Key[] = [[track.startSec, 0]];
  landings.forEach((l, k) => {
    const together = k === landings.length - 1 || k === track.turnAfter || l.side === 0 || (track.turnAfter !== undefined && k > track.turnAfter && k <= track.turnAfter + 3);
    keys.push([l.t, together ? l.x : l.back ? l.x + half : l.x - half]);
  });
  const last = landings[landings.length - 1];
  if (last) keys.push([last.t + 0.4, last.x]);
  return keys;
}

// The body's turn: none going out, half a circle over the turning steps.
function yawKeys(track: ActorTrack, landings: readonly Landing[]): Key[] {
  const c = track.turnAfter;
  const from = c !== undefined ? landings[c] : undefined;
  const to = c !== undefined ? landings[c + 3] : undefined;
  return from && to ? [[from.t, 0], [to.t, Math.PI]] : [[0, 0]];
}

export function walkRig(track: ActorTrack, H: number): Rig {
  const spec = GAITS[gaitOf(track)];
  const landings = landingsOf(track);
  const period = stepPeriodOf(track, spec);
  const swingSec = (2 - spec.stance) * period;
  const side = FOOT_SIDE_OF_HEIGHT * H;
  const plans = footPlans(landings, side);
  const breath = breathing(track, H);
  const root = rootKeys(track, landings);
  const yawAt = yawKeys(track, landings);
  const stopSec = landings[landings.length - 1]?.t ?? track.startSec;
  const running = gaitOf(track) === 'run';
  const clearance = spec.clearanceOfHeight * H;
  const isMoving = (t: number): boolean => t > track.startSec && t < stopSec + 0.3;
  const heel = HEEL_RISE_OF_HEIGHT * H;
  const heelSec = HEEL_RISE_STEPS * period;
  const strike = HEEL_STRIKE_OF_HEIGHT * H;
  const strikeSec = HEEL_STRIKE_STEPS * period;
  const feetAt = (t: number): [FootState, FootState] => [footAt(plans.footR, t, swingSec, clearance, track.startSec, heel, heelSec, strike, strikeSec), footAt(plans.footL, t, swingSec, clearance, track.startSec, heel, heelSec, strike, strikeSec)];
  // How far the hips must sink at t: the step's dip, and as far as the planted feet need.
  const needAt = (t: number): number => {
    const moving = isMoving(t);
    // Lowest as a foot lands when walking (both legs spread); in a run, lowest at mid-stance.
    const phase = moving ? Math.cos((2 * Math.PI * (t - track.startSec)) / period) : 1;
    const dip = moving ? (running ? 0.03 * H * (1 - phase) : 0.012 * H * (1 + phase)) : 0;
    const lateral = moving ? 0.015 * H * Math.sin((Math.PI * (t - track.startSec)) / period) : breath(t).sway;
    return reachDrop(H, channel(root, t), lateral, feetAt(t), 0.01 * H + dip);
  };
  return (t) => {
    const { sway, breathe } = breath(t);
    const moving = isMoving(t);
    const [{ at: footR }, { at: footL }] = feetAt(t);
    const yaw = channel(yawAt, t);
    const ahead = Math.cos(yaw);
    // Arms swing against the legs (in the body's own frame, which turns round with it).
    const swing = Math.max(-0.12 * H, Math.min(0.12 * H, 0.45 * ahead * (footL[0] - footR[0])));
    const bent = running && moving ? 0.12 * H : 0;
    const rest = (s: 1 | -1): V => restHand(H, s);
    const lateral = moving ? 0.015 * H * Math.sin((Math.PI * (t - track.startSec)) / period) : sway;
    const x = channel(root, t);
    return {
      drop: smoothDrop(needAt, t),
      lift: 0,
      lean: moving ? spec.lean : 0.04,
      headTilt: 0,
      handR: [rest(1)[0] + swing + bent * 0.5, rest(1)[1] + bent, rest(1)[2]],
      handL: [rest(-1)[0] - swing + bent * 0.5, rest(-1)[1] + bent, rest(-1)[2]],
      elbowUp: 0,
      footR,
      footL,
      sway: lateral,
      breathe,
      root: [x, 0],
      yaw,
    };
  };
}
