// Where a posed body's weight is: its centre of mass from the joints, each segment weighted by its
// share of the body's mass (rounded adult figures after Dempster), and how far it lies ahead of the
// ankles along the person's facing, so a test can tell whether a pose would stand or topple.
import { expect } from 'vitest';
import type { ActorTrack } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import type { PersonPose } from '../../main/engine/body/skeleton';
import { dist } from './trace-points';

type P = readonly number[];
const at = (a: P, b: P, f: number): number[] => [0, 1, 2].map((i) => a[i]! + f * (b[i]! - a[i]!));

export function centreOfMass(p: PersonPose): number[] {
  const parts: [number[], number][] = [
    [at(p.pelvis, p.neck, 0.45), 0.5], [p.head as number[], 0.08],
    [at(p.shoulderL, p.elbowL, 0.45), 0.028], [at(p.shoulderR, p.elbowR, 0.45), 0.028],
    [at(p.elbowL, p.handL, 0.5), 0.022], [at(p.elbowR, p.handR, 0.5), 0.022],
    [at(p.hipL, p.kneeL, 0.43), 0.1], [at(p.hipR, p.kneeR, 0.43), 0.1],
    [at(p.kneeL, p.footL, 0.5), 0.061], [at(p.kneeR, p.footR, 0.5), 0.061],
  ];
  const total = parts.reduce((s, [, m]) => s + m, 0);
  return [0, 1, 2].map((i) => parts.reduce((s, [c, m]) => s + c[i]! * m, 0) / total);
}

// How far (m) the centre of mass is ahead of the midpoint of the ankles, along facing f.
export function weightAheadOfAnkles(p: PersonPose, facing: number): number {
  const com = centreOfMass(p);
  const ankles = at(p.footL, p.footR, 0.5);
  return (com[0]! - ankles[0]!) * Math.cos(facing) - (com[2]! - ankles[2]!) * Math.sin(facing);
}

// A standing foot's sole reaches this far behind the ankle (the heel) and ahead of it (the toes), as
// shares of the person's height.
export const HEEL_SHARE = 0.04;
export const TOES_SHARE = 0.11;

// A person over a clip (sampled every 0.1 s) stands as a body can: the feet stay where they stood
// (both feet's drift summed, m) and the weight stays between heel and toes.
export function expectPlantedAndBalanced(track: ActorTrack, H: number, durationSec: number): void {
  const first = personPose(track, H, 0);
  for (let t = 0; t <= durationSec; t += 0.1) {
    const p = personPose(track, H, t);
    expect(dist(p.footL, first.footL) + dist(p.footR, first.footR)).toBeLessThan(0.002);
    const ahead = weightAheadOfAnkles(p, track.facing);
    expect(ahead).toBeGreaterThan(-HEEL_SHARE * H);
    expect(ahead).toBeLessThan(TOES_SHARE * H);
  }
}
