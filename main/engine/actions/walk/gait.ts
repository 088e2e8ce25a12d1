// How people walk and run: step length and cadence as fractions of height (adult averages: a 1.75 m
// person walks ~0.72 m steps at ~1.9 steps a second, about 1.4 m/s; runs ~1.3 m steps at ~2.9 a
// second, about 3.8 m/s), how long a foot stays on the ground, and how high it clears it; and where
// each landing puts a foot, including turning round on the spot.
import type { ActorTrack } from '../../../contract/world-trace-types';
import { ELDERLY_GAIT, isElderly } from '../../body/elderly';

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

// Turning round on the spot takes three landings, each this long (seconds).
export const TURN_STEP_SEC = 0.45;

export const gaitOf = (track: Pick<ActorTrack, 'animation'>): Gait => (track.animation === 'run' ? 'run' : 'walk');

// The gait as this person walks it: an old person's steps are shorter and slower (body/elderly.ts).
export function gaitFor(gait: Gait, person: { label: string }): GaitSpec {
  const spec = GAITS[gait];
  if (!isElderly(person.label)) return spec;
  return { ...spec, stepOfHeight: spec.stepOfHeight * ELDERLY_GAIT.stepScale, stepsPerSec: spec.stepsPerSec * ELDERLY_GAIT.cadenceScale };
}

export const speedOf = (spec: GaitSpec, heightM: number): number => spec.stepOfHeight * heightM * spec.stepsPerSec;

// The time from one landing to the next, from the track's own beats (an old person's are slower
// than the gait's usual cadence), else the gait's.
export function stepPeriodOf(track: Pick<ActorTrack, 'beats'>, spec: GaitSpec): number {
  const b = track.beats ?? [];
  return b.length >= 2 ? b[1]! - b[0]! : 1 / spec.stepsPerSec;
}

export interface Landing {
  t: number;
  // Along the path from the start (metres), and which side of it (+1 right of the way out, -1 left,
  // 0 on the line).
  x: number;
  side: -1 | 0 | 1;
  foot: 'footR' | 'footL';
  // The body's heading when this foot is down: 0 going out, 1 coming back.
  back: boolean;
}

type Track = Pick<ActorTrack, 'beats' | 'stepM' | 'turnAfter'>;

function landingAt(k: number, last: number, step: number, turn: number | undefined): Omit<Landing, 't'> {
  const foot = k % 2 === 0 ? 'footR' : 'footL';
  const outSide = foot === 'footR' ? 1 : -1;
  const closing = (i: number): boolean => i === last && i > 0;
  if (turn === undefined || k <= turn) {
    const together = k === turn || (turn === undefined && closing(k));
    return { x: (together ? k : k + 1) * step, side: outSide, foot, back: false };
  }
  const X = turn * step;
  // Turning: the first foot steps to the middle, the other to its far side, the first to its far side.
  if (k === turn + 1) return { x: X, side: 0, foot, back: false };
  if (k <= turn + 3) return { x: X, side: -outSide as -1 | 1, foot, back: true };
  const j = k - (turn + 3);
  return { x: X - (closing(k) ? j - 1 : j) * step, side: -outSide as -1 | 1, foot, back: true };
}

// Where each landing puts its foot: going out, step k lands k+1 steps on; the last landing (or the
// one before a turn) brings the trailing foot beside the leading one; after a turn, steps go back.
export function landingsOf(track: Track): Landing[] {
  const beats = track.beats ?? [];
  const step = track.stepM ?? 0.7;
  return beats.map((t, k) => ({ t, ...landingAt(k, beats.length - 1, step, track.turnAfter) }));
}
