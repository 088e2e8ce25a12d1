// What the history needs to know about one stored step: its delta read back safely, which rows it
// touches, and whether applying it left two clips on top of each other.
import { z } from 'zod';
import { ApiError } from '../contract/api';
import { applyDelta, type RowDelta } from '../db/row-delta';
import type { Db } from '../db/types';
import { clipsOnTrack, overlaps } from './timeline/timeline-math';
import { TIMELINE_TABLES, readTimeline } from './timeline/timeline-rows';

// 'edit': something the user did. 'landing': a clip a background job put on the timeline; it keeps
// the user's redo and Ctrl+Z passes over it where it can (see history.ts).
export type HistoryOrigin = 'edit' | 'landing';

export interface HistoryRow {
  seq: number;
  label: string;
  delta_json: string;
  origin: HistoryOrigin;
}

const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()])).refine((row) => typeof row.id === 'string');
const deltaSchema = z.record(z.string(), z.object({ before: z.array(rowSchema), after: z.array(rowSchema) }));
const DAMAGED = 'This step of the undo history is damaged, so it cannot be undone or redone. The timeline was not changed.';

// A step that does not read back (the file was edited or damaged) is refused with a sentence.
export function readStep(entry: HistoryRow): RowDelta {
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.delta_json);
  } catch {
    throw new ApiError('internal', DAMAGED);
  }
  const delta = deltaSchema.safeParse(parsed);
  if (!delta.success) throw new ApiError('internal', DAMAGED);
  return delta.data as RowDelta;
}

// Applies one stored step; the caller's transaction rolls back whatever it had begun if it fails.
export function applyStep(db: Db, entry: HistoryRow, direction: 'undo' | 'redo'): void {
  const delta = readStep(entry);
  try {
    applyDelta(db, delta, direction, TIMELINE_TABLES);
  } catch {
    throw new ApiError('internal', DAMAGED);
  }
}

// The rows a step changes, named by table and id. Two steps with no row in common commute: either
// order leaves the same rows.
// A damaged step has no known rows (null), so it is taken to share rows with anything.
export function rowKeys(entry: HistoryRow): Set<string> | null {
  let delta: RowDelta;
  try {
    delta = readStep(entry);
  } catch {
    return null;
  }
  const keys = new Set<string>();
  for (const [table, change] of Object.entries(delta)) {
    for (const row of [...change.before, ...change.after]) keys.add(`${table}/${row.id}`);
  }
  return keys;
}

export function sharesRows(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (!a || !b) return true;
  for (const key of a) if (b.has(key)) return true;
  return false;
}

// Raised when a step would stack two clips in one place.
export class TimeCollision extends ApiError {}

// Steps with no row in common can still collide in time: undoing a delete puts a clip back where a
// clip that landed since now sits. Such a step is refused (the caller rolls back) instead of
// stacking two clips in one place.
export function assertNoOverlap(db: Db, entry: HistoryRow, direction: 'undo' | 'redo'): void {
  const timeline = readTimeline(db);
  for (const track of timeline.tracks) {
    const clips = clipsOnTrack(timeline, track.id);
    for (let i = 1; i < clips.length; i += 1) {
      if (overlaps(clips[i - 1]!, clips[i]!)) {
        throw new TimeCollision('invalid_input', `“${entry.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: it would put a clip over the generated clip that arrived since. The timeline was not changed.`);
      }
    }
  }
}
