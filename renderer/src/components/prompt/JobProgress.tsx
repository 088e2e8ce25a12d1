import type { Job } from '../../../../main/contract/model';

interface JobProgressProps {
  job: Job;
  onCancel(): void;
}

// One job: what it is making, its stage, a progress bar and a cancel button.
export function JobProgress({ job, onCancel }: JobProgressProps) {
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const stage = job.status === 'queued' ? 'Waiting to start…' : job.stage || 'Working…';
  return (
    <div className="job" data-testid="job" data-job-id={job.id} data-status={job.status}>
      <div className="job-title" title={job.prompt}>
        {job.clipId ? 'New take: ' : ''}
        {job.prompt}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={`Generating: ${job.prompt}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% — ${stage}`}
        data-testid="job-progress"
      >
        <div className={`progress-fill${job.status === 'queued' ? ' progress-fill-queued' : ''}`} style={{ width: `${percent}%` }} />
      </div>
      <div className="job-footer">
        <span className="job-stage" title={stage} data-testid="job-stage">
          {stage}
        </span>
        <span className="job-percent">{percent}%</span>
        <button type="button" className="button button-small button-ghost" onClick={onCancel} data-testid="cancel-job-button">
          Cancel
        </button>
      </div>
    </div>
  );
}
