// A placeholder at the end of the video track for a generation that will append a clip.
import type { Job } from '../../../../main/contract/model';
import { at, span } from './Ruler';

interface PendingClipProps {
  job: Job;
  startSec: number;
  durationSec: number;
}

export function PendingClip({ job, startSec, durationSec }: PendingClipProps) {
  return (
    <div className="pending-clip" style={{ left: at(startSec), width: span(durationSec) }} title={job.prompt} data-testid="pending-clip" data-job-id={job.id}>
      <span className="pending-label">{job.status === 'queued' ? 'Queued' : job.stage || 'Generating'}</span>
      <div className="pending-progress" style={{ width: `${Math.round(job.progress * 100)}%` }} />
    </div>
  );
}
