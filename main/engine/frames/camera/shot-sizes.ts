// How each shot size frames its subject: the lens, how tightly it follows, and how much of the
// subject (in metres of frame height) it shows.
import type { CameraPlan } from '../../../contract/scene-plan';

export interface ShotSize {
  fovDeg: number;
  // Zero-phase smoothing of the subject's path (seconds); tighter shots follow more closely.
  smoothingSec: number;
  // Frame height around a person, around a ball of radius r, and around anything else (metres).
  personField: number;
  ballField: (r: number) => number;
  otherField: number;
  // People are framed by the neck and head (close) or the pelvis and chest.
  personAim: 'head' | 'body';
}

export const SHOT_SIZES: Record<CameraPlan['shot'], ShotSize> = {
  wide: { fovDeg: 40, smoothingSec: 0.5, personField: 2.5, ballField: (r) => Math.min(Math.max(22 * r, 1.2), 2.6), otherField: 3.5, personAim: 'body' },
  medium: { fovDeg: 40, smoothingSec: 0.22, personField: 2.5, ballField: (r) => Math.min(Math.max(22 * r, 1.2), 2.6), otherField: 3.5, personAim: 'body' },
  close: { fovDeg: 35, smoothingSec: 0.1, personField: 0.85, ballField: (r) => Math.max(0.5, 10 * r), otherField: 1.4, personAim: 'head' },
};

// A wide shot that tracks glides a little less than a locked-off one.
export const WIDE_TRACKING_SMOOTHING_SEC = 0.3;
