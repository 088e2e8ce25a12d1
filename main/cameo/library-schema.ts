// The cameo library's schema (<home>/cameos/library.db), migrated like a project file.
export const LIBRARY_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE cameos (
    id TEXT PRIMARY KEY,
    -- What a prompt calls it by (@name); unique ignoring case among all cameos, revoked ones included,
    -- so an old prompt never silently picks up a different person.
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    height_m REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('video', 'photo')),
    status TEXT NOT NULL CHECK (status IN ('analysing', 'ready', 'failed', 'cancelled')),
    progress REAL NOT NULL DEFAULT 0,
    stage TEXT NOT NULL DEFAULT '',
    error TEXT,
    source_file_name TEXT NOT NULL,
    source_extension TEXT NOT NULL,
    duration_sec REAL NOT NULL,
    fps REAL NOT NULL DEFAULT 0,
    frame_count INTEGER NOT NULL DEFAULT 0,
    source_width INTEGER NOT NULL,
    source_height INTEGER NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    has_audio INTEGER NOT NULL,
    consent_text TEXT,
    consent_by TEXT,
    consent_at TEXT,
    revoked_at TEXT,
    created_at TEXT NOT NULL
  );
  `,
  // Deleting a cameo keeps a tombstone (id, name, revocation, consent record) so the takes that used it
  // stay blocked and its name is never handed to someone else; the footage and mattes leave the disk.
  `ALTER TABLE cameos ADD COLUMN deleted_at TEXT;`,
  // The owner's permission to share takes holding the cameo as .kinora-take files: when it was given,
  // or null (the default: not allowed).
  `ALTER TABLE cameos ADD COLUMN sharing_allowed_at TEXT;`,
  // How much of the person the footage shows, from the crown down: 1 head to feet, 0.47 from the waist
  // up; null until analysed (or analysed before it was measured: analysing again measures it).
  `ALTER TABLE cameos ADD COLUMN shown_share REAL;`,
];
