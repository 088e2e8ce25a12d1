// How long a prompt is against the limit. Text past the limit is kept (never cut silently, as a
// textarea maxLength would do to a paste) and the count says how much to remove; the server refuses
// it with the same sentence if it is sent anyway.
import { MAX_PROMPT_LENGTH } from '../../../../main/contract/format';

export function isPromptTooLong(prompt: string): boolean {
  return prompt.trim().length > MAX_PROMPT_LENGTH;
}

export function PromptLength({ prompt }: { prompt: string }) {
  const length = prompt.trim().length;
  if (length <= MAX_PROMPT_LENGTH) {
    return (
      <span className="muted">
        {length}/{MAX_PROMPT_LENGTH}
      </span>
    );
  }
  return (
    <span className="prompt-too-long" role="status" data-testid="prompt-too-long">
      {length}/{MAX_PROMPT_LENGTH}: remove {length - MAX_PROMPT_LENGTH} characters
    </span>
  );
}
