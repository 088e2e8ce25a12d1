// v3: the timeline becomes tracks of clips placed in time (OpenTimelineIO-shaped) instead of one
// ordered list. Existing clips land on V1 end to end, exactly where they played before; the undo
// history is carried over as row deltas (main/db/row-delta.ts), so old edits stay undoable.
import { DEFAULT_FORMAT } from '../contract/scene-plan';
import type { Db } from './types';
import type { Row, RowDelta } from './row-delta';

// The tracks every project starts with. Their ids only need to be unique within one project.
export const DEFAULT_TRACKS = [
  { id: 'track-v1', kind: 'video', name: 'V1', idx: 0, linked_track_id: null },
  { id: 'track-a1', kind: 'sound', name: 'A1', idx: 0, linked_track_id: 'track-v1' },
  { id: 'track-d1', kind: 'dialogue', name: 'D1', idx: 0, linked_track_id: null },
  { id: 'track-m1', kind: 'music', name: 'M1', idx: 0, linked_track_id: null },
] as const;

const SCHEMA = `
  CREATE TABLE tracks (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    idx INTEGER NOT NULL,
    muted INTEGER NOT NULL DEFAULT 0,
    volume REAL NOT NULL DEFAULT 1,
    linked_track_id TEXT
  );

  -- Imported sound files (music, voice, the sound of a video), copied into media/<id>/.
  CREATE TABLE media (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    peaks_path TEXT NOT NULL,
    duration_sec REAL NOT NULL,
    from_video INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  -- A clip plays [source_in_sec, source_in_sec + duration_sec) of a take or a media file from
  -- start_sec on its track. Trims change only these numbers.
  CREATE TABLE timeline_clips (
    id TEXT PRIMARY KEY,
    track_id TEXT NOT NULL,
    start_sec REAL NOT NULL,
    source_in_sec REAL NOT NULL,
    duration_sec REAL NOT NULL,
    take_id TEXT REFERENCES takes(id),
    media_id TEXT REFERENCES media(id),
    volume REAL NOT NULL DEFAULT 1,
    fade_in_sec REAL NOT NULL DEFAULT 0,
    fade_out_sec REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE INDEX timeline_clips_by_track ON timeline_clips (track_id, start_sec);

  CREATE TABLE markers (id TEXT PRIMARY KEY, time_sec REAL NOT NULL, label TEXT NOT NULL);

  -- At most one row (id 'range'): the marked in/out points.
  CREATE TABLE timeline_range (id TEXT PRIMARY KEY, in_sec REAL NOT NULL, out_sec REAL NOT NULL);

  CREATE TABLE history_v3 (
    seq INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    delta_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
`;

interface OldClipRow {
  id: string;
  position: number;
  take_id: string;
  created_at: string;
}

export function migrateV3Timeline(db: Db): void {
  db.exec(SCHEMA);
  const insertTrack = db.prepare('INSERT INTO tracks (id, kind, name, idx, linked_track_id) VALUES (@id, @kind, @name, @idx, @linked_track_id)');
  for (const track of DEFAULT_TRACKS) insertTrack.run(track);
  const durations = new Map((db.prepare('SELECT id, duration_sec, fps FROM takes').all() as { id: string; duration_sec: number; fps: number }[]).map((t) => [t.id, t]));
  const firstFps = [...durations.values()][0]?.fps;
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('fps', ?)").run(String(firstFps ?? DEFAULT_FORMAT.fps));

  const toV1 = (old: readonly OldClipRow[]): Row[] => {
    let startSec = 0;
    return [...old]
      .sort((a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at))
      .map((clip) => {
        const durationSec = durations.get(clip.take_id)?.duration_sec ?? 0;
        const row: Row = {
          id: clip.id, track_id: 'track-v1', start_sec: startSec, source_in_sec: 0, duration_sec: durationSec,
          take_id: clip.take_id, media_id: null, volume: 1, fade_in_sec: 0, fade_out_sec: 0, created_at: clip.created_at,
        };
        startSec += durationSec;
        return row;
      });
  };

  const insertClip = db.prepare(
    `INSERT INTO timeline_clips (id, track_id, start_sec, source_in_sec, duration_sec, take_id, media_id, volume, fade_in_sec, fade_out_sec, created_at)
     VALUES (@id, @track_id, @start_sec, @source_in_sec, @duration_sec, @take_id, @media_id, @volume, @fade_in_sec, @fade_out_sec, @created_at)`,
  );
  for (const row of toV1(db.prepare('SELECT id, position, take_id, created_at FROM clips').all() as OldClipRow[])) insertClip.run(row);

  const insertHistory = db.prepare('INSERT INTO history_v3 (seq, label, delta_json, created_at) VALUES (?, ?, ?, ?)');
  const oldHistory = db.prepare('SELECT seq, label, before_json, after_json, created_at FROM history').all() as {
    seq: number; label: string; before_json: string; after_json: string; created_at: string;
  }[];
  for (const entry of oldHistory) {
    const delta: RowDelta = {
      timeline_clips: { before: toV1(JSON.parse(entry.before_json) as OldClipRow[]), after: toV1(JSON.parse(entry.after_json) as OldClipRow[]) },
    };
    insertHistory.run(entry.seq, entry.label, JSON.stringify(delta), entry.created_at);
  }
  db.exec('DROP TABLE history; ALTER TABLE history_v3 RENAME TO history; DROP TABLE clips;');
}
