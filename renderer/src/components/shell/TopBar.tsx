// Project name, undo/redo, the Cameos drawer, and a way back to the start screen.
import type { ProjectState } from '../../../../main/contract/model';
import type { EditorActions } from '../../state/useEditorActions';
import { UndoRedo } from './UndoRedo';

interface TopBarProps {
  project: ProjectState;
  actions: EditorActions;
  onClose(): void;
  onExport(): void;
  canExport: boolean;
  onToggleCameos(): void;
  cameosOpen: boolean;
}

export function TopBar({ project, actions, onClose, onExport, canExport, onToggleCameos, cameosOpen }: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Kinora
      </div>
      <div className="top-bar-divider" aria-hidden="true" />
      <h1 className="project-name" title={project.project.path} data-testid="project-name">
        {project.project.name}
      </h1>
      <UndoRedo history={project.history} onUndo={() => void actions.undo()} onRedo={() => void actions.redo()} />
      <div className="top-bar-spacer" />
      <button type="button" className="button button-ghost" onClick={onToggleCameos} aria-pressed={cameosOpen} data-testid="cameos-button">
        Cameos
      </button>
      <button type="button" className="button button-primary" onClick={onExport} disabled={!canExport} data-testid="export-button" title="Export the film to MP4 or OpenTimelineIO">
        Export…
      </button>
      <button type="button" className="button button-ghost" onClick={onClose} data-testid="close-project-button">
        Projects
      </button>
    </header>
  );
}
