// An edit as the rows it changed: for each table, the rows as they were before (changed or removed)
// and as they are after (changed or added). Undo puts the "before" rows back, redo the "after" rows.
// Storing only what changed keeps a 1,000-clip timeline's history small (see scripts/bench-timeline).
import type { Db } from './types';

export type RowValue = string | number | null;
export type Row = Record<string, RowValue> & { id: string };
export interface TableDelta {
  before: Row[];
  after: Row[];
}
export type RowDelta = Record<string, TableDelta>;

const SQL_NAME = /^[a-z_]+$/;

// The rows that differ between two versions of a table, matched by id.
export function diffRows(before: readonly Row[], after: readonly Row[]): TableDelta {
  const beforeById = new Map(before.map((row) => [row.id, row]));
  const afterById = new Map(after.map((row) => [row.id, row]));
  const changedBefore = before.filter((row) => !sameRow(row, afterById.get(row.id)));
  const changedAfter = after.filter((row) => !sameRow(row, beforeById.get(row.id)));
  return { before: changedBefore, after: changedAfter };
}

export function isEmptyDelta(delta: RowDelta): boolean {
  return Object.values(delta).every((table) => table.before.length === 0 && table.after.length === 0);
}

// Moves the tables from one side of the delta to the other: removes the rows of `from`, inserts the
// rows of `to`. `tables` names the tables a delta may touch; anything else is refused.
export function applyDelta(db: Db, delta: RowDelta, direction: 'undo' | 'redo', tables: readonly string[]): void {
  for (const [table, change] of Object.entries(delta)) {
    if (!tables.includes(table) || !SQL_NAME.test(table)) throw new Error(`History names an unknown table: ${table}`);
    const [from, to] = direction === 'undo' ? [change.after, change.before] : [change.before, change.after];
    const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    for (const row of from) remove.run(row.id);
    for (const row of to) insertRow(db, table, row);
  }
}

export function insertRow(db: Db, table: string, row: Row): void {
  const columns = Object.keys(row);
  if (!columns.every((column) => SQL_NAME.test(column))) throw new Error(`A row for ${table} has a malformed column name.`);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

function sameRow(a: Row, b: Row | undefined): boolean {
  if (!b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
