// "Cast a cameo": picks one of the cameos ready to use and puts them in the prompt in place of the
// person it is about ("a man shoots" -> "@alex shoots"; "@sam walks" -> "@alex walks"). Main does the
// rewriting (it reads the prompt the way the generator will); an empty prompt starts with "@alex ".
import { useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { useCameoLibrary } from '../../state/cameo-context';
import { useClient } from '../../state/client-context';
import { useNotifications } from '../../state/notifications';

interface CameoPickerProps {
  prompt: string;
  onPrompt(next: string): void;
  testId: string;
}

export function CameoPicker({ prompt, onPrompt, testId }: CameoPickerProps) {
  const client = useClient();
  const { showError } = useNotifications();
  const { cameos } = useCameoLibrary();
  const [busy, setBusy] = useState(false);
  const usable = cameos.filter((c) => c.usable);
  if (usable.length === 0) return null;

  async function cast(name: string): Promise<void> {
    if (prompt.trim() === '') {
      onPrompt(`@${name} `);
      return;
    }
    setBusy(true);
    try {
      onPrompt((await client.invoke('prompt.castCameo', { prompt, cameoName: name })).prompt);
    } catch (error) {
      showError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <label className="cameo-picker" title="Put a cameo in place of the person in this prompt">
      <span className="field-label">Cameo</span>
      <select
        className="text-input"
        value=""
        disabled={busy}
        onChange={(event) => {
          const name = event.target.value;
          if (name) void cast(name);
        }}
        data-testid={testId}
      >
        <option value="">Cast a cameo as the person…</option>
        {usable.map((c) => (
          <option key={c.id} value={c.name}>
            @{c.name} ({c.heightM.toFixed(2)} m)
          </option>
        ))}
      </select>
    </label>
  );
}
