// The editor's preferences that outlive a session (how times read, whether edits snap), kept in the
// browser's storage: one table, one key and one default each.
import type { TimeFormat } from './timecode';

interface PrefSpec<T> {
  key: string;
  fallback: T;
  write(value: T): string;
  // null for a stored value this version does not know.
  read(stored: string): T | null;
}

const EDITOR_PREFS = {
  timeFormat: {
    key: 'kinora.timeFormat',
    fallback: 'timecode',
    write: (value) => value,
    read: (stored) => (stored === 'seconds' || stored === 'timecode' ? stored : null),
  } satisfies PrefSpec<TimeFormat>,
  snapping: {
    key: 'kinora.snapping',
    fallback: true,
    write: (value) => (value ? 'on' : 'off'),
    read: (stored) => (stored === 'on' ? true : stored === 'off' ? false : null),
  } satisfies PrefSpec<boolean>,
};

export interface EditorPrefs {
  timeFormat: TimeFormat;
  snapping: boolean;
}
export type EditorPrefName = keyof EditorPrefs;

function spec<K extends EditorPrefName>(name: K): PrefSpec<EditorPrefs[K]> {
  return EDITOR_PREFS[name] as unknown as PrefSpec<EditorPrefs[K]>;
}

export function readPref<K extends EditorPrefName>(name: K): EditorPrefs[K] {
  const { key, fallback, read } = spec(name);
  try {
    const stored = localStorage.getItem(key);
    return (stored === null ? null : read(stored)) ?? fallback;
  } catch {
    return fallback;
  }
}

export function rememberPref<K extends EditorPrefName>(name: K, value: EditorPrefs[K]): void {
  const { key, write } = spec(name);
  try {
    localStorage.setItem(key, write(value));
  } catch {
    // Private mode or storage full: the choice lasts for this session only.
  }
}
