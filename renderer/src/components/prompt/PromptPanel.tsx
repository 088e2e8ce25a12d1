// The left panel: describe a scene, optionally pin a seed, duration and resolution; the jobs in
// progress below the fields; Generate in the footer, always in reach.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import { DEFAULT_RESOLUTION, type ResolutionId } from '../../../../main/contract/format';
import { useNotifications } from '../../state/notifications';
import type { EditorActions, GenerateRequest } from '../../state/useEditorActions';
import { InterruptedJobs } from './InterruptedJobs';
import { JobList } from './JobList';
import { usePromptReading } from '../../hooks/usePromptReading';
import { UnderstandingCard } from '../understanding/UnderstandingCard';
import { PROMPT_EXAMPLES } from './prompt-examples';
import { validateGenerateFields } from './validate-generate';
import { ResolutionSelect } from './ResolutionSelect';
import { CameoPicker } from '../cameos/CameoPicker';
import { PromptInput } from './PromptInput';
import { SeedDurationFields } from './SeedDurationFields';

interface PromptPanelProps {
  actions: EditorActions;
  jobs: readonly Job[];
  // All the project's recent jobs, for those the app's stopping interrupted.
  recentJobs: readonly Job[];
}

export function PromptPanel({ actions, jobs, recentJobs }: PromptPanelProps) {
  const { showError } = useNotifications();
  const [prompt, setPrompt] = useState('');
  const [seed, setSeed] = useState('');
  const [duration, setDuration] = useState('');
  const [resolution, setResolution] = useState<ResolutionId>(DEFAULT_RESOLUTION);
  const [sending, setSending] = useState(false);
  const durationNumber = Number(duration);
  const reading = usePromptReading(prompt, duration.trim() !== '' && Number.isFinite(durationNumber) ? durationNumber : undefined);

  async function generate() {
    if (sending) return;
    const checked = validateGenerateFields(prompt, seed, duration);
    if (!checked.ok) {
      showError(checked.message);
      return;
    }
    const request: GenerateRequest = { ...checked.request, resolution };
    setSending(true);
    try {
      await actions.generate(request);
    } finally {
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void generate();
  }

  return (
    <aside className="panel prompt-panel" aria-label="Prompt">
      <div className="panel-header">
        <h2>Generate</h2>
      </div>
      <div className="prompt-scroll">
        {/* First, where the eye lands on opening: work the app's stopping lost. */}
        <InterruptedJobs jobs={recentJobs} resolution={resolution} actions={actions} />
        <form id="prompt-form" className="panel-body prompt-form" onSubmit={onSubmit}>
          <PromptInput prompt={prompt} onPrompt={setPrompt} onGenerate={() => void generate()} />
          <CameoPicker prompt={prompt} onPrompt={setPrompt} testId="prompt-cameo-picker" />
          <UnderstandingCard understanding={reading?.understanding} refusal={reading?.refusal ?? null} testId="prompt-understanding" />
          <SeedDurationFields seed={seed} duration={duration} onSeed={setSeed} onDuration={setDuration} />
          <ResolutionSelect value={resolution} onChange={setResolution} testId="resolution-select" />
          {prompt.trim() === '' ? (
            <div className="examples">
              <span className="field-label">Try</span>
              {PROMPT_EXAMPLES.map((example) => (
                <button key={example} type="button" className="example-chip" onClick={() => setPrompt(example)}>
                  {example}
                </button>
              ))}
            </div>
          ) : null}
        </form>
        <JobList jobs={jobs} onCancel={(jobId) => void actions.cancelJob(jobId)} />
      </div>
      {/* Generate stays at the panel's foot, in reach however long the reading above grows. */}
      <div className="prompt-footer">
        <button type="submit" form="prompt-form" className="button button-primary button-wide" disabled={sending} data-testid="generate-button">
          {sending ? 'Starting…' : 'Generate'}
        </button>
      </div>
    </aside>
  );
}
