import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/db/migrations';
import { openDatabase } from '../../main/db/open-database';
import { PROJECT_FILE, ProjectStore } from '../../main/projects/project-store';
import { LOCK_FILE } from '../../main/projects/project-lock';
import { deleteClips } from '../../main/projects/timeline/edit-delete';
import { moveClips } from '../../main/projects/timeline/edit-place';
import { undo } from '../../main/projects/history';
import { readTimeline } from '../../main/projects/timeline/timeline-rows';
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

  it('creates a WAL SQLite file at the latest schema version in the project folder', async () => {
    const store = ProjectStore.create(dir, 'My film');
    store.close();
    const db = new Database(path.join(dir, PROJECT_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses to create a project over an existing one and to open a folder without one', async () => {
    ProjectStore.create(dir, 'A').close();
    expect(() => ProjectStore.create(dir, 'B')).toThrow(/already exists/);
    await expect(ProjectStore.open(path.join(temp.dir, 'nothing-here'))).rejects.toThrow(/No Kinora project/);
  });

  it('appends clips, regenerates into the same clip keeping old takes, and survives reopening', async () => {
    const store = ProjectStore.create(dir, 'My film');
    const first = fixtureTake();
    store.addTake(first, null);
    const second = fixtureTake();
    store.addTake(second, null);
    let state = store.state();
    expect(state.timeline.clips.map((c) => c.takeId)).toEqual([first.id, second.id]);
    expect(state.timeline.clips[1]?.startSec).toBeCloseTo(2);

    const clipId = state.timeline.clips[0]!.id;
    const retake = fixtureTake({ parentTakeId: first.id, seed: 8 });
    store.addTake(retake, clipId);
    state = store.state();
    expect(state.timeline.clips).toHaveLength(2);
    expect(state.timeline.clips[0]).toMatchObject({ id: clipId, takeId: retake.id, takeIds: [first.id, retake.id] });
    expect(state.history.undoLabel).toBe('Regenerate clip');

    store.selectTake(clipId, first.id);
    store.close();

    const reopened = await ProjectStore.open(dir);
    const again = reopened.state();
    expect(again.project.name).toBe('My film');
    expect(again.timeline.clips[0]).toMatchObject({ id: clipId, takeId: first.id });
    expect(again.takes.map((t) => t.id).sort()).toEqual([first.id, second.id, retake.id].sort());
    expect(reopened.takeRecord(retake.id).plan.prompt).toBe('a red ball drops onto the floor');
    reopened.close();
  });

  it('undoes and redoes every timeline edit, and a new edit clears the redo stack', async () => {
    const store = ProjectStore.create(dir, 'Edits');
    const a = fixtureTake();
    const b = fixtureTake();
    store.addTake(a, null);
    store.addTake(b, null);
    const [clipA, clipB] = store.state().timeline.clips;
    const starts = () => store.state().timeline.clips.map((c) => [c.id, c.startSec]);
    // Drag B before A: it is inserted there and A moves right to make room.
    store.edit('Move clip', (t, ctx) => moveClips(t, ctx, [clipB!.id], -2, null));
    expect(starts()).toEqual([[clipB!.id, 0], [clipA!.id, 2]]);
    store.edit('Delete clip', (t) => deleteClips(t, [clipA!.id], false));
    expect(store.state().timeline.clips.map((c) => c.id)).toEqual([clipB!.id]);

    store.undo();
    expect(starts()).toEqual([[clipB!.id, 0], [clipA!.id, 2]]);
    store.undo();
    expect(starts()).toEqual([[clipA!.id, 0], [clipB!.id, 2]]);
    store.undo();
    store.undo();
    expect(store.state().timeline.clips).toEqual([]);
    expect(store.state().history.canUndo).toBe(false);
    store.undo(); // nothing left: a no-op, not an error
    store.redo();
    expect(store.state().timeline.clips.map((c) => c.takeId)).toEqual([a.id]);
    expect(store.state().history).toMatchObject({ canRedo: true, redoLabel: 'Add clip' });

    store.addTake(fixtureTake(), null);
    expect(store.state().history.canRedo).toBe(false);
    store.close();
  });

  it('refuses to undo a damaged history step with a sentence, leaving the timeline alone', async () => {
    const store = ProjectStore.create(dir, 'Damaged history');
    store.addTake(fixtureTake(), null);
    const before = store.state().timeline;
    const db = new Database(path.join(dir, PROJECT_FILE));
    for (const damage of ['not json', '{"clips": {"before": [{"id": 5}], "after": []}}', '{"sqlite_master": {"before": [], "after": [{"id": "x"}]}}']) {
      db.prepare('UPDATE history SET delta_json = ?').run(damage);
      expect(() => store.undo(), damage).toThrow(/undo history is damaged.*not changed/);
      expect(store.state().timeline).toEqual(before);
    }
    db.close();
    store.close();
  });

  it('counts a revision up with every edit, across reopening', async () => {
    const store = ProjectStore.create(dir, 'Revisions');
    expect(store.state().revision).toBe(0);
    store.addTake(fixtureTake(), null);
    store.undo();
    expect(store.state().revision).toBe(2);
    store.close();
    const reopened = await ProjectStore.open(dir);
    reopened.redo();
    expect(reopened.state().revision).toBe(3);
    reopened.close();
  });

  it('rejects switching to a take that is not the clip’s', async () => {
    const store = ProjectStore.create(dir, 'Takes');
    store.addTake(fixtureTake(), null);
    const stranger = fixtureTake();
    store.addTake(stranger, null);
    const clip = store.state().timeline.clips[0]!;
    expect(() => store.selectTake(clip.id, stranger.id)).toThrow(/does not belong/);
    store.close();
  });

  it('marks jobs that were running when the app stopped as interrupted on reopen', async () => {
    const store = ProjectStore.create(dir, 'Crash');
    const job = store.insertJob({ prompt: 'a ball', seed: 1, clipId: null, parentTakeId: null, durationSec: 4 });
    store.updateJob(job.id, { status: 'running', progress: 0.4, stage: 'Rendering' });
    store.close();
    const reopened = await ProjectStore.open(dir);
    // Named to the editor, with what it takes to run it again as asked.
    expect(reopened.state().jobs[0]).toMatchObject({ id: job.id, status: 'interrupted', prompt: 'a ball', interruptedOnOpen: { seed: 1, durationSec: 4, fromClip: false } });
    expect(reopened.state().jobs[0]?.error).toMatch(/closed while this job was running/);
    reopened.close();
    // Told once: the next opening found nothing running.
    const later = await ProjectStore.open(dir);
    expect(later.state().jobs[0]?.status).toBe('interrupted');
    expect(later.state().jobs[0]?.interruptedOnOpen).toBeUndefined();
    later.close();
  });

  it('upgrades a project written by an older schema without losing its rows', async () => {
    const file = path.join(temp.dir, 'old.kinora');
    const old = new Database(file);
    old.exec(MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO jobs (id, prompt, seed, status, created_at) VALUES ('j1', 'a ball', 3, 'done', 'then')").run();
    old.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT id, prompt, take_id FROM jobs').all()).toEqual([{ id: 'j1', prompt: 'a ball', take_id: null }]);
    db.close();
  });

  it('v3 puts a v2 project’s clips end to end on V1 and keeps its undo history', async () => {
    const file = path.join(temp.dir, 'v2.kinora');
    const old = new Database(file);
    old.exec(MIGRATIONS[0] as string);
    old.exec(MIGRATIONS[1] as string);
    old.pragma('user_version = 2');
    const addTake = old.prepare(
      `INSERT INTO takes (id, prompt, seed, plan_json, trace_json, duration_sec, width, height, fps, video_path, filmstrip_path, filmstrip_frames, peaks_path, outcome, created_at)
       VALUES (?, 'p', 1, '{}', '{}', ?, 854, 480, 24, 'v', 'f', 10, 'k', '', ?)`,
    );
    addTake.run('t1', 5, '1');
    addTake.run('t2', 3, '2');
    old.prepare("INSERT INTO clips (id, position, take_id, created_at) VALUES ('c2', 0, 't2', '2'), ('c1', 1, 't1', '1')").run();
    // One old edit: "Move clip" put c2 before c1.
    const before = [{ id: 'c1', position: 0, take_id: 't1', created_at: '1' }, { id: 'c2', position: 1, take_id: 't2', created_at: '2' }];
    const after = [{ id: 'c2', position: 0, take_id: 't2', created_at: '2' }, { id: 'c1', position: 1, take_id: 't1', created_at: '1' }];
    old.prepare("INSERT INTO history (seq, label, before_json, after_json, created_at) VALUES (1, 'Move clip', ?, ?, 'x')").run(JSON.stringify(before), JSON.stringify(after));
    old.prepare("INSERT INTO meta (key, value) VALUES ('history_cursor', '1')").run();
    old.close();

    const db = openDatabase(file);
    const starts = () => readTimeline(db).clips.map((c) => [c.id, c.trackId, c.startSec, c.durationSec]).sort();
    expect(starts()).toEqual([['c1', 'track-v1', 3, 5], ['c2', 'track-v1', 0, 3]]);
    expect(readTimeline(db).tracks.map((t) => t.name).sort()).toEqual(['A1', 'D1', 'M1', 'V1']);
    expect(undo(db)).toBe(true);
    expect(starts()).toEqual([['c1', 'track-v1', 0, 5], ['c2', 'track-v1', 5, 3]]);
    db.close();
  });

  it('v6 gives plans written when the default camera was called static the follow camera they were rendered with', async () => {
    const file = path.join(temp.dir, 'v5.kinora');
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 5)) {
      if (typeof migration === 'string') old.exec(migration);
      else migration(old);
    }
    old.pragma('user_version = 5');
    const addTake = old.prepare(
      `INSERT INTO takes (id, prompt, seed, plan_json, trace_json, duration_sec, width, height, fps, video_path, filmstrip_path, filmstrip_frames, peaks_path, outcome, created_at)
       VALUES (?, ?, 1, ?, '{}', 5, 854, 480, 24, 'v', 'f', 10, 'k', '', '1')`,
    );
    const plan = (motion: string) => JSON.stringify({ version: 1, camera: { shot: 'wide', angle: 'side', motion, subject: null } });
    addTake.run('default', 'a kid kicks a ball', plan('static'));
    addTake.run('asked', 'a kid kicks a ball, static camera', plan('static'));
    addTake.run('orbit', 'a kid kicks a ball', plan('orbit'));
    // A damaged plan does not keep the project from opening; it is left as it was.
    addTake.run('torn', 'a kid kicks a ball', '{"version": 1, "camera": {"mot');
    addTake.run('null', 'a kid kicks a ball', 'null');
    old.close();
    const db = openDatabase(file);
    const motions = db.prepare("SELECT id, json_extract(plan_json, '$.camera.motion') AS motion FROM takes WHERE json_valid(plan_json) AND plan_json != 'null' ORDER BY id").all();
    expect(motions).toEqual([{ id: 'asked', motion: 'static' }, { id: 'default', motion: 'follow' }, { id: 'orbit', motion: 'orbit' }]);
    expect(db.prepare("SELECT id, plan_json FROM takes WHERE id IN ('torn', 'null') ORDER BY id").all()).toEqual([
      { id: 'null', plan_json: 'null' },
      { id: 'torn', plan_json: '{"version": 1, "camera": {"mot' },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a damaged or foreign file with a clear message and leaves it untouched', async () => {
    mkdirSync(dir);
    const bytes = Buffer.from('this is a holiday photo, not a database'.repeat(200));
    writeFileSync(path.join(dir, PROJECT_FILE), bytes);
    await expect(ProjectStore.open(dir)).rejects.toThrow(/damaged or is not a Kinora project file/);
    expect(readFileSync(path.join(dir, PROJECT_FILE)).equals(bytes)).toBe(true);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a project saved by a newer version of Kinora without changing it', async () => {
    ProjectStore.create(dir, 'Future').close();
    const db = new Database(path.join(dir, PROJECT_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    await expect(ProjectStore.open(dir)).rejects.toThrow(/newer version of Kinora/);
  });

  it('will not open a project that is already open, even from this same process', async () => {
    ProjectStore.create(dir, 'Shared').close();
    const first = await ProjectStore.open(dir);
    await expect(ProjectStore.open(dir)).rejects.toThrow(
      expect.objectContaining({ code: 'busy', message: expect.stringMatching(new RegExp(`open in another Kinora window \\(process ${process.pid}\\)`)) }),
    );
    first.close();
    (await ProjectStore.open(dir)).close();
  });

  it('replaces a legacy pid lock file once it holds the real lock', async () => {
    ProjectStore.create(dir, 'Legacy').close();
    writeFileSync(path.join(dir, 'project.lock'), JSON.stringify({ pid: 999999, host: os.hostname() }));
    (await ProjectStore.open(dir)).close();
    expect(existsSync(path.join(dir, 'project.lock'))).toBe(false);
  });

  it('refuses an empty file, a foreign SQLite database and a truncated project, changing none of them', async () => {
    mkdirSync(dir);
    const file = path.join(dir, PROJECT_FILE);
    writeFileSync(file, '');
    await expect(ProjectStore.open(dir)).rejects.toThrow(/is empty/);
    expect(readFileSync(file).length).toBe(0);

    const foreign = new Database(file);
    foreign.exec("CREATE TABLE photos (name TEXT); INSERT INTO photos VALUES ('beach.jpg')");
    foreign.close();
    const foreignBytes = readFileSync(file);
    await expect(ProjectStore.open(dir)).rejects.toThrow(/not a Kinora project file \(it has no Kinora schema\)/);
    expect(readFileSync(file).equals(foreignBytes)).toBe(true);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    rmSync(file);
    ProjectStore.create(dir, 'Truncated').close();
    const whole = readFileSync(file);
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    writeFileSync(file, truncated);
    await expect(ProjectStore.open(dir)).rejects.toThrow(/damaged or is not a Kinora project file/);
    expect(readFileSync(file).equals(truncated)).toBe(true);
    // Nothing stays held: a good file put back opens at once.
    writeFileSync(file, whole);
    (await ProjectStore.open(dir)).close();
  });

  it('gives a project whose stored id is not a valid id a new one on open', async () => {
    ProjectStore.create(dir, 'Odd id').close();
    const db = new Database(path.join(dir, PROJECT_FILE));
    db.prepare("UPDATE meta SET value = '../../x y' WHERE key = 'id'").run();
    db.close();
    const store = await ProjectStore.open(dir);
    expect(store.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(store.state().project.name).toBe('Odd id');
    store.close();
  });

  it('clears half-written media a crash left behind, keeping every take’s files', async () => {
    const store = ProjectStore.create(dir, 'Crashy');
    const take = fixtureTake();
    mkdirSync(path.join(dir, 'media', take.id), { recursive: true });
    writeFileSync(path.join(dir, take.videoPath), 'video');
    store.addTake(take, null);
    mkdirSync(path.join(dir, 'media', 'unfinished-take'));
    writeFileSync(path.join(dir, 'media', 'unfinished-take', 'audio.wav'), 'partial');
    store.close();
    (await ProjectStore.open(dir)).close();
    expect(existsSync(path.join(dir, 'media', 'unfinished-take'))).toBe(false);
    expect(readFileSync(path.join(dir, take.videoPath), 'utf8')).toBe('video');
  });
});
