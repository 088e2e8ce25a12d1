// Undo/redo over row deltas (main/db/row-delta.ts): each entry holds only the rows one edit changed.
// Every function here runs inside the caller's transaction, so an edit and its history entry land
// together or not at all.
import { z } from 'zod';
import { ApiError } from '../contract/api';
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

const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()])).refine((row) => typeof row.id === 'string');
const deltaSchema = z.record(z.string(), z.object({ before: z.array(rowSchema), after: z.array(rowSchema) }));
const DAMAGED = 'This step of the undo history is damaged, so it cannot be undone or redone. The timeline was not changed.';

// Applies one stored step. A step that does not read back or apply (the file was edited or damaged)
// is refused with a sentence; the caller's transaction rolls back whatever it had begun.
function applyStep(db: Db, json: string, direction: 'undo' | 'redo'): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ApiError('internal', DAMAGED);
  }
  const delta = deltaSchema.safeParse(parsed);
  if (!delta.success) throw new ApiError('internal', DAMAGED);
  try {
    applyDelta(db, delta.data as RowDelta, direction, TIMELINE_TABLES);
  } catch {
    throw new ApiError('internal', DAMAGED);
  }
}

export function undo(db: Db): boolean {
  const entry = db.prepare('SELECT seq, label, delta_json FROM history WHERE seq = ?').get(cursor(db)) as HistoryRow | undefined;
  if (!entry) return false;
  applyStep(db, entry.delta_json, 'undo');
  setCursor(db, entry.seq - 1);
  return true;
}

export function redo(db: Db): boolean {
  const entry = db.prepare('SELECT seq, label, delta_json FROM history WHERE seq = ?').get(cursor(db) + 1) as HistoryRow | undefined;
  if (!entry) return false;
  applyStep(db, entry.delta_json, 'redo');
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
