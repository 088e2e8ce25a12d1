// Imported sound files in the project database. A media row is never deleted (like a take), so undo
// can always bring back a clip that plays it.
import type { Media } from '../../contract/timeline';
import type { Db } from '../../db/types';

export type NewMedia = Media;

interface MediaRow {
  id: string;
  name: string;
  path: string;
  peaks_path: string;
  duration_sec: number;
  from_video: number;
  sha256: string;
  created_at: string;
}

export function insertMedia(db: Db, media: NewMedia): void {
  db.prepare(
    `INSERT INTO media (id, name, path, peaks_path, duration_sec, from_video, sha256, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(media.id, media.name, media.path, media.peaksPath, media.durationSec, media.fromVideo ? 1 : 0, media.sha256, media.createdAt);
}

export function readMedia(db: Db): Media[] {
  return (db.prepare('SELECT * FROM media ORDER BY created_at').all() as MediaRow[]).map((row) => ({
    id: row.id,
    name: row.name,
    path: row.path,
    peaksPath: row.peaks_path,
    durationSec: row.duration_sec,
    fromVideo: row.from_video === 1,
    sha256: row.sha256,
    createdAt: row.created_at,
  }));
}
