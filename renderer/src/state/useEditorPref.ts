// An editor preference as React state that is remembered across sessions (see lib/editor-prefs).
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { readPref, rememberPref, type EditorPrefName, type EditorPrefs } from '../lib/editor-prefs';

export function useEditorPref<K extends EditorPrefName>(name: K): [EditorPrefs[K], Dispatch<SetStateAction<EditorPrefs[K]>>] {
  const [value, setValue] = useState<EditorPrefs[K]>(() => readPref(name));
  useEffect(() => rememberPref(name, value), [name, value]);
  return [value, setValue];
}
