// The files in a take's folder (media/<take>/), named once.
import path from 'node:path';

export const TAKE_FILES = {
  video: 'clip.mp4',
  filmstrip: 'filmstrip.jpg',
  peaks: 'peaks.json',
  // The lossless sound master: a regenerated range keeps its samples before the join exactly.
  sound: 'audio.wav',
  // The physics states a range or an extension continues from.
  states: 'states.bin',
  // The camera at every frame and the room's footprint, for a take that continues this one.
  view: 'view.json',
} as const;

export type TakeFile = keyof typeof TAKE_FILES;

export function takeFile(takeDir: string, file: TakeFile): string {
  return path.join(takeDir, TAKE_FILES[file]);
}
