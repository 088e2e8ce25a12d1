// Schema migrations, applied in order inside one transaction each. PRAGMA user_version records how
// many have run, so opening an old project upgrades it and opening a new one is a no-op. A migration
// is SQL, or a function when rows need converting.
import { migrateV3Timeline } from './migrate-v3-timeline';
import { migrateV4Lineage } from './migrate-v4-lineage';
import { migrateV6CameraFollow } from './migrate-v6-camera-follow';
import type { Db } from './types';

export type Migration = string | ((db: Db) => void);

export const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  -- A take is one immutable generation result; it is never deleted, so any take can be switched back to.
  CREATE TABLE takes (
    id TEXT PRIMARY KEY,
    prompt TEXT NOT NULL,
    seed INTEGER NOT NULL,
    parent_take_id TEXT REFERENCES takes(id),
    plan_json TEXT NOT NULL,
    trace_json TEXT NOT NULL,
    duration_sec REAL NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    fps INTEGER NOT NULL,
    video_path TEXT NOT NULL,
    filmstrip_path TEXT NOT NULL,
    filmstrip_frames INTEGER NOT NULL,
    peaks_path TEXT NOT NULL,
    outcome TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  -- The timeline: clips in order; each shows one of its takes.
  CREATE TABLE clips (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    take_id TEXT NOT NULL REFERENCES takes(id),
    created_at TEXT NOT NULL
  );

  -- Which takes a clip has had (for the take switcher), in the order they arrived.
  CREATE TABLE clip_takes (
    clip_id TEXT NOT NULL,
    take_id TEXT NOT NULL REFERENCES takes(id),
    seq INTEGER NOT NULL,
    PRIMARY KEY (clip_id, take_id)
  );

  -- Undo history: each entry holds the timeline before and after one edit. Entries with
  -- seq > the cursor are redoable; a new edit drops them.
  CREATE TABLE history (
    seq INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    prompt TEXT NOT NULL,
    seed INTEGER NOT NULL,
    clip_id TEXT,
    parent_take_id TEXT,
    duration_sec REAL,
    status TEXT NOT NULL,
    progress REAL NOT NULL DEFAULT 0,
    stage TEXT NOT NULL DEFAULT '',
    error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
  );
  `,
  // v2: a finished job names the take it produced, so the editor can show the user where it landed.
  `ALTER TABLE jobs ADD COLUMN take_id TEXT REFERENCES takes(id);`,
  // v3: tracks, clips placed in time with trims, volume and fades, markers, imported media, and
  // history as row deltas.
  migrateV3Timeline,
  // v4: a take's lineage (how it came from its parent) for the lineage tree.
  migrateV4Lineage,
  // v5: a take's dialogue stem (its spoken lines apart from the world's sound) and its waveform.
  `ALTER TABLE takes ADD COLUMN speech_path TEXT;
   ALTER TABLE takes ADD COLUMN speech_peaks_path TEXT;`,
  // v6: plans written when the default camera motion was called 'static' say 'follow'.
  migrateV6CameraFollow,
  // v7: a history step says whose it is: the user's edit, or a clip a background job landed (which
  // keeps the user's redo; main/projects/history.ts).
  `ALTER TABLE history ADD COLUMN origin TEXT NOT NULL DEFAULT 'edit' CHECK (origin IN ('edit', 'landing'));`,
  // v8: a track's sync lock (main/projects/timeline/ripple.ts). Every track rippled together before,
  // so every existing track starts locked; a history step written before carries no sync_lock and
  // puts a track back locked, as it was then.
  `ALTER TABLE tracks ADD COLUMN sync_lock INTEGER NOT NULL DEFAULT 1 CHECK (sync_lock IN (0, 1));`,
];
