// A wave model of the surf zone (not a fluid): waves of height H come in as a swell, break where the
// water is shallow enough (depth = H / 0.78, McCowan's limit), run in as a bore whose height stays
// 0.78 of the depth and whose speed is the shallow-water celerity sqrt(g (h + H)), and at the water's
// edge collapse into a swash that runs up the sloping sand as a projectile slowed by gravity along
// the slope, stops, and draws back. Distances are from the still water's edge (offshore positive).
import { GRAVITY } from '../../physics/constants';
import { deriveSeed, mulberry32 } from '../../seeded-random';

const BREAKER_INDEX = 0.78;
// Slope of the sea floor under the surf, and of the sand the swash climbs (tan beta).
const SURF_SLOPE = 1 / 12;
const SAND_SLOPE = 0.08;
// The bore's height when it reaches the edge, as a share of the wave's (what is left to collapse).
const SHORE_BORE = 0.15;
// Backwash is slower than the uprush: the water soaks into the sand and drags on it.
const BACKWASH_SLOWER = 1.2;
// How fast a swell moves before it breaks (deep enough that it is the breaking depth's celerity).
const celerity = (depthM: number, heightM: number): number => Math.sqrt(GRAVITY * (depthM + heightM));

export interface Wave {
  heightM: number;
  // Along the shore (m, court frame s) where it breaks first (its crest is long; sound comes from here).
  alongM: number;
  breakSec: number;
  breakDistM: number;
  // When the bore reaches the still water's edge, and the swash up the sand and back.
  shoreSec: number;
  runupM: number;
  upSec: number;
  downSec: number;
}

export type WaveState =
  | { phase: 'swell' | 'bore'; distM: number; heightM: number }
  | { phase: 'swash' | 'backwash'; reachM: number }
  | { phase: 'gone' };

function makeWave(heightM: number, alongM: number, breakSec: number): Wave {
  const breakDepth = heightM / BREAKER_INDEX;
  const breakDistM = breakDepth / SURF_SLOPE;
  // dd/dt = -sqrt(g s (1 + 0.78) d) integrates to sqrt(d) falling linearly.
  const k = Math.sqrt(GRAVITY * SURF_SLOPE * (1 + BREAKER_INDEX)) / 2;
  const shoreSec = breakSec + Math.sqrt(breakDistM) / k;
  const u0 = 2 * Math.sqrt(GRAVITY * SHORE_BORE * heightM);
  const decel = (GRAVITY * SAND_SLOPE) / Math.sqrt(1 + SAND_SLOPE ** 2);
  return { heightM, alongM, breakSec, breakDistM, shoreSec, runupM: (u0 * u0) / (2 * decel), upSec: u0 / decel, downSec: (BACKWASH_SLOWER * u0) / decel };
}

// The waves that matter to a clip of durationSec: wind-sea periods of 4.5-6.5 s, heights of
// 0.5-0.9 m, starting with one already running in when the clip starts.
export function waveTrain(seed: number, durationSec: number): Wave[] {
  const rand = mulberry32(deriveSeed(seed, 'surf'));
  const out: Wave[] = [];
  let t = -rand.uniform(3, 6);
  while (t < durationSec + 1) {
    out.push(makeWave(rand.uniform(0.5, 0.9), rand.uniform(-6, 6), t));
    t += rand.uniform(4.5, 6.5);
  }
  return out.filter((w) => w.shoreSec + w.upSec + w.downSec > 0);
}

export function waveState(w: Wave, t: number): WaveState {
  if (t < w.breakSec) {
    const distM = w.breakDistM + celerity(w.heightM / BREAKER_INDEX, w.heightM) * (w.breakSec - t);
    // Shoaling: a swell grows as the water gets shallower (Green's law, H ~ h^-1/4).
    return { phase: 'swell', distM, heightM: w.heightM * (w.breakDistM / distM) ** 0.25 };
  }
  if (t < w.shoreSec) {
    const u = (t - w.breakSec) / (w.shoreSec - w.breakSec);
    const distM = w.breakDistM * (1 - u) ** 2;
    return { phase: 'bore', distM, heightM: Math.max(SHORE_BORE * w.heightM, BREAKER_INDEX * SURF_SLOPE * distM) };
  }
  const up = t - w.shoreSec;
  if (up < w.upSec) {
    const v = (2 * w.runupM) / w.upSec;
    return { phase: 'swash', reachM: v * up - (v / (2 * w.upSec)) * up * up };
  }
  const down = up - w.upSec;
  if (down < w.downSec) return { phase: 'backwash', reachM: w.runupM * (1 - (down / w.downSec) ** 2) };
  return { phase: 'gone' };
}

// How far up the sand the water reaches at t (m from the still edge; the farthest of the waves).
export function waterReach(waves: readonly Wave[], t: number): number {
  let reach = 0;
  for (const w of waves) {
    const s = waveState(w, t);
    if (s.phase === 'swash' || s.phase === 'backwash') reach = Math.max(reach, s.reachM);
  }
  return reach;
}
