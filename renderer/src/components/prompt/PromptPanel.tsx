// The left panel: describe a scene, optionally pin a seed and duration, generate. Below it, the jobs
// in progress.
import { useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import { PromptLength, isPromptTooLong } from './PromptLength';
import { DEFAULT_RESOLUTION, MAX_DURATION_SEC, MIN_DURATION_SEC, type ResolutionId } from '../../../../main/contract/format';
import { useNotifications } from '../../state/notifications';
import type { EditorActions, GenerateRequest } from '../../state/useEditorActions';
import { JobList } from './JobList';
import { usePromptReading } from '../../hooks/usePromptReading';
import { UnderstandingCard } from '../understanding/UnderstandingCard';
import { PROMPT_EXAMPLES } from './prompt-examples';
import { validateGenerateFields } from './validate-generate';
import { ResolutionSelect } from './ResolutionSelect';
import { CameoPicker } from '../cameos/CameoPicker';
import { CameoSuggestions } from '../cameos/CameoSuggestions';
import { useCameoMention } from '../cameos/useCameoMention';

interface PromptPanelProps {
  actions: EditorActions;
  jobs: readonly Job[];
}


export function PromptPanel({ actions, jobs }: PromptPanelProps) {
  const { showError } = useNotifications();
  const [prompt, setPrompt] = useState('');
  const [seed, setSeed] = useState('');
  const [duration, setDuration] = useState('');
  const [resolution, setResolution] = useState<ResolutionId>(DEFAULT_RESOLUTION);
  const [sending, setSending] = useState(false);
  const durationNumber = Number(duration);
  const reading = usePromptReading(prompt, duration.trim() !== '' && Number.isFinite(durationNumber) ? durationNumber : undefined);
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const mention = useCameoMention(promptRef, prompt, setPrompt);

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

  function onPromptKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void generate();
    }
  }

  return (
    <aside className="panel prompt-panel" aria-label="Prompt">
      <div className="panel-header">
        <h2>Generate</h2>
      </div>
      <form className="panel-body prompt-form" onSubmit={onSubmit}>
        <label className="field-label" htmlFor="prompt-input">
          Prompt
        </label>
        <div className="prompt-input-wrap">
          <textarea
            ref={promptRef}
            id="prompt-input"
            className="text-area prompt-textarea"
            placeholder="Describe the scene: who or what, where, what happens… (@ puts in a cameo)"
            value={prompt}
            aria-invalid={isPromptTooLong(prompt)}
            onChange={(event) => {
              setPrompt(event.target.value);
              mention.track();
            }}
            onKeyDown={onPromptKeyDown}
            onKeyUp={mention.track}
            onClick={mention.track}
            rows={6}
            data-testid="prompt-input"
          />
          <CameoSuggestions mention={mention} />
        </div>
        <div className="prompt-meta">
          <span className="muted">Ctrl+Enter to generate</span>
          <PromptLength prompt={prompt} />
        </div>
        <CameoPicker prompt={prompt} onPrompt={setPrompt} testId="prompt-cameo-picker" />
        <UnderstandingCard understanding={reading?.understanding} refusal={reading?.refusal ?? null} testId="prompt-understanding" />
        <div className="field-row">
          <label className="field">
            <span className="field-label">Seed</span>
            <input
              type="number"
              className="text-input"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder="Random"
              value={seed}
              onChange={(event) => setSeed(event.target.value)}
              data-testid="seed-input"
            />
          </label>
          <label className="field">
            <span className="field-label">Duration (s)</span>
            <input
              type="number"
              className="text-input"
              min={MIN_DURATION_SEC}
              max={MAX_DURATION_SEC}
              step={0.5}
              placeholder="Auto"
              value={duration}
              onChange={(event) => setDuration(event.target.value)}
              data-testid="duration-input"
            />
          </label>
        </div>
        <div className="field-row">
          <ResolutionSelect value={resolution} onChange={setResolution} testId="resolution-select" />
        </div>
        <button type="submit" className="button button-primary button-wide" disabled={sending} data-testid="generate-button">
          {sending ? 'Starting…' : 'Generate'}
        </button>
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
    </aside>
  );
}
