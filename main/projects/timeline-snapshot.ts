// The timeline as one value: what an undo entry stores before and after an edit. Restoring a
// snapshot puts every clip back exactly (order and shown take), which keeps undo correct for any
// edit without writing an inverse for each kind of edit.
import { z } from 'zod';
import { ApiError } from '../contract/api';
import type { Db } from '../db/open-database';

const clipRowSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  take_id: z.string(),
  created_at: z.string(),
});
export type ClipRow = z.infer<typeof clipRowSchema>;
const snapshotSchema = z.array(clipRowSchema);

export function readTimeline(db: Db): ClipRow[] {
  return db.prepare('SELECT id, position, take_id, created_at FROM clips ORDER BY position, created_at').all() as ClipRow[];
}

export function writeTimeline(db: Db, rows: readonly ClipRow[]): void {
  db.prepare('DELETE FROM clips').run();
  const insert = db.prepare('INSERT INTO clips (id, position, take_id, created_at) VALUES (@id, @position, @take_id, @created_at)');
  for (const row of rows) insert.run(row);
}

// A history entry that does not read back (the file was edited or damaged) refuses the undo with a
// sentence; the timeline stays as it is.
export function parseSnapshot(json: string): ClipRow[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) throw new ApiError('internal', 'This step of the undo history is damaged, so it cannot be undone or redone. The timeline was not changed.');
  return parsed.data;
}
