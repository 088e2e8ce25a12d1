// Decides, from the ball's path alone, whether it went through the hoop: its centre must cross the
// rim's plane downwards inside the ring, and then keep falling until the whole ball is below the
// rim. A ball that dips in and pops back out ("in and out") is not a score.
import type { Vec3 } from '../../../contract/world-trace-types';

export interface ScoreCrossing {
  t: number;
  position: Vec3;
}

// What the tracker remembers, as plain data (a continued simulation restores it).
export interface ScoreState {
  entered: ScoreCrossing | null;
  prev: Vec3 | null;
  prevT: number;
  scored: ScoreCrossing | null;
}

export class ScoreTracker {
  private entered: ScoreCrossing | null = null;
  private prev: Vec3 | null = null;
  private prevT = 0;
  scored: ScoreCrossing | null = null;

  constructor(
    private readonly rimCenter: Vec3,
    private readonly rimRadius: number,
    private readonly ballRadius: number,
  ) {}

  // Feed the ball centre after every step.
  update(t: number, p: Vec3): void {
    const prev = this.prev;
    const prevT = this.prevT;
    this.prev = p;
    this.prevT = t;
    if (this.scored || !prev) return;
    const rimY = this.rimCenter[1];
    if (prev[1] >= rimY && p[1] < rimY) {
      const u = (prev[1] - rimY) / (prev[1] - p[1]);
      const x = prev[0] + (p[0] - prev[0]) * u;
      const z = prev[2] + (p[2] - prev[2]) * u;
      if (Math.hypot(x - this.rimCenter[0], z - this.rimCenter[2]) < this.rimRadius) {
        this.entered = { t: prevT + (t - prevT) * u, position: [x, rimY, z] };
      }
    }
    if (this.entered && p[1] > rimY + 0.01) this.entered = null;
    // Through the ring with room to spare: the top of the ball is below the rim.
    if (this.entered && p[1] < rimY - this.ballRadius - 0.05) this.scored = this.entered;
  }

  save(): ScoreState {
    return { entered: this.entered, prev: this.prev, prevT: this.prevT, scored: this.scored };
  }

  load(state: ScoreState): void {
    ({ entered: this.entered, prev: this.prev, prevT: this.prevT, scored: this.scored } = state);
  }

  // True once the ball can no longer score: it is falling well below the rim outside the ring (a
  // floor bounce can never carry it back up to rim height).
  decided(p: Vec3, vy: number): boolean {
    if (this.scored) return true;
    return !this.entered && vy < 0 && p[1] < this.rimCenter[1] - 0.6;
  }
}
