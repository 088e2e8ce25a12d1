// The open project's state: replaced whole by every mutating call's reply and 'project.changed',
// patched per job by 'job.updated'.
import type { Job, ProjectState } from '../../../main/contract/model';

export type ProjectAction =
  | { type: 'replace'; state: ProjectState }
  | { type: 'job'; projectId: string; job: Job }
  | { type: 'close' };

export function projectReducer(current: ProjectState | null, action: ProjectAction): ProjectState | null {
  switch (action.type) {
    case 'replace':
      // Replies and events can cross on the way (Electron's IPC replies and events travel apart):
      // an older revision of the same project never overwrites a newer one.
      if (current && current.project.id === action.state.project.id && action.state.revision < current.revision) return current;
      return action.state;
    case 'close':
      return null;
    case 'job': {
      if (!current || current.project.id !== action.projectId) return current;
      const index = current.jobs.findIndex((job) => job.id === action.job.id);
      const jobs = [...current.jobs];
      if (index >= 0) jobs[index] = action.job;
      else jobs.push(action.job);
      return { ...current, jobs };
    }
  }
}

export function isActiveJob(job: Job): boolean {
  return job.status === 'queued' || job.status === 'running';
}
