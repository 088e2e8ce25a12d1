// A placeholder at the end of the video track for a generation that will append a clip.
import { DEFAULT_DURATION_SEC } from '../../../../main/contract/format';
import type { Job } from '../../../../main/contract/model';
import { at, span } from './Ruler';

// The hairline left between one placeholder and the next (s).
const GAP_SEC = 0.1;

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

// Where the placeholders of generations that append clips go: one after another past the end of V1,
// each as long as its clip will be (the default length for a job recorded without one), with a
// hairline between them.
export function pendingPlaces(jobs: readonly Job[], endOfV1: number): { job: Job; startSec: number; durationSec: number }[] {
  let next = endOfV1;
  return jobs.map((job) => {
    const length = job.durationSec ?? DEFAULT_DURATION_SEC;
    const place = { job, startSec: next, durationSec: Math.max(length - GAP_SEC, length / 2) };
    next += length;
    return place;
  });
}
