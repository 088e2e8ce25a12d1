// The timeline in the database (tracks, timeline_clips, markers, timeline_range) read as one value
// and written back as the rows that changed. clip_takes (a clip's take history) only ever grows, so
// it stays out of the undoable rows.
import type { Clip, Marker, Timeline, Track } from '../../contract/timeline';
import type { Db } from '../../db/types';
import type { Row } from '../../db/row-delta';

export const TIMELINE_TABLES = ['tracks', 'timeline_clips', 'markers', 'timeline_range'] as const;
export type TimelineTable = (typeof TIMELINE_TABLES)[number];
export type TimelineRows = Record<TimelineTable, Row[]>;

interface TrackRow extends Row { kind: Track['kind']; name: string; idx: number; muted: number; volume: number; sync_lock: number; linked_track_id: string | null }
interface ClipRow extends Row {
  track_id: string; start_sec: number; source_in_sec: number; duration_sec: number; take_id: string | null;
  media_id: string | null; volume: number; fade_in_sec: number; fade_out_sec: number; created_at: string;
}
interface MarkerRow extends Row { time_sec: number; label: string }
interface RangeRow extends Row { in_sec: number; out_sec: number }

export function readTimelineRows(db: Db): TimelineRows {
  return {
    tracks: db.prepare('SELECT id, kind, name, idx, muted, volume, sync_lock, linked_track_id FROM tracks ORDER BY kind, idx').all() as TrackRow[],
    timeline_clips: db.prepare('SELECT * FROM timeline_clips ORDER BY track_id, start_sec').all() as ClipRow[],
    markers: db.prepare('SELECT id, time_sec, label FROM markers ORDER BY time_sec').all() as MarkerRow[],
    timeline_range: db.prepare('SELECT id, in_sec, out_sec FROM timeline_range').all() as RangeRow[],
  };
}

export function projectFps(db: Db): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'fps'").get() as { value: string } | undefined;
  return Number(row?.value ?? 24);
}

export function rowsToTimeline(rows: TimelineRows, fps: number, takeLinks: ReadonlyMap<string, string[]>): Timeline {
  const range = (rows.timeline_range as RangeRow[])[0];
  return {
    fps,
    tracks: (rows.tracks as TrackRow[]).map(toTrack),
    clips: (rows.timeline_clips as ClipRow[]).map((row) => toClip(row, takeLinks.get(row.id) ?? (row.take_id ? [row.take_id] : []))),
    markers: (rows.markers as MarkerRow[]).map((row): Marker => ({ id: row.id, timeSec: row.time_sec, label: row.label })),
    range: range ? { inSec: range.in_sec, outSec: range.out_sec } : null,
  };
}

export function readTakeLinks(db: Db): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const row of db.prepare('SELECT clip_id, take_id FROM clip_takes ORDER BY seq').all() as { clip_id: string; take_id: string }[]) {
    links.set(row.clip_id, [...(links.get(row.clip_id) ?? []), row.take_id]);
  }
  return links;
}

export function readTimeline(db: Db): Timeline {
  return rowsToTimeline(readTimelineRows(db), projectFps(db), readTakeLinks(db));
}

// `createdAt` keeps each existing clip's creation time; new clips get `now`.
export function timelineToRows(timeline: Timeline, createdAt: ReadonlyMap<string, string>, now: string): TimelineRows {
  return {
    tracks: timeline.tracks.map((t): TrackRow => ({
      id: t.id, kind: t.kind, name: t.name, idx: t.index, muted: t.muted ? 1 : 0, volume: t.volume, sync_lock: t.syncLocked ? 1 : 0, linked_track_id: t.linkedTrackId,
    })),
    timeline_clips: timeline.clips.map((c): ClipRow => ({
      id: c.id, track_id: c.trackId, start_sec: c.startSec, source_in_sec: c.sourceInSec, duration_sec: c.durationSec,
      take_id: c.takeId, media_id: c.mediaId, volume: c.volume, fade_in_sec: c.fadeInSec, fade_out_sec: c.fadeOutSec,
      created_at: createdAt.get(c.id) ?? now,
    })),
    markers: timeline.markers.map((m): MarkerRow => ({ id: m.id, time_sec: m.timeSec, label: m.label })),
    timeline_range: timeline.range ? [{ id: 'range', in_sec: timeline.range.inSec, out_sec: timeline.range.outSec }] : [],
  };
}

function toTrack(row: TrackRow): Track {
  return { id: row.id, kind: row.kind, name: row.name, index: row.idx, muted: row.muted === 1, volume: row.volume, syncLocked: row.sync_lock === 1, linkedTrackId: row.linked_track_id };
}

function toClip(row: ClipRow, takeIds: string[]): Clip {
  return {
    id: row.id, trackId: row.track_id, startSec: row.start_sec, sourceInSec: row.source_in_sec, durationSec: row.duration_sec,
    takeId: row.take_id, takeIds, mediaId: row.media_id, volume: row.volume, fadeInSec: row.fade_in_sec, fadeOutSec: row.fade_out_sec,
  };
}
