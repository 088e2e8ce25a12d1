// The editor's keyboard: transport, history, and the timeline commands (see hooks/useShortcuts for
// the key map).
import type { Dispatch, SetStateAction } from 'react';
import type { ProjectState } from '../../../main/contract/model';
import { useShortcuts } from '../hooks/useShortcuts';
import type { PlaybackController } from '../lib/playback';
import type { EditorActions } from './useEditorActions';
import { EMPTY_SELECTION, type Selection, type TimelineCommands } from './useTimelineCommands';

interface Options {
  project: ProjectState;
  actions: EditorActions;
  commands: TimelineCommands;
  controller: PlaybackController;
  fps: number;
  setSelection: Dispatch<SetStateAction<Selection>>;
  setSnapping: Dispatch<SetStateAction<boolean>>;
}

export function useEditorShortcuts({ project, actions, commands, controller, fps, setSelection, setSnapping }: Options): void {
  useShortcuts({
    togglePlay: () => controller.toggle(),
    undo: () => void (project.history.canUndo ? actions.undo() : undefined),
    redo: () => void (project.history.canRedo ? actions.redo() : undefined),
    deleteSelection: commands.lift,
    rippleDelete: commands.rippleDelete,
    clearSelection: () => setSelection(EMPTY_SELECTION),
    stepFrames: (frames) => {
      controller.pause();
      controller.seek(controller.getTime() + frames / fps);
    },
    goToStart: () => controller.seek(0),
    goToEnd: () => controller.seek(controller.getDuration()),
    split: commands.split,
    copy: commands.copy,
    paste: commands.paste,
    toggleSnapping: () => setSnapping((on) => !on),
    addMarker: commands.addMarker,
    markRange: commands.markRange,
    shuttle: (direction) => (direction === 0 ? controller.pause() : controller.shuttle(direction)),
  });
}
