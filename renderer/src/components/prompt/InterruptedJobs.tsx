// Generations the app's stopping cut short (a crash, a kill), found when this project was opened: each
// named by its words, with a way to run it again as it was asked. A job made from a clip (regenerate,
// extend, remix) is run again from that clip, so it is only named.
import { useState } from 'react';
import type { Job } from '../../../../main/contract/model';
import type { ResolutionId } from '../../../../main/contract/format';
import type { EditorActions } from '../../state/useEditorActions';

interface InterruptedJobsProps {
  jobs: readonly Job[];
  resolution: ResolutionId;
  actions: EditorActions;
}

export function InterruptedJobs({ jobs, resolution, actions }: InterruptedJobsProps) {
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const shown = jobs.filter((job) => job.interruptedOnOpen && !handled.has(job.id));
  if (shown.length === 0) return null;
  const done = (jobId: string) => setHandled((previous) => new Set([...previous, jobId]));
  const again = async (job: Job) => {
    const asked = job.interruptedOnOpen!;
    if (await actions.generate({ prompt: job.prompt, seed: asked.seed, resolution, ...(asked.durationSec !== null ? { durationSec: asked.durationSec } : {}) })) done(job.id);
  };
  return (
    <section className="job-list" aria-label="Interrupted generations" data-testid="interrupted-jobs">
      <div className="panel-subheader">Interrupted when the app stopped</div>
      {shown.map((job) => (
        <div key={job.id} className="job" data-testid="interrupted-job" data-job-id={job.id}>
          <div className="job-title" title={job.prompt}>
            {job.clipId || job.interruptedOnOpen!.fromClip ? 'New take: ' : ''}
            {job.prompt}
          </div>
          <div className="job-footer">
            <span className="job-stage" title={job.interruptedOnOpen!.fromClip ? 'Select its clip to make this take again.' : 'It did not finish; nothing was added.'}>
              {job.interruptedOnOpen!.fromClip ? 'Run it from its clip' : 'Not finished'}
            </span>
            {job.interruptedOnOpen!.fromClip ? null : (
              <button type="button" className="button button-small" onClick={() => void again(job)} data-testid="run-again-button">
                Generate again
              </button>
            )}
            <button type="button" className="button button-small button-ghost" onClick={() => done(job.id)} aria-label={`Dismiss: ${job.prompt}`}>
              ×
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
