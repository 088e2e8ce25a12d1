// The clip's prompt, editable. Unchanged, Regenerate asks for a new take with a new seed; edited, it
// asks for a take of the edited prompt. The draft survives failures.
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { DEFAULT_RESOLUTION, resolutionOf, type ResolutionId } from '../../../../main/contract/format';
import type { Take } from '../../../../main/contract/model';
import type { RegenerateChange } from '../../state/useEditorActions';
import { ResolutionSelect } from '../prompt/ResolutionSelect';
import { PromptLength, isPromptTooLong } from '../prompt/PromptLength';
import { CameoPicker } from '../cameos/CameoPicker';
import { randomSeed } from '../../lib/seed';
import { useNotifications } from '../../state/notifications';

interface RegenerateFormProps {
  take: Take;
  busy: boolean;
  onRegenerate(change: RegenerateChange): Promise<boolean>;
}

export function RegenerateForm({ take, busy, onRegenerate }: RegenerateFormProps) {
  const { showError } = useNotifications();
  const [draft, setDraft] = useState(take.prompt);
  const [sending, setSending] = useState(false);
  const [resolution, setResolution] = useState<ResolutionId>(resolutionOf(take.width, take.height) ?? DEFAULT_RESOLUTION);
  const edited = draft.trim() !== take.prompt.trim();

  async function regenerate() {
    if (sending) return;
    const prompt = draft.trim();
    if (!prompt) {
      showError('Type a prompt first: describe the scene you want to see.');
      return;
    }
    setSending(true);
    try {
      await onRegenerate(edited ? { prompt, resolution } : { seed: randomSeed(take.seed), resolution });
    } finally {
      setSending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void regenerate();
    }
  }

  return (
    <div className="regenerate">
      <label className="field-label" htmlFor="regenerate-prompt-input">
        Prompt
      </label>
      <textarea
        id="regenerate-prompt-input"
        className="text-area"
        rows={4}
        aria-invalid={isPromptTooLong(draft)}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="regenerate-prompt-input"
      />
      {isPromptTooLong(draft) ? <PromptLength prompt={draft} /> : null}
      <ResolutionSelect value={resolution} onChange={setResolution} testId="regenerate-resolution-select" />
      <CameoPicker prompt={draft} onPrompt={setDraft} testId="regenerate-cameo-picker" />
      <div className="regenerate-actions">
        {edited ? (
          <button type="button" className="button button-ghost button-small" onClick={() => setDraft(take.prompt)}>
            Revert
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          onClick={() => void regenerate()}
          disabled={sending}
          title={edited ? 'Generate a new take from the edited prompt' : 'Generate a new take of the same prompt with a new seed'}
          data-testid="regenerate-button"
        >
          {sending ? 'Starting…' : edited ? 'Generate from edit' : 'Regenerate'}
        </button>
      </div>
      {busy ? <p className="muted small">A new take of this clip is being generated.</p> : null}
    </div>
  );
}
