// One Kinora process owns a project at a time (its jobs and media folders are that process's to
// manage). The lock is an operating-system file lock, taken through SQLite on a small file beside the
// project: acquiring it is atomic (two processes can never both win), and the OS drops it the moment
// the owner dies, so a crash never locks a user out and a recycled PID can never keep a lock alive.
// Who holds it is written in the same file, for the message the next opener shows.
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { rmSync, readFileSync } from 'node:fs';
import { ApiError } from '../contract/api';

export const LOCK_FILE = 'project.kinora-lock';
// Kinora 0.1 kept a JSON pid file here; it is removed once the new lock is held.
const LEGACY_LOCK_FILE = 'project.lock';

interface Owner {
  pid: number;
  host: string;
}

function busyMessage(owner: Owner | null): string {
  if (!owner) return 'This project is open in another Kinora window. Close it there first.';
  return owner.host === os.hostname()
    ? `This project is open in another Kinora window (process ${owner.pid}). Close it there first.`
    : `This project is open in Kinora on ${owner.host}. Close it there first.`;
}

function readOwner(db: Database.Database): Owner | null {
  try {
    return (db.prepare('SELECT pid, host FROM owner WHERE id = 1').get() as Owner | undefined) ?? null;
  } catch {
    return null;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

// RESERVED is SQLite's one-writer lock: holding an open write transaction keeps every other
// connection (in this process or any other) from starting one, while still letting them read who
// the owner is.
function holdWriteLock(db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE');
}

function removeLegacyLock(dir: string): void {
  const file = path.join(dir, LEGACY_LOCK_FILE);
  try {
    const legacy = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    if (typeof legacy.pid === 'number') rmSync(file, { force: true });
  } catch {
    // Absent or not ours: leave it.
  }
}

// Takes the lock or throws a message the user can act on; returns the function that releases it.
export function acquireProjectLock(dir: string): () => void {
  let db: Database.Database;
  try {
    db = new Database(path.join(dir, LOCK_FILE), { timeout: 0 });
  } catch (error) {
    throw new ApiError('invalid_input', `Kinora cannot write in ${dir} (${(error as Error).message}).`);
  }
  try {
    db.exec('CREATE TABLE IF NOT EXISTS owner (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, host TEXT NOT NULL)');
    holdWriteLock(db);
    db.prepare('INSERT OR REPLACE INTO owner (id, pid, host) VALUES (1, ?, ?)').run(process.pid, os.hostname());
    // Publish who we are, then take the lock again at once. Another opener can win the gap between
    // the two; then it owns the project and we report it busy, so exactly one ever holds it.
    db.exec('COMMIT');
    holdWriteLock(db);
  } catch (error) {
    const owner = isBusy(error) ? readOwner(db) : null;
    db.close();
    if (isBusy(error)) throw new ApiError('busy', busyMessage(owner));
    throw new ApiError('invalid_input', `The project's lock file in ${dir} is damaged (${(error as Error).message}). Delete ${LOCK_FILE} and try again.`);
  }
  removeLegacyLock(dir);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    db.close();
  };
}
