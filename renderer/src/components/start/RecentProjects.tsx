import type { ProjectSummary } from '../../../../main/contract/model';
import { projectPlaces } from '../../lib/project-places';

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

export function RecentProjects({ projects, busy, onOpen }: RecentProjectsProps) {
  if (projects === null) return <p className="muted">Loading…</p>;
  if (projects.length === 0) return <p className="muted">No projects yet. Create one to start.</p>;
  const places = projectPlaces(projects);
  return (
    <ul className="recent-list" data-testid="recent-projects">
      {projects.map((project, i) => (
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
              {places[i] ? `in ${places[i]} · ` : ''}
              {formatWhen(project.updatedAt)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
