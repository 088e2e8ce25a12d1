// Opens a project's SQLite file the way every edit expects it: WAL journal (a crash loses nothing
// that was committed), foreign keys on, and the schema migrated to the latest version.
import Database from 'better-sqlite3';
import { ApiError } from '../contract/api';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

// migrations: the project schema by default; the app's other databases (the cameo library) pass theirs.
export function openDatabase(file: string, migrations: readonly string[] = MIGRATIONS): Db {
  let db: Db | undefined;
  try {
    db = new Database(file);
    // Reading the schema version first proves the file is a database at all, before anything is written.
    if (schemaVersion(db) > migrations.length) {
      throw new ApiError('invalid_input', `${file} was saved by a newer version of Kinora. Update Kinora to open it; the file was not changed.`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db?.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('invalid_input', `${file} is damaged or is not a Kinora project file (${(error as Error).message}). It was left untouched.`);
  }
  migrate(db, migrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly string[]): void {
  for (let version = schemaVersion(db); version < migrations.length; version++) {
    const sql = migrations[version] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
