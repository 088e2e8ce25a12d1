// How times read (timecode or seconds), remembered across sessions; clicking the timecode toggles it.
import { useCallback } from 'react';
import type { TimeFormat } from '../lib/timecode';
import { useEditorPref } from './useEditorPref';

export function useTimeFormat(): [TimeFormat, () => void] {
  const [timeFormat, setTimeFormat] = useEditorPref('timeFormat');
  const toggle = useCallback(() => setTimeFormat((current) => (current === 'timecode' ? 'seconds' : 'timecode')), [setTimeFormat]);
  return [timeFormat, toggle];
}
