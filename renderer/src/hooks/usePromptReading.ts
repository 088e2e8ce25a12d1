// What Kinora makes of the prompt being typed, read through the cheap prompt.understand call a moment
// after typing pauses. A late reply for older text never replaces the reading of newer text. The
// reading depends on the cameo library too (a cameo's consent, name, height, revocation), so a change
// there reads the same prompt again: ticking consent clears "cannot be used until its consent...".
import { useEffect, useMemo, useState } from 'react';
import type { Cameo } from '../../../main/contract/cameo';
import type { PromptReading } from '../../../main/contract/understanding';
import { useCameoLibrary } from '../state/cameo-context';
import { useClient } from '../state/client-context';

const PAUSE_MS = 300;

export function usePromptReading(prompt: string, durationSec: number | undefined): PromptReading | null {
  const client = useClient();
  const { cameos } = useCameoLibrary();
  const library = useMemo(() => libraryStamp(cameos), [cameos]);
  const [reading, setReading] = useState<{ prompt: string; value: PromptReading } | null>(null);
  const text = prompt.trim();
  useEffect(() => {
    if (text === '') return undefined;
    let live = true;
    const timer = setTimeout(() => {
      client
        .invoke('prompt.understand', { prompt: text, ...(durationSec !== undefined ? { durationSec } : {}) })
        .then((value) => {
          if (live) setReading({ prompt: text, value });
        })
        // A reading that fails (the connection dropped) just is not shown; Generate still reports errors.
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, text, durationSec, library]);
  return text !== '' && reading?.prompt === text ? reading.value : null;
}

// What of the library a reading depends on; analysis progress is left out, so a cameo being analysed
// does not read the prompt again at every step.
function libraryStamp(cameos: readonly Cameo[]): string {
  return JSON.stringify(cameos.map((c) => [c.id, c.name, c.heightM, c.status, c.consent?.confirmedAt ?? null, c.revokedAt]));
}
