// One project: a folder holding project.kinora (SQLite) and media/. Every edit is one transaction;
// there is no in-memory state that could be "unsaved".
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../contract/api';
import { idSchema, type ProjectState, type ProjectSummary, type Take } from '../contract/model';
import type { Clip, Media, Timeline } from '../contract/timeline';
import type { ScenePlan } from '../contract/scene-plan';
import type { WorldTrace } from '../contract/world-trace';
import { createDatabase, inspectProjectFile, openDatabase, type Db } from '../db/open-database';
import { historyStatus, redo, undo, type HistoryOrigin } from './history';
import { MEDIA_DIR } from './media-files';
import { acquireProjectLock } from './project-lock';
import { insertMedia, readMedia, type NewMedia } from './timeline/media-rows';
import { appendTake, switchTake } from './timeline/edit-takes';
import { editTimeline } from './timeline/timeline-edit';
import type { EditContext } from './timeline/timeline-math';
import { projectFps, readTimeline } from './timeline/timeline-rows';
import { insertJobRow, readJobRow, recentJobRows, toJob, updateJobRow, type JobPatch, type JobRow, type NewJob } from './job-rows';
import { TAKE_COLUMNS, insertTake, toTake, type NewTake, type TakeRow } from './take-rows';

export type { NewTake } from './take-rows';

export const PROJECT_FILE = 'project.kinora';
export { MEDIA_DIR };

export function newId(): string {
  return randomUUID();
}

export class ProjectStore {
  // The jobs this open found cut short by the app stopping (see recoverOnOpen).
  private readonly interruptedOnOpen = new Set<string>();

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
    const store = ProjectStore.attach(dir, createDatabase);
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

  // Opens an existing project: the file is checked read-only before the lock is taken or anything
  // is written, and whatever fails on the way releases everything it took.
  static async open(dir: string): Promise<ProjectStore> {
    const file = path.join(dir, PROJECT_FILE);
    if (!(await stat(file).catch(() => null))) throw new ApiError('not_found', `No Kinora project was found in ${dir}.`);
    inspectProjectFile(file);
    const store = ProjectStore.attach(dir, openDatabase);
    try {
      store.recoverOnOpen();
      await store.sweepOrphanMedia();
      return store;
    } catch (error) {
      store.close();
      throw error;
    }
  }

  // Takes the project's lock, then opens its database (releasing the lock again if that fails).
  private static attach(dir: string, open: (file: string) => Db): ProjectStore {
    const release = acquireProjectLock(dir);
    try {
      return new ProjectStore(dir, open(path.join(dir, PROJECT_FILE)), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  close(): void {
    this.db.close();
    this.releaseLock();
  }

  // A job that was running when the app last stopped cannot resume: say so instead of spinning
  // forever. An id that is not a valid id (a hand-edited file) is replaced, so the project can
  // still be addressed.
  private recoverOnOpen(): void {
    this.db.transaction(() => {
      for (const row of this.db.prepare("SELECT id FROM jobs WHERE status IN ('queued', 'running')").all() as { id: string }[]) this.interruptedOnOpen.add(row.id);
      this.db
        .prepare("UPDATE jobs SET status = 'interrupted', error = 'The app closed while this job was running.', finished_at = ? WHERE status IN ('queued', 'running')")
        .run(new Date().toISOString());
      if (!idSchema.safeParse(this.meta('id')).success) this.assignNewId();
    })();
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
    // Not plan_json and trace_json: a long project's traces are megabytes that no state reader needs.
    const takes = this.db.prepare(`SELECT ${TAKE_COLUMNS} FROM takes ORDER BY created_at`).all() as TakeRow[];
    return {
      project: this.summary(),
      revision: revision ? Number(revision.value) : 0,
      timeline: readTimeline(this.db),
      takes: takes.map(toTake),
      media: readMedia(this.db),
      jobs: recentJobRows(this.db).map((row) => toJob(row, this.interruptedOnOpen.has(row.id))),
      history: historyStatus(this.db),
    };
  }

  takeRecord(takeId: string): { take: Take; plan: ScenePlan; trace: WorldTrace } {
    const row = this.db.prepare(`SELECT ${TAKE_COLUMNS}, plan_json, trace_json FROM takes WHERE id = ?`).get(takeId) as (TakeRow & { plan_json: string; trace_json: string }) | undefined;
    if (!row) throw new ApiError('not_found', 'That take no longer exists.');
    return { take: toTake(row), plan: JSON.parse(row.plan_json) as ScenePlan, trace: JSON.parse(row.trace_json) as WorldTrace };
  }

  // A generated clip (one that shows a take), for regenerating it or switching its take.
  clip(clipId: string): Clip & { takeId: string } {
    const clip = readTimeline(this.db).clips.find((c): c is Clip & { takeId: string } => c.id === clipId && c.takeId !== null);
    if (!clip) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
    return clip;
  }

  // Stores a finished take and puts it on the timeline (a new clip at the end, or as the shown take
  // of an existing clip) in one transaction, as one undoable step. A take a background job finished
  // lands (origin 'landing'): it keeps the user's redo, and Ctrl+Z passes over it (history.ts).
  // Returns what the user must be told about the landing (a shorter take that left a locked track out
  // of sync, edit-takes.ts), or null.
  addTake(take: NewTake, clipId: string | null, origin: HistoryOrigin = 'edit'): string | null {
    return this.db.transaction(() => {
      insertTake(this.db, take);
      const existing = clipId === null ? undefined : readTimeline(this.db).clips.find((c) => c.id === clipId);
      if (existing) return this.switchClipTake('Regenerate clip', existing.id, take.id, origin);
      // Appending also covers a regenerated clip that was deleted while its job ran: nothing is lost.
      const ctx = this.editContext();
      editTimeline(this.db, 'Add clip', (t) => appendTake(t, ctx, take.id, newId()).timeline, origin);
      this.touch();
      return null;
    })();
  }

  // Shows another take of a clip; returns what the user must be told about it, or null.
  selectTake(clipId: string, takeId: string): string | null {
    return this.db.transaction(() => {
      const clip = this.clip(clipId);
      if (!clip.takeIds.includes(takeId)) throw new ApiError('not_found', 'That take does not belong to this clip.');
      if (clip.takeId === takeId) return null;
      return this.switchClipTake('Switch take', clipId, takeId);
    })();
  }

  // Shows a take (of this clip or another: a remix placed in it, or a regenerated one landing) in a
  // clip, as one undo step.
  switchClipTake(label: string, clipId: string, takeId: string, origin: HistoryOrigin = 'edit'): string | null {
    return this.db.transaction(() => {
      const ctx = this.editContext();
      let note: string | null = null;
      editTimeline(this.db, label, (t) => {
        const switched = switchTake(t, ctx, clipId, takeId);
        note = switched.note;
        return switched.timeline;
      }, origin);
      this.touch();
      return note;
    })();
  }

  // Runs one timeline edit (a pure function of the timeline, see main/projects/timeline/) as one
  // transaction and one undo step.
  edit(label: string, apply: (timeline: Timeline, ctx: EditContext) => Timeline): void {
    this.db.transaction(() => {
      const ctx = this.editContext();
      editTimeline(this.db, label, (t) => apply(t, ctx));
      this.touch();
    })();
  }

  timeline(): Timeline {
    return readTimeline(this.db);
  }

  // Stores an imported sound file and places a clip of it, in one transaction and one undo step.
  addMedia(media: NewMedia, place: (timeline: Timeline, ctx: EditContext) => Timeline): void {
    this.db.transaction(() => {
      insertMedia(this.db, media);
      const ctx = this.editContext();
      editTimeline(this.db, 'Import sound', (t) => place(t, ctx));
      this.touch();
    })();
  }

  // Refuses clips (pasted from a clipboard) that name a take or sound file this project lacks.
  checkSources(clips: readonly Pick<Clip, 'takeId' | 'takeIds' | 'mediaId'>[]): void {
    const takes = new Set((this.db.prepare('SELECT id FROM takes').all() as { id: string }[]).map((r) => r.id));
    const media = new Set(this.media().map((m) => m.id));
    for (const clip of clips) {
      const ok = clip.takeId !== null ? [clip.takeId, ...clip.takeIds].every((id) => takes.has(id)) : clip.mediaId !== null && media.has(clip.mediaId);
      if (!ok) throw new ApiError('not_found', 'Those clips come from another project; paste them into the project they were copied from.');
    }
  }

  media(): Media[] {
    return readMedia(this.db);
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
    return insertJobRow(this.db, newId(), job);
  }

  updateJob(id: string, patch: JobPatch): JobRow {
    return updateJobRow(this.db, id, patch);
  }

  job(id: string): JobRow {
    return readJobRow(this.db, id);
  }

  // Media folders no take points at are leftovers of a generation the app did not live to finish
  // (a finished take's folder is only ever referenced after its files are complete). This runs
  // before the project accepts jobs, so it can never sweep away a take being written.
  private async sweepOrphanMedia(): Promise<void> {
    const media = path.join(this.dir, MEDIA_DIR);
    const entries = await readdir(media).catch(() => [] as string[]);
    const known = new Set((this.db.prepare('SELECT id FROM takes UNION SELECT id FROM media').all() as { id: string }[]).map((r) => r.id));
    await Promise.all(entries.filter((e) => !known.has(e)).map((e) => rm(path.join(media, e), { recursive: true, force: true })));
  }

  private editContext(): EditContext {
    const takeDuration = this.db.prepare('SELECT duration_sec AS d FROM takes WHERE id = ?');
    const mediaDuration = this.db.prepare('SELECT duration_sec AS d FROM media WHERE id = ?');
    return {
      fps: projectFps(this.db),
      sourceDurationSec: (clip) => {
        const row = (clip.takeId ? takeDuration.get(clip.takeId) : clip.mediaId ? mediaDuration.get(clip.mediaId) : undefined) as { d: number } | undefined;
        if (!row) throw new ApiError('not_found', 'That clip’s take or sound file is not in the project any more.');
        return row.d;
      },
      newId,
    };
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
