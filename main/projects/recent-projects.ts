// The app's own small database (in its home folder): which projects were opened recently.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { idSchema, type ProjectSummary } from '../contract/model';

export class RecentProjects {
  private readonly db: Database.Database;

  constructor(homeDir: string) {
    mkdirSync(homeDir, { recursive: true });
    this.db = new Database(path.join(homeDir, 'kinora-app.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS recent_projects (
      path TEXT PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, opened_at TEXT NOT NULL)`);
  }

  remember(project: ProjectSummary): void {
    this.db
      .prepare(
        `INSERT INTO recent_projects (path, id, name, opened_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(path) DO UPDATE SET id = excluded.id, name = excluded.name, opened_at = excluded.opened_at`,
      )
      .run(project.path, project.id, project.name, new Date().toISOString());
  }

  forget(projectPath: string): void {
    this.db.prepare('DELETE FROM recent_projects WHERE path = ?').run(projectPath);
  }

  list(limit = 20): ProjectSummary[] {
    const rows = this.db
      .prepare('SELECT path, id, name, opened_at FROM recent_projects ORDER BY opened_at DESC LIMIT ?')
      .all(limit) as { path: string; id: string; name: string; opened_at: string }[];
    // A row someone edited by hand (an id that is not an id) is skipped, so one bad entry can never
    // break the start screen.
    return rows.filter((r) => idSchema.safeParse(r.id).success).map((r) => ({ id: r.id, name: r.name, path: r.path, updatedAt: r.opened_at }));
  }

  close(): void {
    this.db.close();
  }
}
