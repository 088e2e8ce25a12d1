// How each shot size frames its subject, as a cinematographer's rules: the lens, how tightly the
// operator follows, and how much of the frame the subject fills. Wide: the whole action in frame,
// the main subject at least a quarter of the frame's height. Medium: the subject at least half of
// it (a person from the knees up). Close: a person's head and shoulders, or an object filling most
// of the frame. Frame heights are metres at the subject's distance.
import type { CameraPlan } from '../../../contract/scene-plan';

export interface ShotSize {
  fovDeg: number;
  // Time constant of the critically damped follow (seconds): tighter shots follow more closely.
  followSec: number;
  // Frame height for a person of height H (metres), for a ball of radius r, for anything else of size s.
  personField: (H: number) => number;
  ballField: (r: number) => number;
  otherField: (s: number) => number;
  // Wide shots fit everything in play between these frame heights (multiples of the subject's size).
  fit: { min: number; max: number } | null;
  // Where a person's eyes sit, as a fraction of the frame height from the top (headroom).
  eyeLine: number;
}

export const SHOT_SIZES: Record<CameraPlan['shot'], ShotSize> = {
  wide: {
    fovDeg: 40,
    followSec: 0.55,
    personField: (H) => 2.2 * H,
    ballField: (r) => Math.max(2.4, 30 * r),
    otherField: (s) => Math.max(3, 4 * s),
    fit: { min: 1.7, max: 3.8 },
    eyeLine: 0.3,
  },
  medium: {
    fovDeg: 36,
    followSec: 0.35,
    personField: (H) => 0.78 * H,
    ballField: (r) => Math.max(0.8, 12 * r),
    otherField: (s) => Math.max(1.2, 2 * s),
    fit: null,
    eyeLine: 0.24,
  },
  close: {
    fovDeg: 30,
    followSec: 0.22,
    personField: (H) => 0.3 * H,
    ballField: (r) => 2.9 * r,
    otherField: (s) => Math.max(0.4, 1.3 * s),
    fit: null,
    eyeLine: 0.36,
  },
};
