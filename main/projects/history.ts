// Undo/redo over row deltas (main/db/row-delta.ts): each entry holds only the rows one step changed.
// Every function here runs inside the caller's transaction, so an edit and its history entry land
// together or not at all.
//
// Two kinds of step. The user's edits fork history as in every editor: a new edit drops what could
// be redone. A clip that a background job lands (origin 'landing') is not the user's doing, so, as a
// finished render in an NLE, it takes nothing from them: it goes in below the redo steps (only a redo
// step that changes the same rows is dropped, since it could no longer apply), and Ctrl+Z passes over
// it to undo the user's own last edit, moving the landing below that edit so redo replays on top of
// it. Only when that edit and the landing touch the same rows (a regenerated clip that was trimmed)
// or would collide in time does Ctrl+Z undo the landing itself, as a step of its own.
import { isEmptyDelta, type RowDelta } from '../db/row-delta';
import type { Db } from '../db/types';
import { TimeCollision, applyStep, assertNoOverlap, rowKeys, sharesRows, type HistoryOrigin, type HistoryRow } from './history-steps';

export type { HistoryOrigin } from './history-steps';

export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

function cursor(db: Db): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'history_cursor'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

function setCursor(db: Db, seq: number): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('history_cursor', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(seq));
}

function entry(db: Db, seq: number): HistoryRow | undefined {
  return db.prepare('SELECT seq, label, delta_json, origin FROM history WHERE seq = ?').get(seq) as HistoryRow | undefined;
}

// Renumbers the entries numbered first..last by `by`, through negative numbers so no two rows ever
// share a seq mid-update.
function shift(db: Db, first: number, last: number, by: number): void {
  db.prepare('UPDATE history SET seq = -(seq + ?) WHERE seq BETWEEN ? AND ?').run(by, first, last);
  db.prepare('UPDATE history SET seq = -seq WHERE seq < 0').run();
}

// Records an applied step labelled `label`; a step that changed nothing is not a step.
export function recordDelta(db: Db, label: string, delta: RowDelta, origin: HistoryOrigin = 'edit'): void {
  if (isEmptyDelta(delta)) return;
  const at = cursor(db);
  if (origin === 'edit') db.prepare('DELETE FROM history WHERE seq > ?').run(at);
  const created: HistoryRow = { seq: at + 1, label, delta_json: JSON.stringify(delta), origin };
  if (origin === 'landing') keepRedoAbove(db, at, rowKeys(created));
  db.prepare('INSERT INTO history (seq, label, delta_json, origin, created_at) VALUES (?, ?, ?, ?, ?)').run(created.seq, label, created.delta_json, origin, new Date().toISOString());
  setCursor(db, created.seq);
}

// Makes room for a landing at the cursor. The redo steps stay, up to the first that changes a row the
// landing changed: that one, and those after it (which were made on top of it), can no longer apply.
function keepRedoAbove(db: Db, at: number, landed: ReadonlySet<string> | null): void {
  const redo = db.prepare('SELECT seq, label, delta_json, origin FROM history WHERE seq > ? ORDER BY seq').all(at) as HistoryRow[];
  const clash = redo.find((step) => sharesRows(rowKeys(step), landed));
  if (clash) db.prepare('DELETE FROM history WHERE seq >= ?').run(clash.seq);
  shift(db, at + 1, Number.MAX_SAFE_INTEGER, 1);
}

// What Ctrl+Z undoes: the user's last applied edit, with the landings since it that it commutes with;
// otherwise the last step, whatever it is.
function undoPlan(db: Db, at: number): { target: HistoryRow; through: HistoryRow[] } | null {
  const top = entry(db, at);
  if (!top) return null;
  const through: HistoryRow[] = [];
  for (let seq = at; seq > 0; seq -= 1) {
    const step = entry(db, seq);
    if (!step) break;
    if (step.origin === 'landing') {
      through.push(step);
      continue;
    }
    if (through.length === 0) return { target: step, through };
    const keys = rowKeys(step);
    return through.some((landing) => sharesRows(rowKeys(landing), keys)) ? { target: top, through: [] } : { target: step, through };
  }
  return { target: top, through: [] };
}

export function undo(db: Db): boolean {
  const at = cursor(db);
  const plan = undoPlan(db, at);
  if (!plan) return false;
  if (plan.through.length === 0) {
    applyStep(db, plan.target, 'undo');
    setCursor(db, at - 1);
    return true;
  }
  if (!undoPast(db, plan.target)) {
    applyStep(db, plan.through[0]!, 'undo');
    setCursor(db, at - 1);
    return true;
  }
  // The landings move below the undone edit, which becomes the next redo step.
  db.prepare('UPDATE history SET seq = 0 WHERE seq = ?').run(plan.target.seq);
  shift(db, plan.target.seq + 1, at, -1);
  db.prepare('UPDATE history SET seq = ? WHERE seq = 0').run(at);
  setCursor(db, at - 1);
  return true;
}

// Undoes `step` past the landings after it and says so, unless that would stack two clips in one
// place: then nothing changed (a savepoint rolls back just this attempt) and it says false.
function undoPast(db: Db, step: HistoryRow): boolean {
  try {
    db.transaction(() => {
      applyStep(db, step, 'undo');
      assertNoOverlap(db, step, 'undo');
    })();
    return true;
  } catch (error) {
    if (error instanceof TimeCollision) return false;
    throw error;
  }
}

export function redo(db: Db): boolean {
  const next = entry(db, cursor(db) + 1);
  if (!next) return false;
  applyStep(db, next, 'redo');
  assertNoOverlap(db, next, 'redo');
  setCursor(db, next.seq);
  return true;
}

export function historyStatus(db: Db): HistoryStatus {
  const at = cursor(db);
  const undoRow = undoPlan(db, at)?.target;
  const redoRow = entry(db, at + 1);
  return {
    canUndo: undoRow !== undefined,
    canRedo: redoRow !== undefined,
    undoLabel: undoRow?.label ?? null,
    redoLabel: redoRow?.label ?? null,
  };
}
