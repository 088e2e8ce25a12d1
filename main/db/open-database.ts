// Opens a project's SQLite file the way every edit expects it: WAL journal (a crash loses nothing
// that was committed), foreign keys on, and the schema migrated to the latest version. An existing
// file is checked completely, read-only, before anything is written to it: an empty file, a foreign
// database, a damaged one or one from a newer Kinora is refused and left exactly as it was.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { ApiError } from '../contract/api';
import { MIGRATIONS, type Migration } from './migrations';

import type { Db } from './types';

export type { Db };

// Tables and meta keys every Kinora project has had at every schema version (v3 replaced the clip
// tables, not these): how we tell our files from any other SQLite database.
const KINORA_TABLES = ['meta', 'takes', 'clip_takes', 'history', 'jobs'];
const KINORA_META_KEYS = ['id', 'name'];

function notKinora(file: string, why: string): ApiError {
  return new ApiError('invalid_input', `${file} is damaged or is not a Kinora project file (${why}). It was left untouched.`);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

// Everything that must hold before Kinora may write to an existing project file.
function verifyProjectFile(db: Db, file: string): void {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw notKinora(file, `integrity check: ${String(check)}`);
  const version = schemaVersion(db);
  if (version > MIGRATIONS.length) {
    throw new ApiError('invalid_input', `${file} was saved by a newer version of Kinora. Update Kinora to open it; the file was not changed.`);
  }
  if (version < 1) throw notKinora(file, 'it has no Kinora schema');
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const missing = KINORA_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) throw notKinora(file, `missing ${missing.join(', ')}`);
  const keys = new Set((db.prepare('SELECT key FROM meta').all() as { key: string }[]).map((r) => r.key));
  const missingKeys = KINORA_META_KEYS.filter((k) => !keys.has(k));
  if (missingKeys.length > 0) throw notKinora(file, `its project ${missingKeys.join(' and ')} are missing`);
}

// Checks an existing project file read-only; throws a message for the user if Kinora must not touch it.
export function inspectProjectFile(file: string): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new ApiError('not_found', `${file} is not a file.`);
  if (stat.size === 0) throw notKinora(file, 'it is empty');
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    verifyProjectFile(db, file);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw notKinora(file, (error as Error).message);
  } finally {
    db?.close();
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function migrate(db: Db, migrations: readonly Migration[]): void {
  for (let version = schemaVersion(db); version < migrations.length; version++) {
    const migration = migrations[version];
    db.transaction(() => {
      if (typeof migration === 'function') migration(db);
      else if (migration !== undefined) db.exec(migration);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

function openWritable(file: string, options: Database.Options, migrations: readonly Migration[] = MIGRATIONS): Db {
  let db: Db | undefined;
  try {
    db = new Database(file, options);
    if (schemaVersion(db) > migrations.length) {
      throw new ApiError('invalid_input', `${file} was saved by a newer version of Kinora. Update Kinora to open it; the file was not changed.`);
    }
    configure(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof ApiError) throw error;
    throw new ApiError('internal', `Kinora could not open ${file} for writing (${(error as Error).message}).`);
  }
}

// A new project file (the caller made sure none exists).
export function createDatabase(file: string): Db {
  return openWritable(file, {});
}

// An existing project file, after inspectProjectFile passed: opened for writing and migrated.
export function openDatabase(file: string): Db {
  return openWritable(file, { fileMustExist: true });
}

// One of the app's own databases in its home folder (the cameo library): created when missing,
// migrated with its own schema list.
export function openAppDatabase(file: string, migrations: readonly Migration[]): Db {
  return openWritable(file, {}, migrations);
}
