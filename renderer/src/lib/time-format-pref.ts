// The user's choice of timecode or seconds, remembered across sessions.
import type { TimeFormat } from './timecode';

const KEY = 'kinora.timeFormat';

export function readTimeFormat(): TimeFormat {
  try {
    return localStorage.getItem(KEY) === 'seconds' ? 'seconds' : 'timecode';
  } catch {
    return 'timecode';
  }
}

export function rememberTimeFormat(format: TimeFormat): void {
  try {
    localStorage.setItem(KEY, format);
  } catch {
    // Private mode or storage full: the choice lasts for this session only.
  }
}
