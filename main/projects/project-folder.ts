// Picks a fresh folder for a new project from its name, never reusing one that exists.
import { existsSync } from 'node:fs';
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

export function uniqueProjectDir(projectsDir: string, name: string): string {
  const base = path.join(projectsDir, projectSlug(name));
  if (!existsSync(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}
