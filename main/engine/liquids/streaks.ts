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
  const near = new FastNeighbours(now, before, fast);
  let any = false;
  for (const i of fast) {
    if (!near.has(i)) continue;
    for (let a = 0; a < 3; a++) back[3 * i + a] = before[3 * i + a]! - now[3 * i + a]!;
    any = true;
  }
  return any ? back : null;
}

// Whether another fast particle is within NEIGHBOUR_MOVES times a particle's own move of it. The
// fast particles by grid cell, the cells as wide as the median particle's reach (a cell sized by
// the longest move, as it once was, put a whole pour's stream in a few cells when one drop was
// flung far: 20k particles took half a second a frame); a particle whose reach spans more cells
// than there are fast particles compares with all of them instead.
class FastNeighbours {
  private readonly cellMm: number;
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly now: readonly number[], private readonly before: readonly number[], private readonly fast: readonly number[]) {
    const reaches = fast.map((i) => NEIGHBOUR_MOVES * moved(now, before, i)).sort((a, b) => a - b);
    this.cellMm = Math.max(1, reaches[Math.floor(reaches.length / 2)]!);
    for (const i of fast) {
      const k = this.key(this.cellOf(i, 0), this.cellOf(i, 1), this.cellOf(i, 2));
      const list = this.cells.get(k);
      if (list) list.push(i);
      else this.cells.set(k, [i]);
    }
  }

  has(i: number): boolean {
    const within = NEIGHBOUR_MOVES * moved(this.now, this.before, i);
    const span = Math.ceil(within / this.cellMm);
    if ((2 * span + 1) ** 3 > this.fast.length) return this.fast.some((j) => this.within(i, j, within));
    const cx = this.cellOf(i, 0), cy = this.cellOf(i, 1), cz = this.cellOf(i, 2);
    // Its own cell first: in a stream or a moving body of liquid the nearest are usually there.
    for (const j of this.cells.get(this.key(cx, cy, cz))!) if (this.within(i, j, within)) return true;
    for (let x = cx - span; x <= cx + span; x++) {
      for (let y = cy - span; y <= cy + span; y++) {
        for (let z = cz - span; z <= cz + span; z++) {
          for (const j of this.cells.get(this.key(x, y, z)) ?? []) if (this.within(i, j, within)) return true;
        }
      }
    }
    return false;
  }

  private cellOf(i: number, axis: number): number {
    return Math.floor(this.now[3 * i + axis]! / this.cellMm);
  }

  // Cells 1024 apart share a key (metres apart at a stream's sizes): harmless, as every
  // candidate's distance is checked.
  private key(x: number, y: number, z: number): number {
    return (x & 0x3ff) * 0x100000 + (y & 0x3ff) * 0x400 + (z & 0x3ff);
  }

  private within(i: number, j: number, within: number): boolean {
    if (j === i) return false;
    const { now } = this;
    const dx = now[3 * j]! - now[3 * i]!, dy = now[3 * j + 1]! - now[3 * i + 1]!, dz = now[3 * j + 2]! - now[3 * i + 2]!;
    // The squared distance settles all but a near tie, which the distance itself decides.
    const d2 = dx * dx + dy * dy + dz * dz, w2 = within * within;
    if (d2 > w2 * 1.000001) return false;
    if (d2 < w2 * 0.999999) return true;
    return Math.hypot(dx, dy, dz) <= within;
  }
}

function moved(now: readonly number[], before: readonly number[], i: number): number {
  return Math.hypot(before[3 * i]! - now[3 * i]!, before[3 * i + 1]! - now[3 * i + 1]!, before[3 * i + 2]! - now[3 * i + 2]!);
}
