// How times read (timecode or seconds), remembered across sessions; clicking the timecode toggles it.
import { useCallback, useState } from 'react';
import { readTimeFormat, rememberTimeFormat } from '../lib/time-format-pref';
import type { TimeFormat } from '../lib/timecode';

export function useTimeFormat(): [TimeFormat, () => void] {
  const [timeFormat, setTimeFormat] = useState<TimeFormat>(readTimeFormat);
  const toggle = useCallback(() => {
    setTimeFormat((current) => {
      const next = current === 'timecode' ? 'seconds' : 'timecode';
      rememberTimeFormat(next);
      return next;
    });
  }, []);
  return [timeFormat, toggle];
}
