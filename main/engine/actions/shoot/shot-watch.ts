// Watches the shot ball in the full scene after its release: whether it scored, whether it reached
// the hoop at all, and when its outcome was settled.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { Vec3 } from '../../../contract/world-trace-types';
import { hoopGeometry } from '../../simulate/fixtures';
import type { ShotSetup } from '../../simulate/schedule-types';
import { ScoreTracker, type ScoreState } from './score';

export interface ShotWatchState {
  score: ScoreState;
  decided: boolean;
  decidedAt: number | null;
  reachedHoop: boolean;
}

export class ShotWatch {
  readonly score: ScoreTracker;
  private readonly rim: Vec3;
  decided = false;
  decidedAt: number | null = null;
  reachedHoop = false;

  constructor(
    readonly setup: ShotSetup,
    public body: RigidBody,
  ) {
    const g = hoopGeometry(setup.hoop);
    this.rim = g.rimCenter;
    this.score = new ScoreTracker(g.rimCenter, g.rimRadius, setup.ball.size[0] ?? 0.12);
  }

  save(): ShotWatchState {
    return { score: this.score.save(), decided: this.decided, decidedAt: this.decidedAt, reachedHoop: this.reachedHoop };
  }

  load(state: ShotWatchState): void {
    this.score.load(state.score);
    ({ decided: this.decided, decidedAt: this.decidedAt, reachedHoop: this.reachedHoop } = state);
  }

  // Feed the ball after a step ending at t1; true on the step the outcome becomes settled.
  update(t1: number): boolean {
    if (this.decided) return false;
    const tr = this.body.translation();
    const p: Vec3 = [tr.x, tr.y, tr.z];
    this.score.update(t1, p);
    if (Math.hypot(p[0] - this.rim[0], p[2] - this.rim[2]) < 1.2 && p[1] > this.rim[1] - 0.5) this.reachedHoop = true;
    if (!this.score.decided(p, this.body.linvel().y)) return false;
    this.decided = true;
    this.decidedAt = this.score.scored?.t ?? t1;
    return true;
  }
}
