import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/db/migrations';
import { openDatabase } from '../../main/db/open-database';
import { PROJECT_FILE, ProjectStore } from '../../main/projects/project-store';
import { fixtureTake } from '../helpers/take-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('ProjectStore', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;
  beforeEach(() => {
    temp = makeTempDir();
    dir = path.join(temp.dir, 'my-film');
  });
  afterEach(() => temp.cleanup());

  it('creates a WAL SQLite file at the latest schema version in the project folder', () => {
    const store = ProjectStore.create(dir, 'My film');
    store.close();
    const db = new Database(path.join(dir, PROJECT_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses to create a project over an existing one and to open a folder without one', () => {
    ProjectStore.create(dir, 'A').close();
    expect(() => ProjectStore.create(dir, 'B')).toThrow(/already exists/);
    expect(() => ProjectStore.open(path.join(temp.dir, 'nothing-here'))).toThrow(/No Kinora project/);
  });

  it('appends clips, regenerates into the same clip keeping old takes, and survives reopening', () => {
    const store = ProjectStore.create(dir, 'My film');
    const first = fixtureTake();
    store.addTake(first, null);
    const second = fixtureTake();
    store.addTake(second, null);
    let state = store.state();
    expect(state.clips.map((c) => c.takeId)).toEqual([first.id, second.id]);
    expect(state.clips[1]?.startSec).toBeCloseTo(2);

    const clipId = state.clips[0]!.id;
    const retake = fixtureTake({ parentTakeId: first.id, seed: 8 });
    store.addTake(retake, clipId);
    state = store.state();
    expect(state.clips).toHaveLength(2);
    expect(state.clips[0]).toMatchObject({ id: clipId, takeId: retake.id, takeIds: [first.id, retake.id] });
    expect(state.history.undoLabel).toBe('Regenerate clip');

    store.selectTake(clipId, first.id);
    store.close();

    const reopened = ProjectStore.open(dir);
    const again = reopened.state();
    expect(again.project.name).toBe('My film');
    expect(again.clips[0]).toMatchObject({ id: clipId, takeId: first.id });
    expect(again.takes.map((t) => t.id).sort()).toEqual([first.id, second.id, retake.id].sort());
    expect(reopened.takeRecord(retake.id).plan.prompt).toBe('a red ball drops onto the floor');
    reopened.close();
  });

  it('undoes and redoes every timeline edit, and a new edit clears the redo stack', () => {
    const store = ProjectStore.create(dir, 'Edits');
    const a = fixtureTake();
    const b = fixtureTake();
    store.addTake(a, null);
    store.addTake(b, null);
    const [clipA, clipB] = store.state().clips;
    store.moveClip(clipB!.id, 0);
    expect(store.state().clips.map((c) => c.id)).toEqual([clipB!.id, clipA!.id]);
    store.deleteClip(clipA!.id);
    expect(store.state().clips.map((c) => c.id)).toEqual([clipB!.id]);

    store.undo();
    expect(store.state().clips.map((c) => c.id)).toEqual([clipB!.id, clipA!.id]);
    store.undo();
    expect(store.state().clips.map((c) => c.id)).toEqual([clipA!.id, clipB!.id]);
    store.undo();
    store.undo();
    expect(store.state().clips).toEqual([]);
    expect(store.state().history.canUndo).toBe(false);
    store.undo(); // nothing left: a no-op, not an error
    store.redo();
    expect(store.state().clips.map((c) => c.takeId)).toEqual([a.id]);
    expect(store.state().history).toMatchObject({ canRedo: true, redoLabel: 'Add clip' });

    store.addTake(fixtureTake(), null);
    expect(store.state().history.canRedo).toBe(false);
    store.close();
  });

  it('rejects switching to a take that is not the clip’s', () => {
    const store = ProjectStore.create(dir, 'Takes');
    store.addTake(fixtureTake(), null);
    const stranger = fixtureTake();
    store.addTake(stranger, null);
    const clip = store.state().clips[0]!;
    expect(() => store.selectTake(clip.id, stranger.id)).toThrow(/does not belong/);
    store.close();
  });

  it('marks jobs that were running when the app stopped as interrupted on reopen', () => {
    const store = ProjectStore.create(dir, 'Crash');
    const job = store.insertJob({ prompt: 'a ball', seed: 1, clipId: null, parentTakeId: null, durationSec: null });
    store.updateJob(job.id, { status: 'running', progress: 0.4, stage: 'Rendering' });
    store.close();
    const reopened = ProjectStore.open(dir);
    expect(reopened.state().jobs[0]).toMatchObject({ id: job.id, status: 'interrupted' });
    expect(reopened.state().jobs[0]?.error).toMatch(/closed while this job was running/);
    reopened.close();
  });

  it('upgrades a project written by an older schema without losing its rows', () => {
    const file = path.join(temp.dir, 'old.kinora');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO jobs (id, prompt, seed, status, created_at) VALUES ('j1', 'a ball', 3, 'done', 'then')").run();
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT id, prompt, take_id FROM jobs').all()).toEqual([{ id: 'j1', prompt: 'a ball', take_id: null }]);
    db.close();
  });
});
