import type { Job } from '../../../../main/contract/model';
import { JobProgress } from './JobProgress';

interface JobListProps {
  jobs: readonly Job[];
  onCancel(jobId: string): void;
}

// The generations queued or running, newest last.
export function JobList({ jobs, onCancel }: JobListProps) {
  if (jobs.length === 0) return null;
  return (
    <section className="job-list" aria-label="Generations in progress">
      <div className="panel-subheader">In progress</div>
      {jobs.map((job) => (
        <JobProgress key={job.id} job={job} onCancel={() => onCancel(job.id)} />
      ))}
    </section>
  );
}
