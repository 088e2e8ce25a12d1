// A cameo's footage as the scene engine uses it: the matted frames the clip shows (cut to the box
// around the person), where the feet are in each, how tall the person is in pixels, the recorded
// sound, and the clock that says which moment plays when.
import type { FootageClock } from './footage-clock';

export interface CameoSound {
  sampleRate: number;
  left: Float32Array;
  right: Float32Array;
}

export interface CameoFootage {
  cameoId: string;
  // Texture size of every frame (pixels).
  width: number;
  height: number;
  // Straight (not premultiplied) RGBA, row 0 at the top; as many as the clip shows.
  frames: Uint8Array[];
  // Per frame, the point between the feet in texture pixels: x at the person's centre, y at the
  // bottom of their box (two numbers a frame), smoothed so a swinging arm does not shake the card.
  anchors: Float32Array;
  // The person's standing height in texture pixels: their real height over this is the card's scale.
  heightPx: number;
  // Which way the person moves across their own footage: 1 to the right, -1 to the left, 0 in place.
  // A card walking the other way in the scene shows the footage mirrored, so no one moonwalks.
  travel: -1 | 0 | 1;
  clock: FootageClock;
  sound: CameoSound | null;
}

// What the worker is handed for each cameo a plan uses: where its files are.
export interface CameoSource {
  id: string;
  name: string;
  folder: string;
  hasAudio: boolean;
}
