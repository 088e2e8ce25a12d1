// A clip a background job lands must not take the user's redo, and Ctrl+Z undoes the user's own
// edits past it (main/projects/history.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_FILE, ProjectStore } from '../../main/projects/project-store';
import { deleteClips } from '../../main/projects/timeline/edit-delete';
import { splitClips } from '../../main/projects/timeline/edit-split';
import { trimClip } from '../../main/projects/timeline/edit-trim';
import { fixtureTake } from '../helpers/take-fixture';
import { makeTempDir } from '../helpers/temp-dir';

describe('history around a generated clip landing', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;
  beforeEach(() => {
    temp = makeTempDir();
    dir = path.join(temp.dir, 'film');
  });
  afterEach(() => temp.cleanup());

  const spans = (store: ProjectStore) => store.state().timeline.clips.map((c) => [c.takeId, c.startSec, c.durationSec]);

  it('keeps the redo of a split undone while a clip landed, across reopening, and undoes the user’s edits past it', async () => {
    const store = ProjectStore.create(dir, 'Film');
    const a = fixtureTake();
    store.addTake(a, null);
    store.edit('Split clip', (t, ctx) => splitClips(t, ctx, 1, null));
    store.undo();
    expect(store.state().history).toMatchObject({ canRedo: true, redoLabel: 'Split clip' });

    const landed = fixtureTake();
    store.addTake(landed, null, 'landing');
    expect(spans(store)).toEqual([[a.id, 0, 2], [landed.id, 2, 2]]);
    expect(store.state().history).toMatchObject({ canRedo: true, redoLabel: 'Split clip', canUndo: true, undoLabel: 'Add clip' });
    store.close();
    const db = new Database(path.join(dir, PROJECT_FILE), { readonly: true });
    expect(db.prepare('SELECT label, origin FROM history ORDER BY seq').all()).toEqual([
      { label: 'Add clip', origin: 'edit' },
      { label: 'Add clip', origin: 'landing' },
      { label: 'Split clip', origin: 'edit' },
    ]);
    db.close();

    const reopened = await ProjectStore.open(dir);
    reopened.redo();
    expect(spans(reopened)).toEqual([[a.id, 0, 1], [a.id, 1, 1], [landed.id, 2, 2]]);
    expect(reopened.state().history).toMatchObject({ canRedo: false, undoLabel: 'Split clip' });
    reopened.undo();
    expect(spans(reopened)).toEqual([[a.id, 0, 2], [landed.id, 2, 2]]);
    // The user's own first edit, not the landed clip: it stays where it arrived.
    reopened.undo();
    expect(spans(reopened)).toEqual([[landed.id, 2, 2]]);
    expect(reopened.state().history).toMatchObject({ redoLabel: 'Add clip' });
    reopened.redo();
    reopened.redo();
    expect(spans(reopened)).toEqual([[a.id, 0, 1], [a.id, 1, 1], [landed.id, 2, 2]]);
    reopened.close();
  });

  it('undoes a landing as a step of its own when it changed the clip the user last edited', () => {
    const store = ProjectStore.create(dir, 'Film');
    const a = fixtureTake();
    store.addTake(a, null);
    const clipId = store.state().timeline.clips[0]!.id;
    store.edit('Trim clip', (t, ctx) => trimClip(t, ctx, clipId, 'end', 1.5));
    const retake = fixtureTake({ parentTakeId: a.id });
    store.addTake(retake, clipId, 'landing');
    expect(store.state().history.undoLabel).toBe('Regenerate clip');
    store.undo();
    expect(spans(store)).toEqual([[a.id, 0, 1.5]]);
    store.undo();
    expect(spans(store)).toEqual([[a.id, 0, 2]]);
    store.redo();
    store.redo();
    expect(spans(store)).toEqual([[retake.id, 0, 1.5]]);
    store.close();
  });

  it('drops only a redo step that changes the rows the landing changed', () => {
    const store = ProjectStore.create(dir, 'Film');
    const a = fixtureTake();
    store.addTake(a, null);
    const clipId = store.state().timeline.clips[0]!.id;
    store.edit('Trim clip', (t, ctx) => trimClip(t, ctx, clipId, 'end', 1.5));
    store.undo();
    store.addTake(fixtureTake({ parentTakeId: a.id }), clipId, 'landing');
    expect(store.state().history).toMatchObject({ canRedo: false, undoLabel: 'Regenerate clip' });
    store.close();
  });

  it('undoes the landing instead when undoing past it would stack two clips in one place', () => {
    const store = ProjectStore.create(dir, 'Film');
    const a = fixtureTake();
    store.addTake(a, null);
    const clipId = store.state().timeline.clips[0]!.id;
    store.edit('Delete clip', (t) => deleteClips(t, [clipId], false));
    const landed = fixtureTake();
    store.addTake(landed, null, 'landing');
    expect(spans(store)).toEqual([[landed.id, 0, 2]]);
    store.undo();
    expect(spans(store)).toEqual([]);
    store.undo();
    expect(spans(store)).toEqual([[a.id, 0, 2]]);
    store.redo();
    expect(spans(store)).toEqual([]);
    store.redo();
    expect(spans(store)).toEqual([[landed.id, 0, 2]]);
    store.close();
  });

  it('a new edit of the user still drops what could be redone', () => {
    const store = ProjectStore.create(dir, 'Film');
    store.addTake(fixtureTake(), null);
    store.undo();
    store.addTake(fixtureTake(), null, 'landing');
    expect(store.state().history.canRedo).toBe(true);
    store.edit('Split clip', (t, ctx) => splitClips(t, ctx, 1, null));
    expect(store.state().history.canRedo).toBe(false);
    store.close();
  });
});
