// Typing "@" in a prompt offers the cameos ready to use whose names start with what follows; Up and
// Down move, Enter or Tab puts "@name " in the prompt, Escape closes the list.
import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { Cameo } from '../../../../main/contract/cameo';
import { useCameoLibrary } from '../../state/cameo-context';

const MAX_SUGGESTIONS = 6;
// "@" and the name typed so far, right before the caret (at the start, or after a space or bracket).
const OPEN_MENTION = /(^|[\s([{"'])@([\p{L}\p{N}_-]*)$/u;

export interface CameoMention {
  suggestions: Cameo[];
  active: number;
  pick(cameo: Cameo): void;
  // Call from the textarea's onKeyDown first; true when the key was the list's.
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
  // Call when the caret may have moved (change, click, key up).
  track(): void;
}

export function useCameoMention(ref: RefObject<HTMLTextAreaElement | null>, text: string, setText: (next: string) => void): CameoMention {
  const { cameos } = useCameoLibrary();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const open = caret !== null && caret !== closedAt ? OPEN_MENTION.exec(text.slice(0, caret)) : null;
  const prefix = open ? (open[2] ?? '').toLowerCase() : null;
  const suggestions = useMemo(
    () => (prefix === null ? [] : cameos.filter((c) => c.usable && c.name.toLowerCase().startsWith(prefix)).slice(0, MAX_SUGGESTIONS)),
    [cameos, prefix],
  );

  const track = useCallback(() => {
    const at = ref.current?.selectionStart ?? null;
    setCaret(at);
    setActive(0);
  }, [ref]);

  const pick = useCallback(
    (cameo: Cameo) => {
      if (caret === null || prefix === null) return;
      const start = caret - prefix.length - 1;
      const next = `${text.slice(0, start)}@${cameo.name} ${text.slice(caret).replace(/^\s+/, '')}`;
      const at = start + cameo.name.length + 2;
      setText(next);
      setCaret(null);
      requestAnimationFrame(() => {
        ref.current?.focus();
        ref.current?.setSelectionRange(at, at);
      });
    },
    [caret, prefix, text, setText, ref],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
      if (suggestions.length === 0) return false;
      const go = (n: number): true => {
        event.preventDefault();
        setActive((n + suggestions.length) % suggestions.length);
        return true;
      };
      if (event.key === 'ArrowDown') return go(active + 1);
      if (event.key === 'ArrowUp') return go(active - 1);
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        pick(suggestions[Math.min(active, suggestions.length - 1)] as Cameo);
        return true;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setClosedAt(caret);
        return true;
      }
      return false;
    },
    [suggestions, active, pick, caret],
  );

  return { suggestions, active, pick, onKeyDown, track };
}
