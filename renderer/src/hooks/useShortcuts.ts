// Editor keyboard shortcuts. Text fields keep their own keys (typing, native undo); Space plays and
// pauses everywhere else, the way it does in professional editors.
import { useEffect, useRef } from 'react';
import { isTextEntryTarget } from '../lib/dom';

export interface ShortcutHandlers {
  togglePlay(): void;
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  clearSelection(): void;
  stepFrames(frames: number): void;
  goToStart(): void;
  goToEnd(): void;
  split(): void;
  rippleDelete(): void;
  copy(): void;
  paste(): void;
  toggleSnapping(): void;
  addMarker(): void;
  markRange(point: 'in' | 'out'): void;
  shuttle(direction: 1 | -1 | 0): void;
}

// Single keys (no modifier) and what they do, as in Premiere/Resolve/Kdenlive.
const LETTER_KEYS: Record<string, (h: ShortcutHandlers) => void> = {
  s: (h) => h.split(),
  n: (h) => h.toggleSnapping(),
  m: (h) => h.addMarker(),
  i: (h) => h.markRange('in'),
  o: (h) => h.markRange('out'),
  j: (h) => h.shuttle(-1),
  k: (h) => h.shuttle(0),
  l: (h) => h.shuttle(1),
};

export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return;
      const h = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey) {
        if (key === 'z' && !event.shiftKey) return run(event, h.undo);
        if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) return run(event, h.redo);
        if (key === 'k' && !event.shiftKey) return run(event, h.split);
        if (key === 'c' && !event.shiftKey) return run(event, h.copy);
        if (key === 'v' && !event.shiftKey) return run(event, h.paste);
        return;
      }
      if (event.altKey) return;
      const letter = LETTER_KEYS[key];
      if (letter && !event.shiftKey && event.key.length === 1) return run(event, () => letter(h));
      // A slider keeps its arrows, Home and End.
      if (event.target instanceof HTMLInputElement && event.target.type === 'range' && event.key !== ' ') return;
      switch (event.key) {
        case ' ':
          if (!event.repeat) h.togglePlay();
          event.preventDefault();
          return;
        case 'Delete':
        case 'Backspace':
          return run(event, event.shiftKey ? h.rippleDelete : h.deleteSelection);
        case 'ArrowLeft':
          return run(event, () => h.stepFrames(event.shiftKey ? -10 : -1));
        case 'ArrowRight':
          return run(event, () => h.stepFrames(event.shiftKey ? 10 : 1));
        case 'Escape':
          return run(event, h.clearSelection);
        case 'Home':
          return run(event, h.goToStart);
        case 'End':
          return run(event, h.goToEnd);
        default:
          return;
      }
    }
    // A focused button would also "click" on Space's keyup; Space belongs to the transport here.
    function onKeyUp(event: KeyboardEvent) {
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, []);
}

function run(event: KeyboardEvent, action: () => void): void {
  event.preventDefault();
  action();
}
