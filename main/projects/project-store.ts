// One project: a folder holding project.kinora (SQLite) and media/. Every edit is one transaction;
// there is no in-memory state that could be "unsaved".
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../contract/api';
import type { Clip, Job, JobStatus, ProjectState, ProjectSummary, Take } from '../contract/model';
import { understandingSchema } from '../contract/understanding';
import type { ScenePlan } from '../contract/scene-plan';
import type { WorldTrace } from '../contract/world-trace';
import { openDatabase, type Db } from '../db/open-database';
import { historyStatus, recordEdit, redo, undo } from './history';
import { acquireProjectLock } from './project-lock';
import { readTimeline } from './timeline-snapshot';

export const PROJECT_FILE = 'project.kinora';
export const MEDIA_DIR = 'media';

export interface NewTake {
  id: string;
  prompt: string;
  seed: number;
  parentTakeId: string | null;
  plan: ScenePlan;
  trace: WorldTrace;
  videoPath: string;
  filmstripPath: string;
  filmstripFrames: number;
  peaksPath: string;
}

export interface NewJob {
  prompt: string;
  seed: number;
  clipId: string | null;
  parentTakeId: string | null;
  durationSec: number | null;
}

export interface JobRow {
  id: string;
  prompt: string;
  seed: number;
  clip_id: string | null;
  parent_take_id: string | null;
  duration_sec: number | null;
  status: JobStatus;
  progress: number;
  stage: string;
  error: string | null;
  take_id: string | null;
  created_at: string;
}

interface TakeRow {
  id: string;
  prompt: string;
  seed: number;
  parent_take_id: string | null;
  duration_sec: number;
  width: number;
  height: number;
  fps: number;
  video_path: string;
  filmstrip_path: string;
  filmstrip_frames: number;
  peaks_path: string;
  outcome: string;
  created_at: string;
  // Selected with SELECT *; the plan carries the take's understanding.
  plan_json?: string;
}

export function newId(): string {
  return randomUUID();
}

export class ProjectStore {
  private constructor(
    readonly dir: string,
    private readonly db: Db,
    private readonly releaseLock: () => void,
  ) {}

  static create(dir: string, name: string): ProjectStore {
    if (existsSync(path.join(dir, PROJECT_FILE))) {
      throw new ApiError('invalid_input', `A project already exists in ${dir}.`);
    }
    mkdirSync(path.join(dir, MEDIA_DIR), { recursive: true });
    const store = ProjectStore.attach(dir);
    const now = new Date().toISOString();
    const setMeta = store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    store.db.transaction(() => {
      setMeta.run('id', newId());
      setMeta.run('name', name);
      setMeta.run('created_at', now);
      setMeta.run('updated_at', now);
    })();
    return store;
  }

  static open(dir: string): ProjectStore {
    const file = path.join(dir, PROJECT_FILE);
    if (!existsSync(file)) throw new ApiError('not_found', `No Kinora project was found in ${dir}.`);
    const store = ProjectStore.attach(dir);
    // A job that was running when the app last stopped cannot resume; say so instead of spinning forever.
    store.db
      .prepare("UPDATE jobs SET status = 'interrupted', error = 'The app closed while this job was running.', finished_at = ? WHERE status IN ('queued', 'running')")
      .run(new Date().toISOString());
    store.sweepOrphanMedia();
    return store;
  }

  // Takes the project's lock, then opens its database (releasing the lock again if that fails).
  private static attach(dir: string): ProjectStore {
    const release = acquireProjectLock(dir);
    try {
      return new ProjectStore(dir, openDatabase(path.join(dir, PROJECT_FILE)), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  close(): void {
    this.db.close();
    this.releaseLock();
  }

  get id(): string {
    return this.meta('id');
  }

  assignNewId(): void {
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'id'").run(newId());
  }

  summary(): ProjectSummary {
    return { id: this.id, name: this.meta('name'), path: this.dir, updatedAt: this.meta('updated_at') };
  }

  state(): ProjectState {
    const revision = this.db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string } | undefined;
    const takes = this.db.prepare('SELECT * FROM takes ORDER BY created_at').all() as TakeRow[];
    return {
      project: this.summary(),
      revision: revision ? Number(revision.value) : 0,
      clips: this.clips(takes),
      takes: takes.map(toTake),
      jobs: this.recentJobs().map(toJob),
      history: historyStatus(this.db),
    };
  }

  takeRecord(takeId: string): { take: Take; plan: ScenePlan; trace: WorldTrace } {
    const row = this.db.prepare('SELECT * FROM takes WHERE id = ?').get(takeId) as (TakeRow & { plan_json: string; trace_json: string }) | undefined;
    if (!row) throw new ApiError('not_found', 'That take no longer exists.');
    return { take: toTake(row), plan: JSON.parse(row.plan_json) as ScenePlan, trace: JSON.parse(row.trace_json) as WorldTrace };
  }

  clip(clipId: string): Clip {
    const clip = this.clips().find((c) => c.id === clipId);
    if (!clip) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
    return clip;
  }

  // Stores a finished take and puts it on the timeline (a new clip at the end, or as the shown take
  // of an existing clip) in one transaction, as one undoable step.
  addTake(take: NewTake, clipId: string | null): void {
    const { plan } = take;
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO takes (id, prompt, seed, parent_take_id, plan_json, trace_json, duration_sec, width, height, fps,
             video_path, filmstrip_path, filmstrip_frames, peaks_path, outcome, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          take.id, take.prompt, take.seed, take.parentTakeId, JSON.stringify(plan), JSON.stringify(take.trace),
          plan.format.durationSec, plan.format.width, plan.format.height, plan.format.fps,
          take.videoPath, take.filmstripPath, take.filmstripFrames, take.peaksPath, take.trace.outcome.summary, now,
        );
      const existing = clipId === null ? undefined : readTimeline(this.db).find((c) => c.id === clipId);
      if (existing) {
        this.linkTake(existing.id, take.id);
        recordEdit(this.db, 'Regenerate clip', () => {
          this.db.prepare('UPDATE clips SET take_id = ? WHERE id = ?').run(take.id, existing.id);
        });
      } else {
        // Appending also covers a regenerated clip that was deleted while its job ran: nothing is lost.
        const id = newId();
        this.linkTake(id, take.id);
        recordEdit(this.db, 'Add clip', () => {
          const next = this.db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS p FROM clips').get() as { p: number };
          this.db.prepare('INSERT INTO clips (id, position, take_id, created_at) VALUES (?, ?, ?, ?)').run(id, next.p, take.id, now);
        });
      }
      this.touch();
    })();
  }

  selectTake(clipId: string, takeId: string): void {
    this.db.transaction(() => {
      const clip = this.clip(clipId);
      if (!clip.takeIds.includes(takeId)) throw new ApiError('not_found', 'That take does not belong to this clip.');
      if (clip.takeId === takeId) return;
      recordEdit(this.db, 'Switch take', () => {
        this.db.prepare('UPDATE clips SET take_id = ? WHERE id = ?').run(takeId, clipId);
      });
      this.touch();
    })();
  }

  deleteClip(clipId: string): void {
    this.db.transaction(() => {
      this.clip(clipId);
      recordEdit(this.db, 'Delete clip', () => {
        this.db.prepare('DELETE FROM clips WHERE id = ?').run(clipId);
        this.renumber(readTimeline(this.db).map((c) => c.id));
      });
      this.touch();
    })();
  }

  moveClip(clipId: string, position: number): void {
    this.db.transaction(() => {
      this.clip(clipId);
      const order = readTimeline(this.db).map((c) => c.id).filter((id) => id !== clipId);
      order.splice(Math.min(position, order.length), 0, clipId);
      recordEdit(this.db, 'Move clip', () => this.renumber(order));
      this.touch();
    })();
  }

  undo(): void {
    this.db.transaction(() => {
      if (undo(this.db)) this.touch();
    })();
  }

  redo(): void {
    this.db.transaction(() => {
      if (redo(this.db)) this.touch();
    })();
  }

  insertJob(job: NewJob): JobRow {
    const id = newId();
    this.db
      .prepare(
        `INSERT INTO jobs (id, prompt, seed, clip_id, parent_take_id, duration_sec, status, progress, stage, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, 'Waiting to start', ?)`,
      )
      .run(id, job.prompt, job.seed, job.clipId, job.parentTakeId, job.durationSec, new Date().toISOString());
    return this.job(id);
  }

  updateJob(id: string, patch: { status?: JobStatus; progress?: number; stage?: string; error?: string | null; takeId?: string }): JobRow {
    const current = this.job(id);
    const status = patch.status ?? current.status;
    const finished = ['done', 'failed', 'cancelled', 'interrupted'].includes(status) ? new Date().toISOString() : null;
    this.db
      .prepare('UPDATE jobs SET status = ?, progress = ?, stage = ?, error = ?, take_id = ?, finished_at = COALESCE(finished_at, ?) WHERE id = ?')
      .run(
        status,
        patch.progress ?? current.progress,
        patch.stage ?? current.stage,
        patch.error === undefined ? current.error : patch.error,
        patch.takeId ?? current.take_id,
        finished,
        id,
      );
    return this.job(id);
  }

  job(id: string): JobRow {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    if (!row) throw new ApiError('not_found', 'That job does not exist.');
    return row;
  }

  // Media folders no take points at are leftovers of a generation the app did not live to finish
  // (a finished take's folder is only ever referenced after its files are complete).
  private sweepOrphanMedia(): void {
    const media = path.join(this.dir, MEDIA_DIR);
    if (!existsSync(media)) return;
    const known = new Set((this.db.prepare('SELECT id FROM takes').all() as { id: string }[]).map((r) => r.id));
    for (const entry of readdirSync(media)) {
      if (!known.has(entry)) rmSync(path.join(media, entry), { recursive: true, force: true });
    }
  }

  private recentJobs(): JobRow[] {
    return this.db
      .prepare(
        `SELECT * FROM (SELECT * FROM jobs WHERE status IN ('queued', 'running')
           UNION SELECT * FROM (SELECT * FROM jobs WHERE status NOT IN ('queued', 'running') ORDER BY created_at DESC LIMIT 10))
         ORDER BY created_at`,
      )
      .all() as JobRow[];
  }

  private clips(takes: readonly Pick<TakeRow, 'id' | 'duration_sec'>[] = this.db.prepare('SELECT id, duration_sec FROM takes').all() as TakeRow[]): Clip[] {
    const takeDurations = new Map(takes.map((r) => [r.id, r.duration_sec]));
    const links = this.db.prepare('SELECT clip_id, take_id FROM clip_takes ORDER BY seq').all() as { clip_id: string; take_id: string }[];
    let startSec = 0;
    return readTimeline(this.db).map((row, index) => {
      const clip: Clip = {
        id: row.id,
        position: index,
        startSec,
        takeId: row.take_id,
        takeIds: links.filter((l) => l.clip_id === row.id).map((l) => l.take_id),
      };
      startSec += takeDurations.get(row.take_id) ?? 0;
      return clip;
    });
  }

  private linkTake(clipId: string, takeId: string): void {
    this.db
      .prepare('INSERT INTO clip_takes (clip_id, take_id, seq) VALUES (?, ?, (SELECT COALESCE(MAX(seq) + 1, 0) FROM clip_takes))')
      .run(clipId, takeId);
  }

  private renumber(order: readonly string[]): void {
    const update = this.db.prepare('UPDATE clips SET position = ? WHERE id = ?');
    order.forEach((id, index) => update.run(index, id));
  }

  // Marks an edit: the modification time, and the revision clients use to order states.
  private touch(): void {
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'updated_at'").run(new Date().toISOString());
    this.db
      .prepare("INSERT INTO meta (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
      .run();
  }

  private meta(key: string): string {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) throw new ApiError('internal', `The project file is missing its ${key}.`);
    return row.value;
  }
}

function toTake(row: TakeRow): Take {
  return {
    id: row.id,
    prompt: row.prompt,
    seed: row.seed,
    parentTakeId: row.parent_take_id,
    durationSec: row.duration_sec,
    width: row.width,
    height: row.height,
    fps: row.fps,
    videoPath: row.video_path,
    filmstripPath: row.filmstrip_path,
    filmstripFrames: row.filmstrip_frames,
    peaksPath: row.peaks_path,
    outcome: row.outcome,
    createdAt: row.created_at,
    ...understandingOf(row.plan_json),
  };
}

// The understanding stored in a take's plan; a plan from before it was recorded, or one that does
// not read, simply has none.
function understandingOf(planJson: string | undefined): Pick<Take, 'understanding'> {
  if (!planJson) return {};
  try {
    const parsed = understandingSchema.safeParse((JSON.parse(planJson) as { understanding?: unknown }).understanding);
    return parsed.success ? { understanding: parsed.data } : {};
  } catch {
    return {};
  }
}

export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    prompt: row.prompt,
    clipId: row.clip_id,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    error: row.error,
    takeId: row.take_id,
    createdAt: row.created_at,
  };
}

