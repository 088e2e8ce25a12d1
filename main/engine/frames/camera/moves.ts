// How the camera moves over the clip, one entry per camera word: follow (the default: a tripod that
// pans, and moves along once the action leaves it behind), static (asked for: a tripod that only
// pans, wherever the action goes), tracking (the camera travels with its subject), orbit (a
// 50-degree arc round it), push in and pull out (dolly towards or away), handheld (travels like an
// operator on foot, with a slow breathing sway and small corrections).
import type { CameraPlan } from '../../../contract/scene-plan';
import { valueNoise } from '../shading/noise';

export interface CameraMove {
  // Extra azimuth (degrees) and a factor on the distance at progress u (0 at the start, 1 at the end).
  azimuthDeg(u: number): number;
  distanceScale(u: number): number;
  // The camera's position travels with its aim (dolly), or stays put and pans; one that stays put
  // moves along after all when the action travels further than a third of the frame, unless it is
  // held still (asked for a static camera).
  travels: boolean;
  held?: boolean;
  // Handheld sway at time t (seconds): offsets of the aim, as fractions of the frame height.
  sway?(t: number): [number, number];
}

const ease = (u: number): number => u * u * (3 - 2 * u);

export const CAMERA_MOVES: Record<CameraPlan['motion'], CameraMove> = {
  follow: { azimuthDeg: () => 0, distanceScale: () => 1, travels: false },
  static: { azimuthDeg: () => 0, distanceScale: () => 1, travels: false, held: true },
  track: { azimuthDeg: () => 0, distanceScale: () => 1, travels: true },
  orbit: { azimuthDeg: (u) => -25 + 50 * ease(u), distanceScale: () => 1, travels: true },
  push: { azimuthDeg: () => 0, distanceScale: (u) => 1.35 - 0.55 * ease(u), travels: true },
  pull: { azimuthDeg: () => 0, distanceScale: (u) => 0.8 + 0.7 * ease(u), travels: true },
  handheld: {
    azimuthDeg: () => 0,
    distanceScale: () => 1,
    travels: true,
    // Smooth noise at breathing and hand-correction rates: never a jump from one frame to the next.
    sway: (t) => [
      0.012 * (valueNoise(t * 0.6, 0.5, 301) - 0.5) + 0.005 * (valueNoise(t * 1.7, 3.5, 302) - 0.5),
      0.01 * (valueNoise(t * 0.5, 7.5, 303) - 0.5) + 0.004 * (valueNoise(t * 1.9, 9.5, 304) - 0.5),
    ],
  },
};
