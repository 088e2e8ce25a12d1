// One Kinora process owns a project at a time (its jobs and media folders are that process's to
// manage). The owner's pid sits in project.lock; a lock left by a process that no longer runs is
// taken over, so a crash never locks a user out of their work.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../contract/api';

export const LOCK_FILE = 'project.lock';

interface LockOwner {
  pid: number;
  host: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : null;
  } catch {
    return null;
  }
}

// Takes the lock or throws a message the user can act on; returns the function that releases it.
export function acquireProjectLock(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  const owner = readOwner(file);
  const mine = { pid: process.pid, host: os.hostname() };
  if (owner && owner.pid !== mine.pid && (owner.host !== mine.host || isRunning(owner.pid))) {
    throw new ApiError(
      'busy',
      owner.host === mine.host
        ? `This project is open in another Kinora window (process ${owner.pid}). Close it there first.`
        : `This project is open in Kinora on ${owner.host}. Close it there first.`,
    );
  }
  writeFileSync(file, JSON.stringify(mine));
  return () => {
    if (readOwner(file)?.pid === mine.pid) rmSync(file, { force: true });
  };
}
