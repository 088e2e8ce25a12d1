// The files of one cameo, inside its own folder in the library (<home>/cameos/<id>/). The scene
// engine reads these: the alpha video (per-frame RGBA, original sound), and frames.json (the
// person's box in every frame, to place and scale the card at the cameo's real height).
import type { FrameStats } from './person-stats';

export const CAMEO_FILES = {
  // The imported file as it came, with its own extension appended (source.mp4, source.png...).
  sourceStem: 'source',
  matte: 'matte.webm',
  poster: 'poster.png',
  frames: 'frames.json',
} as const;

export interface CameoFramesFile {
  version: 1;
  fps: number;
  width: number;
  height: number;
  frames: FrameStats[];
}
