// What the washes leave on the sand, from the same wave model (waves.ts): the sand is wet up to where
// the last washes reached (it takes minutes to dry, so the wet band's edge is the run-up's high mark,
// not the water's edge now), and for a second or two after the sheet slides back a film of water
// stays on it, glossy enough to mirror the sky. Distances are metres up the sand from the still
// water's edge.
import { waterReach, type Wave } from './waves';

export interface WashMarks {
  // How far up the sand the water is now.
  reachM: number;
  // Where the washes so far reached: the wet band's edge.
  wetM: number;
  // The furthest the latest wash reached, how long ago its sheet began to slide back from there (s)
  // and how long its backwash takes: the film where the sheet left a point is that much younger.
  sheenM: number;
  backSec: number;
  downSec: number;
}

// The washes before the clip left their mark too: about as high as the clip's own waves reach.
const EARLIER_WASHES = 0.85;

export function washMarks(waves: readonly Wave[], t: number): WashMarks {
  const mean = waves.reduce((sum, w) => sum + w.runupM, 0) / Math.max(1, waves.length);
  const marks: WashMarks = { reachM: waterReach(waves, t), wetM: EARLIER_WASHES * mean, sheenM: 0, backSec: Infinity, downSec: 1 };
  for (const w of waves) {
    if (t < w.shoreSec) continue;
    const backFrom = w.shoreSec + w.upSec;
    // Still running up: its mark is where its front is now.
    marks.wetM = Math.max(marks.wetM, t < backFrom ? marks.reachM : w.runupM);
    if (t >= backFrom && t - backFrom < marks.backSec) {
      marks.sheenM = w.runupM; marks.backSec = t - backFrom; marks.downSec = w.downSec;
    }
  }
  return marks;
}
