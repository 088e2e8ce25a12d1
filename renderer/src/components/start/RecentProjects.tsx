import type { ProjectSummary } from '../../../../main/contract/model';

interface RecentProjectsProps {
  projects: readonly ProjectSummary[] | null;
  busy: boolean;
  onOpen(path: string): void;
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// Where a project lives, for telling apart projects that share a name: the end of its folder's path
// ("Kinora Projects/Beach 2").
function folderOf(projectPath: string): string {
  return projectPath.split(/[\\/]/).filter(Boolean).slice(-2).join('/');
}

export function RecentProjects({ projects, busy, onOpen }: RecentProjectsProps) {
  if (projects === null) return <p className="muted">Loading…</p>;
  if (projects.length === 0) return <p className="muted">No projects yet. Create one to start.</p>;
  const sameName = new Map<string, number>();
  for (const project of projects) sameName.set(project.name, (sameName.get(project.name) ?? 0) + 1);
  return (
    <ul className="recent-list" data-testid="recent-projects">
      {projects.map((project) => (
        <li key={project.id}>
          <button
            type="button"
            className="recent-project"
            title={project.path}
            disabled={busy}
            onClick={() => onOpen(project.path)}
            data-testid="recent-project"
            data-project-id={project.id}
          >
            <span className="recent-name">{project.name}</span>
            <span className="recent-meta">
              {(sameName.get(project.name) ?? 0) > 1 ? `in ${folderOf(project.path)} · ` : ''}
              {formatWhen(project.updatedAt)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
