// Picks a fresh folder for a new project from its name, never reusing one that exists.
import { access } from 'node:fs/promises';
import path from 'node:path';

export function projectSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return slug || 'project';
}

const taken = (dir: string): Promise<boolean> => access(dir).then(() => true, () => false);

export async function uniqueProjectDir(projectsDir: string, name: string): Promise<string> {
  const base = path.join(projectsDir, projectSlug(name));
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
