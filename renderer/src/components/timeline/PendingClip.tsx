// A placeholder at the end of the video track for a generation that will append a clip.
import type { Job } from '../../../../main/contract/model';

interface PendingClipProps {
  job: Job;
  left: number;
  width: number;
}

export function PendingClip({ job, left, width }: PendingClipProps) {
  return (
    <div className="pending-clip" style={{ left, width }} title={job.prompt} data-testid="pending-clip" data-job-id={job.id}>
      <span className="pending-label">{job.status === 'queued' ? 'Queued' : job.stage || 'Generating'}</span>
      <div className="pending-progress" style={{ width: `${Math.round(job.progress * 100)}%` }} />
    </div>
  );
}
