// Tells the user how a job ended: a failure in the error banner, a cancellation or interruption as a
// calm notice. Only jobs this window saw running, or started itself, are reported; jobs that were
// already finished when the project opened stay quiet.
import { useCallback, useEffect, useRef } from 'react';
import type { Job, JobStatus, ProjectState } from '../../../main/contract/model';
import { useNotifications } from './notifications';
import { isActiveJob } from './project-reducer';

export function useJobOutcomes(project: ProjectState | null): (jobId: string) => void {
  const { showError, showNotice } = useNotifications();
  const seen = useRef(new Map<string, JobStatus>());
  const started = useRef(new Set<string>());
  const reported = useRef(new Set<string>());
  const jobsRef = useRef<readonly Job[]>([]);

  const report = useCallback(
    (job: Job) => {
      if (reported.current.has(job.id)) return;
      reported.current.add(job.id);
      started.current.delete(job.id);
      if (job.status === 'failed') {
        showError(job.error ?? 'The generation failed.');
      } else if (job.status === 'cancelled') {
        showNotice('Generation cancelled. Nothing was added to the timeline.');
      } else if (job.status === 'interrupted') {
        showNotice('A generation was interrupted before it finished. Generate again to retry it.');
      }
    },
    [showError, showNotice],
  );

  const jobs = project?.jobs;
  useEffect(() => {
    if (!jobs) return;
    jobsRef.current = jobs;
    for (const job of jobs) {
      const previous = seen.current.get(job.id);
      seen.current.set(job.id, job.status);
      if (previous === job.status || isActiveJob(job)) continue;
      const watched = (previous !== undefined && (previous === 'queued' || previous === 'running')) || started.current.has(job.id);
      if (watched) report(job);
    }
  }, [jobs, report]);

  // Called with the id a start call returned; the job may already have ended by then.
  return useCallback(
    (jobId: string) => {
      started.current.add(jobId);
      const job = jobsRef.current.find((j) => j.id === jobId);
      if (job && !isActiveJob(job)) report(job);
    },
    [report],
  );
}
