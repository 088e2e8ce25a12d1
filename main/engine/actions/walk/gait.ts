// How people walk and run: step length and cadence as fractions of height (adult averages: a 1.75 m
// person walks ~0.72 m steps at ~1.9 steps a second, about 1.4 m/s; runs ~1.3 m steps at ~2.9 a
// second, about 3.8 m/s), how long a foot stays on the ground, and how high it clears it.
import type { ActorTrack } from '../../../contract/world-trace-types';

export type Gait = 'walk' | 'run';

export interface GaitSpec {
  stepOfHeight: number;
  stepsPerSec: number;
  // How long a foot stands on the ground, in step periods (over 1: both feet down for a moment, as
  // in walking; under 1: a moment with both feet in the air, as in running).
  stance: number;
  clearanceOfHeight: number;
  lean: number;
}

export const GAITS: Record<Gait, GaitSpec> = {
  walk: { stepOfHeight: 0.41, stepsPerSec: 1.9, stance: 1.2, clearanceOfHeight: 0.035, lean: 0.05 },
  run: { stepOfHeight: 0.75, stepsPerSec: 2.9, stance: 0.7, clearanceOfHeight: 0.09, lean: 0.2 },
};

export const gaitOf = (track: Pick<ActorTrack, 'animation'>): Gait => (track.animation === 'run' ? 'run' : 'walk');

export const speedOf = (gait: Gait, heightM: number): number => GAITS[gait].stepOfHeight * heightM * GAITS[gait].stepsPerSec;

// Where each landing puts its foot along the path (metres from the start): step k lands k steps on;
// the last landing brings the trailing foot beside the leading one.
export function landingsOf(track: Pick<ActorTrack, 'beats' | 'stepM'>): { t: number; x: number; foot: 'footR' | 'footL' }[] {
  const beats = track.beats ?? [];
  const step = track.stepM ?? 0.7;
  const last = beats.length - 1;
  return beats.map((t, k) => ({ t, x: (k === last && k > 0 ? k : k + 1) * step, foot: k % 2 === 0 ? 'footR' : 'footL' }));
}
