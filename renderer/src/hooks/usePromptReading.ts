// What Kinora makes of the prompt being typed, read through the cheap prompt.understand call a moment
// after typing pauses. A late reply for older text never replaces the reading of newer text.
import { useEffect, useState } from 'react';
import type { PromptReading } from '../../../main/contract/understanding';
import { useClient } from '../state/client-context';

const PAUSE_MS = 300;

export function usePromptReading(prompt: string, durationSec: number | undefined): PromptReading | null {
  const client = useClient();
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
  }, [client, text, durationSec]);
  return text !== '' && reading?.prompt === text ? reading.value : null;
}
