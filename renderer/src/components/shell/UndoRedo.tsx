import type { ProjectState } from '../../../../main/contract/model';

interface UndoRedoProps {
  history: ProjectState['history'];
  onUndo(): void;
  onRedo(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function UndoRedo({ history, onUndo, onRedo }: UndoRedoProps) {
  const undoTitle = history.canUndo ? `Undo ${history.undoLabel ?? ''}`.trim() : 'Nothing to undo';
  const redoTitle = history.canRedo ? `Redo ${history.redoLabel ?? ''}`.trim() : 'Nothing to redo';
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="icon-button"
        disabled={!history.canUndo}
        onClick={onUndo}
        title={`${undoTitle} (${mod}Z)`}
        aria-label={undoTitle}
        data-testid="undo-button"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M8 5 3 10l5 5M3.5 10H12a5 5 0 0 1 0 10h-2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" transform="translate(0 -3)" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!history.canRedo}
        onClick={onRedo}
        title={`${redoTitle} (${isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z'})`}
        aria-label={redoTitle}
        data-testid="redo-button"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="m12 5 5 5-5 5M16.5 10H8a5 5 0 0 0 0 10h2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" transform="translate(0 -3)" />
        </svg>
      </button>
    </div>
  );
}
