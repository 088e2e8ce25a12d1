// The prompt text area: typing @ suggests cameos, Ctrl+Enter generates, and its length is counted.
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { CameoSuggestions } from '../cameos/CameoSuggestions';
import { useCameoMention } from '../cameos/useCameoMention';
import { PromptLength, isPromptTooLong } from './PromptLength';

interface PromptInputProps {
  prompt: string;
  onPrompt: (next: string) => void;
  onGenerate: () => void;
}

export function PromptInput({ prompt, onPrompt, onGenerate }: PromptInputProps) {
  const promptRef = useRef<HTMLTextAreaElement>(null);
  const mention = useCameoMention(promptRef, prompt, onPrompt);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onGenerate();
    }
  }

  return (
    <>
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
            onPrompt(event.target.value);
            mention.track();
          }}
          onKeyDown={onKeyDown}
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
    </>
  );
}
