// Watches jobs this editor saw running and reports the take each one produced when it finishes, so
// the editor can show the user where their new clip landed.
import { useEffect, useRef } from 'react';
import type { Job } from '../../../main/contract/model';
import { isActiveJob } from './project-reducer';

export function useLandedTakes(jobs: readonly Job[], onLanded: (takeId: string) => void): void {
  const running = useRef(new Set<string>());
  useEffect(() => {
    for (const job of jobs) {
      if (isActiveJob(job)) running.current.add(job.id);
      else if (running.current.delete(job.id) && job.status === 'done' && job.takeId) onLanded(job.takeId);
    }
  }, [jobs, onLanded]);
}
