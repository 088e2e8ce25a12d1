// Walking and running with planted feet: each foot stays exactly where it landed until it lifts,
// swings along an arc to its next landing, and lands there at the beat; the pelvis travels smoothly
// between the feet, dips and rises with each step, and the arms swing against the legs.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { channel, type Key } from '../../body/keyframes';
import { breathing, restHand, type Rig } from '../../body/rig';
import { BODY } from '../../body/skeleton';
import type { V } from '../../body/vector';
import { GAITS, gaitOf, landingsOf } from './gait';

const FOOT_SIDE_OF_HEIGHT = 0.06;

interface FootPlan {
  // Landing times and places of this foot (the first is where it stands at the start).
  times: number[];
  xs: number[];
}

function footPlans(track: ActorTrack): { footR: FootPlan; footL: FootPlan } {
  const start = { times: [-Infinity], xs: [0] };
  const plans = { footR: { times: [...start.times], xs: [...start.xs] }, footL: { times: [...start.times], xs: [...start.xs] } };
  for (const l of landingsOf(track)) {
    plans[l.foot].times.push(l.t);
    plans[l.foot].xs.push(l.x);
  }
  return plans;
}

// Where a foot is along the path and how high it is lifted at time t.
function footAt(plan: FootPlan, t: number, swingSec: number, clearance: number, startSec: number): [number, number] {
  let k = 0;
  while (k + 1 < plan.times.length && (plan.times[k + 1] as number) <= t) k++;
  const x0 = plan.xs[k] as number;
  const nextT = plan.times[k + 1];
  if (nextT === undefined) return [x0, 0];
  const lift = Math.max(startSec, nextT - swingSec);
  if (t <= lift) return [x0, 0];
  const u = (t - lift) / (nextT - lift);
  const ease = u * u * (3 - 2 * u);
  return [x0 + ((plan.xs[k + 1] as number) - x0) * ease, clearance * Math.sin(Math.PI * u)];
}

// How far the pelvis must sink for every foot on the ground to be within the leg's reach (the
// ankle is the IK target, so a foot the leg cannot reach would slide): legs spread in a stride
// bring the hips down, as they do in people.
function reachDrop(H: number, rootX: number, sway: number, grounded: readonly [number, number][], dropNow: number): number {
  const reach = 0.995 * (BODY.thigh + BODY.shin) * H;
  let drop = dropNow;
  for (let pass = 0; pass < 2; pass++) {
    for (const [x, z] of grounded) {
      const dx = x - (rootX - 0.25 * drop);
      const dz = z - (sway + Math.sign(z) * BODY.hipHalfWidth * H);
      const hipY = BODY.ankleHeight * H + Math.sqrt(Math.max(reach * reach - dx * dx - dz * dz, 0));
      drop = Math.max(drop, BODY.hipHeight * H - hipY);
    }
  }
  return drop;
}

export function walkRig(track: ActorTrack, H: number): Rig {
  const spec = GAITS[gaitOf(track)];
  const landings = landingsOf(track);
  const period = 1 / spec.stepsPerSec;
  const swingSec = (2 - spec.stance) * period;
  const plans = footPlans(track);
  const breath = breathing(track, H);
  const last = landings[landings.length - 1];
  // The pelvis is midway between the feet at each landing, and over both once they are together.
  const rootKeys: Key[] = [[track.startSec, 0], ...landings.map((l, k): Key => [l.t, k === landings.length - 1 ? l.x : l.x - (track.stepM ?? 0.7) / 2])];
  if (last) rootKeys.push([last.t + 0.4, last.x]);
  const stopSec = last?.t ?? track.startSec;
  const side = FOOT_SIDE_OF_HEIGHT * H;
  return (t) => {
    const { sway, breathe } = breath(t);
    const moving = t > track.startSec && t < stopSec + 0.3;
    const [xR, yR] = footAt(plans.footR, t, swingSec, spec.clearanceOfHeight * H, track.startSec);
    const [xL, yL] = footAt(plans.footL, t, swingSec, spec.clearanceOfHeight * H, track.startSec);
    const root = channel(rootKeys, t);
    // Lowest as a foot lands when walking (both legs spread); in a run, lowest at mid-stance.
    const phase = moving ? Math.cos((2 * Math.PI * (t - track.startSec)) / period) : 1;
    const dip = moving ? (gaitOf(track) === 'walk' ? 0.012 * H * (1 + phase) : 0.03 * H * (1 - phase)) : 0;
    // Arms swing against the legs: the right hand forward as the left foot leads.
    const swing = Math.max(-0.12 * H, Math.min(0.12 * H, 0.45 * (xL - xR)));
    const bent = gaitOf(track) === 'run' && moving ? 0.12 * H : 0;
    const handR: V = [restHand(H, 1)[0] + swing + bent * 0.5, restHand(H, 1)[1] + bent, restHand(H, 1)[2]];
    const handL: V = [restHand(H, -1)[0] - swing + bent * 0.5, restHand(H, -1)[1] + bent, restHand(H, -1)[2]];
    const grounded: [number, number][] = [...(yR === 0 ? [[xR, side] as [number, number]] : []), ...(yL === 0 ? [[xL, -side] as [number, number]] : [])];
    const lateral = moving ? 0.015 * H * Math.sin((Math.PI * (t - track.startSec)) / period) : sway;
    return {
      drop: reachDrop(H, root, lateral, grounded, 0.01 * H + dip),
      lift: 0,
      lean: moving ? spec.lean : 0.04,
      headTilt: 0,
      handR,
      handL,
      elbowUp: 0,
      footR: [xR, yR, side],
      footL: [xL, yL, -side],
      sway: lateral,
      breathe,
      root: [root, 0],
    };
  };
}
