// The jobs table: a generation's row from queued to done, failed, cancelled or interrupted, and
// the Job the UI is shown of it.
import { ApiError } from '../contract/api';
import type { Job, JobStatus } from '../contract/model';
import type { Db } from '../db/open-database';

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

export interface JobPatch {
  status?: JobStatus;
  progress?: number;
  stage?: string;
  error?: string | null;
  takeId?: string;
}

const FINISHED: readonly JobStatus[] = ['done', 'failed', 'cancelled', 'interrupted'];

export function readJobRow(db: Db, id: string): JobRow {
  const row = db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
  if (!row) throw new ApiError('not_found', 'That job does not exist.');
  return row;
}

export function insertJobRow(db: Db, id: string, job: NewJob): JobRow {
  db.prepare(
    `INSERT INTO jobs (id, prompt, seed, clip_id, parent_take_id, duration_sec, status, progress, stage, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, 'Waiting to start', ?)`,
  ).run(id, job.prompt, job.seed, job.clipId, job.parentTakeId, job.durationSec, new Date().toISOString());
  return readJobRow(db, id);
}

export function updateJobRow(db: Db, id: string, patch: JobPatch): JobRow {
  const current = readJobRow(db, id);
  const status = patch.status ?? current.status;
  const finished = FINISHED.includes(status) ? new Date().toISOString() : null;
  db.prepare('UPDATE jobs SET status = ?, progress = ?, stage = ?, error = ?, take_id = ?, finished_at = COALESCE(finished_at, ?) WHERE id = ?').run(
    status,
    patch.progress ?? current.progress,
    patch.stage ?? current.stage,
    patch.error === undefined ? current.error : patch.error,
    patch.takeId ?? current.take_id,
    finished,
    id,
  );
  return readJobRow(db, id);
}

// The jobs still queued or running, and the last ten that ended, oldest first.
export function recentJobRows(db: Db): JobRow[] {
  return db
    .prepare(
      `SELECT * FROM (SELECT * FROM jobs WHERE status IN ('queued', 'running')
         UNION SELECT * FROM (SELECT * FROM jobs WHERE status NOT IN ('queued', 'running') ORDER BY created_at DESC LIMIT 10))
       ORDER BY created_at`,
    )
    .all() as JobRow[];
}

// `interruptedOnOpen`: this row was found running when the project was opened now (main/projects/
// project-store.ts recoverOnOpen).
export function toJob(row: JobRow, interruptedOnOpen = false): Job {
  return {
    ...(interruptedOnOpen ? { interruptedOnOpen: { seed: row.seed, durationSec: row.duration_sec, fromClip: row.clip_id !== null || row.parent_take_id !== null } } : {}),
    id: row.id,
    prompt: row.prompt,
    clipId: row.clip_id,
    durationSec: row.duration_sec,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    error: row.error,
    takeId: row.take_id,
    createdAt: row.created_at,
  };
}
