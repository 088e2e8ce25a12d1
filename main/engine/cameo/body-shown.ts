// How much of a person their footage shows: all of them (head to feet), or down to where the frame's
// bottom edge cuts them (most webcam clips: from the waist or thighs up). A cut-off person's standing
// height is read from their head, which every clip shows: crown to chin is a fixed share of an adult's
// height (the skeleton's own proportions). The words the library and refusals use live here too.
import type { FrameStats } from '../../cameo/person-stats';
import { BODY } from '../body/skeleton';
import { median } from './median';

// Crown to chin over standing height (about 1 / 8; artists' 7.5 heads count the hair).
export const HEAD_OF_HEIGHT = BODY.headRadius * (1 + BODY.chinDown);

// A frame cuts the person when this share of its last row is opaque: a few stray pixels of a shoe
// on the bottom edge are not a cut.
const CUT_ROW_SHARE = 0.02;

export interface BodyShown {
  // True when the frame's bottom edge cuts through the person in most frames.
  cut: boolean;
  // The share of the standing body the footage shows, from the crown down: 1 head to feet.
  share: number;
}

// Where a standing person's parts are, as the share of their height from the crown down.
const SHOULDERS = 1 - BODY.hipHeight - BODY.spineToShoulders;
const WAIST = 1 - BODY.hipHeight;
const KNEES = 1 - (BODY.hipHeight - BODY.thigh);

// A person whose head cannot be measured (a hood, an arm over it) but who is cut off is taken to be
// shown from the waist up, the commonest webcam framing; the words say so.
const UNMEASURED_SHARE = WAIST;

export function bodyShown(frames: readonly FrameStats[], width: number): BodyShown {
  const seen = frames.filter((f) => f.bbox !== null);
  if (seen.length === 0) return { cut: false, share: 1 };
  const cutFrames = seen.filter((f) => (f.bottomPx ?? 0) >= CUT_ROW_SHARE * width);
  if (cutFrames.length * 2 <= seen.length) return { cut: false, share: 1 };
  const heads = cutFrames.flatMap((f) => (f.headPx ? [f.headPx] : []));
  if (heads.length * 2 <= cutFrames.length) return { cut: true, share: UNMEASURED_SHARE };
  const shown = median(cutFrames.map((f) => f.bbox![3] - f.bbox![1]));
  const standing = median(heads) / HEAD_OF_HEIGHT;
  return { cut: true, share: Math.round(Math.min(1, shown / standing) * 1000) / 1000 };
}

// "from the waist up": how the footage frames the person, for sentences.
export function shownWords(share: number): string {
  if (share >= 1) return 'head to feet';
  if (share < (SHOULDERS + WAIST) / 2) return 'from the chest up';
  if (share < (WAIST + KNEES) / 2) return 'from the waist up';
  if (share < KNEES) return 'from the thighs up';
  return 'from the knees up';
}
