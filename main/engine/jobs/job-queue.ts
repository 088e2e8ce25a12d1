// Runs jobs one at a time in arrival order (a generation already keeps both cores busy: one renders,
// ffmpeg encodes on the other). Each job gets an AbortSignal; cancelling a queued job just drops it.
export type JobTask = (signal: AbortSignal) => Promise<void>;

interface Entry {
  id: string;
  task: JobTask;
  controller: AbortController;
}

export class JobQueue {
  private readonly waiting: Entry[] = [];
  private running: Entry | null = null;
  private idle: Promise<void> = Promise.resolve();
  private resolveIdle: (() => void) | null = null;

  enqueue(id: string, task: JobTask): void {
    this.waiting.push({ id, task, controller: new AbortController() });
    if (!this.resolveIdle) this.idle = new Promise((resolve) => (this.resolveIdle = resolve));
    void this.pump();
  }

  // Returns 'dropped' for a job that had not started, 'aborting' for a running one, null if unknown.
  cancel(id: string): 'dropped' | 'aborting' | null {
    const index = this.waiting.findIndex((e) => e.id === id);
    if (index >= 0) {
      this.waiting.splice(index, 1);
      return 'dropped';
    }
    if (this.running?.id === id) {
      this.running.controller.abort();
      return 'aborting';
    }
    return null;
  }

  cancelAll(): void {
    this.waiting.length = 0;
    this.running?.controller.abort();
  }

  // Jobs accepted but not started yet.
  waitingCount(): number {
    return this.waiting.length;
  }

  has(id: string): boolean {
    return this.running?.id === id || this.waiting.some((e) => e.id === id);
  }

  // Resolves when nothing is queued or running.
  whenIdle(): Promise<void> {
    return this.idle;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    const next = this.waiting.shift();
    if (!next) {
      this.resolveIdle?.();
      this.resolveIdle = null;
      return;
    }
    this.running = next;
    try {
      // Tasks report their own failures; the queue only keeps going.
      await next.task(next.controller.signal);
    } catch (error) {
      console.error('A job task threw past its own handler:', error);
    } finally {
      this.running = null;
      void this.pump();
    }
  }
}
