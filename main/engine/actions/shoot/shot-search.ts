// The shot's search, as the simulator sees it: before each full run, the planner's next candidate
// launch that matched in its small world becomes the held ball's launch; after the run, the full
// scene has the final word (other bodies can change a flight the planner predicted).
import type { SceneRun, SceneSearch, SearchEnv } from '../../simulate/schedule-types';
import type { Impact } from '../../simulate/contacts';
import { MAX_SHOT_ATTEMPTS, matchesIntent, ShotPlanner, type Launch } from './shot-planner';
import type { ShotSetup } from './shot-setup';
import type { ShotWatch } from './shot-watch';

// Impacts between a ball and one part (rim, board...) of anything.
export function countParts(impacts: readonly Impact[], ballId: string, part: Impact['firstPart']): number {
  return impacts.filter((i) => (i.event.a === ballId && i.secondPart === part) || (i.event.b === ballId && i.firstPart === part)).length;
}

export class ShotSearch implements SceneSearch {
  private planner: ShotPlanner | null = null;
  private from = 0;
  attempts = 0;
  exhausted = false;

  constructor(
    private readonly setup: ShotSetup,
    private readonly watch: ShotWatch,
  ) {}

  get decidesAtStep(): number {
    return this.setup.control.releaseStep;
  }

  chosen(): Launch | null {
    const { velocity, angvel } = this.setup.control;
    return velocity ? { velocity, angvel } : null;
  }

  // A launch a take ran with (a continued take keeps its parent's shot once it has left the hands).
  replay(choice: unknown): void {
    const launch = choice as Launch | null;
    if (!launch) return;
    this.setup.control.velocity = launch.velocity;
    this.setup.control.angvel = launch.angvel;
  }

  async next(env: SearchEnv, signal: AbortSignal | undefined, onProgress: (fraction: number) => void): Promise<void> {
    this.planner ??= new ShotPlanner(env.R, this.setup, env.ground, env.dt, env.seed);
    const choice = await this.planner.search(this.from, signal, onProgress);
    this.attempts = choice.index + 1;
    this.from = choice.index + 1;
    // A candidate that did not match even in the small world is the best there is: stop after it.
    this.exhausted = !choice.matched || this.attempts >= MAX_SHOT_ATTEMPTS;
    this.setup.control.velocity = choice.launch.velocity;
    this.setup.control.angvel = choice.launch.angvel;
  }

  accepts(run: SceneRun): boolean {
    const ball = this.setup.ball.id;
    return matchesIntent(this.setup.action, {
      scored: this.watch.score.scored !== null,
      rimContacts: countParts(run.impacts, ball, 'rim'),
      boardContacts: countParts(run.impacts, ball, 'board'),
    });
  }
}
