// A falling stream is drawn as one column, not as beads: its particles fall apart from each other
// (each frame a particle of a tap's stream is a few spacings further on than the one behind it), so
// each particle of a stream is drawn along the way it came since the frame before, which reaches
// back to where the one behind it now is. A drop on its own (a drip, a splash's droplet) has no such
// neighbour and stays a drop.
import type { LiquidTrace } from '../../contract/world-trace-types';

// A particle streaks when it moved more than this many spacings since the frame before, and
// another streaking one is within this many times its own move (mm).
const FAST_SPACINGS = 1.5;
const NEIGHBOUR_MOVES = 1.5;

// Per particle listed at `frame`, the way back to where it was a frame before (mm, x y z), zero for
// one that does not streak; null when none does.
export function streaksAt(liquid: LiquidTrace, frame: number): Float32Array | null {
  const last = Math.min(frame, liquid.frames.length - 1);
  if (last < 1) return null;
  const now = liquid.frames[last]!, before = liquid.frames[last - 1]!;
  const n = Math.min(Math.floor(now.length / 3), Math.floor(before.length / 3));
  const fastMm = FAST_SPACINGS * liquid.spacingM * 1000;
  const fast: number[] = [];
  const back = new Float32Array(Math.floor(now.length / 3) * 3);
  for (let i = 0; i < n; i++) {
    const dx = before[3 * i]! - now[3 * i]!, dy = before[3 * i + 1]! - now[3 * i + 1]!, dz = before[3 * i + 2]! - now[3 * i + 2]!;
    if (dx * dx + dy * dy + dz * dz > fastMm * fastMm) fast.push(i);
  }
  if (fast.length < 2) return null;
  // Fast particles by grid cell as wide as the longest move looked for.
  let reach = 0;
  for (const i of fast) reach = Math.max(reach, NEIGHBOUR_MOVES * moved(now, before, i));
  const key = (x: number, y: number, z: number): string => `${Math.floor(x / reach)},${Math.floor(y / reach)},${Math.floor(z / reach)}`;
  const cells = new Map<string, number[]>();
  for (const i of fast) {
    const k = key(now[3 * i]!, now[3 * i + 1]!, now[3 * i + 2]!);
    const list = cells.get(k) ?? [];
    list.push(i);
    cells.set(k, list);
  }
  let any = false;
  for (const i of fast) {
    const m = moved(now, before, i);
    if (!hasNeighbour(now, i, NEIGHBOUR_MOVES * m, reach, cells)) continue;
    for (let a = 0; a < 3; a++) back[3 * i + a] = before[3 * i + a]! - now[3 * i + a]!;
    any = true;
  }
  return any ? back : null;
}

function moved(now: readonly number[], before: readonly number[], i: number): number {
  return Math.hypot(before[3 * i]! - now[3 * i]!, before[3 * i + 1]! - now[3 * i + 1]!, before[3 * i + 2]! - now[3 * i + 2]!);
}

// Whether another fast particle is within `within` mm of particle i (cells `reach` mm wide).
function hasNeighbour(now: readonly number[], i: number, within: number, reach: number, cells: Map<string, number[]>): boolean {
  const cx = Math.floor(now[3 * i]! / reach), cy = Math.floor(now[3 * i + 1]! / reach), cz = Math.floor(now[3 * i + 2]! / reach);
  for (let x = cx - 1; x <= cx + 1; x++) {
    for (let y = cy - 1; y <= cy + 1; y++) {
      for (let z = cz - 1; z <= cz + 1; z++) {
        for (const j of cells.get(`${x},${y},${z}`) ?? []) {
          if (j !== i && Math.hypot(now[3 * j]! - now[3 * i]!, now[3 * j + 1]! - now[3 * i + 1]!, now[3 * j + 2]! - now[3 * i + 2]!) <= within) return true;
        }
      }
    }
  }
  return false;
}
