// Undo/redo over row deltas (main/db/row-delta.ts): each entry holds only the rows one edit changed.
// Every function here runs inside the caller's transaction, so an edit and its history entry land
// together or not at all.
import { applyDelta, isEmptyDelta, type RowDelta } from '../db/row-delta';
import type { Db } from '../db/types';
import { TIMELINE_TABLES } from './timeline/timeline-rows';

interface HistoryRow {
  seq: number;
  label: string;
  delta_json: string;
}

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

// Records an applied edit as one undoable step labelled `label`; an edit that changed nothing is
// not a step.
export function recordDelta(db: Db, label: string, delta: RowDelta): void {
  if (isEmptyDelta(delta)) return;
  const at = cursor(db);
  // A new edit forks history: whatever could be redone is gone, as in every editor.
  db.prepare('DELETE FROM history WHERE seq > ?').run(at);
  const seq = at + 1;
  db.prepare('INSERT INTO history (seq, label, delta_json, created_at) VALUES (?, ?, ?, ?)').run(seq, label, JSON.stringify(delta), new Date().toISOString());
  setCursor(db, seq);
}

export function undo(db: Db): boolean {
  const entry = db.prepare('SELECT seq, label, delta_json FROM history WHERE seq = ?').get(cursor(db)) as HistoryRow | undefined;
  if (!entry) return false;
  applyDelta(db, JSON.parse(entry.delta_json) as RowDelta, 'undo', TIMELINE_TABLES);
  setCursor(db, entry.seq - 1);
  return true;
}

export function redo(db: Db): boolean {
  const entry = db.prepare('SELECT seq, label, delta_json FROM history WHERE seq = ?').get(cursor(db) + 1) as HistoryRow | undefined;
  if (!entry) return false;
  applyDelta(db, JSON.parse(entry.delta_json) as RowDelta, 'redo', TIMELINE_TABLES);
  setCursor(db, entry.seq);
  return true;
}

export function historyStatus(db: Db): HistoryStatus {
  const at = cursor(db);
  const undoRow = db.prepare('SELECT label FROM history WHERE seq = ?').get(at) as { label: string } | undefined;
  const redoRow = db.prepare('SELECT label FROM history WHERE seq = ?').get(at + 1) as { label: string } | undefined;
  return {
    canUndo: undoRow !== undefined,
    canRedo: redoRow !== undefined,
    undoLabel: undoRow?.label ?? null,
    redoLabel: redoRow?.label ?? null,
  };
}
