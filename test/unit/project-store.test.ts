import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/db/migrations';
import { openDatabase } from '../../main/db/open-database';
import { PROJECT_FILE, ProjectStore } from '../../main/projects/project-store';
import { LOCK_FILE } from '../../main/projects/project-lock';
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

  it('counts a revision up with every edit, across reopening', () => {
    const store = ProjectStore.create(dir, 'Revisions');
    expect(store.state().revision).toBe(0);
    store.addTake(fixtureTake(), null);
    store.undo();
    expect(store.state().revision).toBe(2);
    store.close();
    const reopened = ProjectStore.open(dir);
    reopened.redo();
    expect(reopened.state().revision).toBe(3);
    reopened.close();
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

  it('refuses a damaged or foreign file with a clear message and leaves it untouched', () => {
    mkdirSync(dir);
    const bytes = Buffer.from('this is a holiday photo, not a database'.repeat(200));
    writeFileSync(path.join(dir, PROJECT_FILE), bytes);
    expect(() => ProjectStore.open(dir)).toThrow(/damaged or is not a Kinora project file/);
    expect(readFileSync(path.join(dir, PROJECT_FILE)).equals(bytes)).toBe(true);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a project saved by a newer version of Kinora without changing it', () => {
    ProjectStore.create(dir, 'Future').close();
    const db = new Database(path.join(dir, PROJECT_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => ProjectStore.open(dir)).toThrow(/newer version of Kinora/);
  });

  it('will not open a project another running Kinora holds, but takes over a crashed one’s lock', () => {
    ProjectStore.create(dir, 'Shared').close();
    // The test runner's parent process is alive: it stands for another Kinora window.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    expect(() => ProjectStore.open(dir)).toThrow(expect.objectContaining({ code: 'busy', message: expect.stringMatching(/open in another Kinora window/) }));

    const finished = spawnSync(process.execPath, ['-e', '0']);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: finished.pid, host: os.hostname() }));
    const store = ProjectStore.open(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    store.close();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('clears half-written media a crash left behind, keeping every take’s files', () => {
    const store = ProjectStore.create(dir, 'Crashy');
    const take = fixtureTake();
    mkdirSync(path.join(dir, 'media', take.id), { recursive: true });
    writeFileSync(path.join(dir, take.videoPath), 'video');
    store.addTake(take, null);
    mkdirSync(path.join(dir, 'media', 'unfinished-take'));
    writeFileSync(path.join(dir, 'media', 'unfinished-take', 'audio.wav'), 'partial');
    store.close();
    ProjectStore.open(dir).close();
    expect(existsSync(path.join(dir, 'media', 'unfinished-take'))).toBe(false);
    expect(readFileSync(path.join(dir, take.videoPath), 'utf8')).toBe('video');
  });
});
