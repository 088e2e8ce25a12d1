// One timeline edit as the store runs it: read the timeline, apply a pure edit, write back only the
// rows that changed and record those as the undo step. The caller wraps it in a transaction.
import type { Timeline } from '../../contract/timeline';
import { applyDelta, diffRows, type RowDelta } from '../../db/row-delta';
import type { Db } from '../../db/types';
import { recordDelta, type HistoryOrigin } from '../history';
import { TIMELINE_TABLES, projectFps, readTakeLinks, readTimelineRows, rowsToTimeline, timelineToRows } from './timeline-rows';

export function editTimeline(db: Db, label: string, edit: (timeline: Timeline) => Timeline, origin: HistoryOrigin = 'edit'): Timeline {
  const beforeRows = readTimelineRows(db);
  const links = readTakeLinks(db);
  const before = rowsToTimeline(beforeRows, projectFps(db), links);
  const after = edit(before);
  const createdAt = new Map(beforeRows.timeline_clips.map((row) => [row.id, String(row.created_at)]));
  const afterRows = timelineToRows(after, createdAt, new Date().toISOString());
  const delta: RowDelta = {};
  for (const table of TIMELINE_TABLES) {
    const change = diffRows(beforeRows[table], afterRows[table]);
    if (change.before.length > 0 || change.after.length > 0) delta[table] = change;
  }
  applyDelta(db, delta, 'redo', TIMELINE_TABLES);
  linkNewTakes(db, after, links);
  recordDelta(db, label, delta, origin);
  return after;
}

// A clip's take history (for the take switcher) follows it: a split half or a pasted copy starts
// with the takes of the clip it came from.
function linkNewTakes(db: Db, timeline: Timeline, links: ReadonlyMap<string, string[]>): void {
  const link = db.prepare('INSERT OR IGNORE INTO clip_takes (clip_id, take_id, seq) VALUES (?, ?, (SELECT COALESCE(MAX(seq) + 1, 0) FROM clip_takes))');
  for (const clip of timeline.clips) {
    const known = links.get(clip.id) ?? [];
    for (const takeId of clip.takeIds) if (!known.includes(takeId)) link.run(clip.id, takeId);
  }
}
