// The projects this process has open, known by what they are on disk rather than by the path a
// client typed: the same folder reached through a symlink, a differently-cased path (macOS, Windows)
// or a bind mount is the same project and the same session, never a second one that would retake
// its own lock and sweep away the media of a job in progress.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../contract/api';
import { PROJECT_FILE, type ProjectStore } from '../projects/project-store';

export interface ProjectLocation {
  // The folder with every symlink resolved (and, where the OS does it, its case canonical).
  realDir: string;
  // The project file's device and inode: equal for every path that reaches the same file.
  fileKey: string | null;
}

export async function locateProject(dir: string): Promise<ProjectLocation> {
  let realDir: string;
  try {
    realDir = await realpath(path.resolve(dir));
  } catch {
    throw new ApiError('not_found', `No Kinora project was found in ${dir}.`);
  }
  const file = await stat(path.join(realDir, PROJECT_FILE)).catch(() => null);
  return { realDir, fileKey: file ? `${file.dev}:${file.ino}` : null };
}

export class OpenProjects {
  private readonly byId = new Map<string, { store: ProjectStore; location: ProjectLocation }>();

  find(location: ProjectLocation): ProjectStore | undefined {
    for (const entry of this.byId.values()) {
      const sameFile = location.fileKey !== null && entry.location.fileKey === location.fileKey;
      if (sameFile || entry.location.realDir === location.realDir) return entry.store;
    }
    return undefined;
  }

  get(projectId: string): ProjectStore | undefined {
    return this.byId.get(projectId)?.store;
  }

  hasId(projectId: string): boolean {
    return this.byId.has(projectId);
  }

  add(store: ProjectStore, location: ProjectLocation): void {
    this.byId.set(store.id, { store, location });
  }

  all(): ProjectStore[] {
    return [...this.byId.values()].map((e) => e.store);
  }

  clear(): void {
    this.byId.clear();
  }
}
