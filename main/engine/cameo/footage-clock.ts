// Which moment of a cameo's footage plays at a moment of the clip: the footage starts with the clip
// and loops when it is shorter (a still photo holds); a longer one is trimmed at the clip's end. The
// picture and the sound both ask this clock, so the person's lips and voice can never drift apart.

export interface FootageClock {
  // What it was made from (footage frames in one pass, their rate): a frame worker rebuilds it from these.
  readonly frameCount: number;
  readonly fps: number;
  // Length of one pass of the footage (seconds); 0 for a still.
  readonly durationSec: number;
  // Footage time at clip time t.
  footageSec(t: number): number;
  // Footage frame index at clip time t.
  frameAt(t: number): number;
}

export function footageClock(frameCount: number, fps: number): FootageClock {
  const still = frameCount <= 1 || !(fps > 0);
  const durationSec = still ? 0 : frameCount / fps;
  const footageSec = (t: number): number => (still ? 0 : ((t % durationSec) + durationSec) % durationSec);
  return {
    frameCount,
    fps,
    durationSec,
    footageSec,
    // A hair of slack so a frame time computed as k / fps never lands on frame k - 1.
    frameAt: (t) => (still ? 0 : Math.min(frameCount - 1, Math.floor(footageSec(t) * fps + 1e-6))),
  };
}

// How many footage frames a clip of this length shows (all of them once it loops).
export function framesNeeded(frameCount: number, fps: number, clipSec: number): number {
  if (frameCount <= 1 || !(fps > 0)) return Math.min(frameCount, 1);
  return Math.min(frameCount, Math.ceil(clipSec * fps) + 1);
}
