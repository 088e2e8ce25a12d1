// Watches the shot ball in the full scene after its release, as a step hook: whether it scored,
// whether it reached the hoop at all, and when its outcome was settled. It keeps the scene running
// past the clip's end until then (the take's summary tells a miss after the clip), lets the ball
// meet people again once its flight is over, and adds the score event. What it has seen is saved
// with a take's states, so a continued take watches on from there.
import type { RigidBody } from '@dimforge/rapier3d-compat';
import type { TraceEvent, Vec3 } from '../../../contract/world-trace-types';
import { hoopGeometry } from '../../simulate/fixtures';
import type { StepHook, StepWorld } from '../../simulate/schedule-types';
import { ScoreTracker, type ScoreState } from './score';
import type { ShotSetup } from './shot-setup';

// Longest a shot's outcome may take after release before the simulation stops waiting for it.
const MAX_SHOT_WAIT_SEC = 3.5;

export interface ShotWatchState {
  score: ScoreState;
  decided: boolean;
  decidedAt: number | null;
  reachedHoop: boolean;
}

export class ShotWatch implements StepHook {
  score!: ScoreTracker;
  decided = false;
  decidedAt: number | null = null;
  reachedHoop = false;
  private body: RigidBody | null = null;
  private deadline = 0;
  private readonly rim: Vec3;
  private readonly rimRadius: number;

  constructor(readonly setup: ShotSetup) {
    const g = hoopGeometry(setup.hoop);
    this.rim = g.rimCenter;
    this.rimRadius = g.rimRadius;
    this.reset();
  }

  private reset(): void {
    this.score = new ScoreTracker(this.rim, this.rimRadius, this.setup.ball.size[0] ?? 0.12);
    this.decided = false;
    this.decidedAt = null;
    this.reachedHoop = false;
  }

  start(world: StepWorld): void {
    this.reset();
    this.body = world.bodyOf(this.setup.ball.id);
    this.deadline = this.setup.control.releaseStep + Math.ceil(MAX_SHOT_WAIT_SEC / world.dt);
  }

  afterStep(step: number, world: StepWorld): void {
    if (step < this.setup.control.releaseStep || this.decided || !this.body) return;
    // The flight is over: from now on the ball can bounce off people like anything else.
    if (this.update((step + 1) * world.dt, this.body)) world.collideWithPeople(this.setup.ball.id);
  }

  save(): ShotWatchState {
    return { score: this.score.save(), decided: this.decided, decidedAt: this.decidedAt, reachedHoop: this.reachedHoop };
  }

  resume(state: unknown, world: StepWorld): void {
    this.body = world.bodyOf(this.setup.ball.id);
    if (!state) return;
    const saved = state as ShotWatchState;
    this.score.load(saved.score);
    ({ decided: this.decided, decidedAt: this.decidedAt, reachedHoop: this.reachedHoop } = saved);
  }

  holdsOpen(step: number): boolean {
    return !this.decided && step < this.deadline;
  }

  finish(): TraceEvent[] {
    const s = this.score.scored;
    return s ? [{ kind: 'score', t: s.t, object: this.setup.ball.id, target: this.setup.hoop.id, position: s.position }] : [];
  }

  // Feed the ball after a step ending at t1; true on the step the outcome becomes settled.
  private update(t1: number, body: RigidBody): boolean {
    const tr = body.translation();
    const p: Vec3 = [tr.x, tr.y, tr.z];
    this.score.update(t1, p);
    if (Math.hypot(p[0] - this.rim[0], p[2] - this.rim[2]) < 1.2 && p[1] > this.rim[1] - 0.5) this.reachedHoop = true;
    if (!this.score.decided(p, body.linvel().y)) return false;
    this.decided = true;
    this.decidedAt = this.score.scored?.t ?? t1;
    return true;
  }
}
