import type { timelineCalls } from '../../contract/api/timeline';
import type { HandlerFactory } from './types';

export const timelineHandlers: HandlerFactory<typeof timelineCalls> = (studio) => ({
  'clips.selectTake': ({ projectId, clipId, takeId }) => studio.edit(projectId, (s) => s.selectTake(clipId, takeId)),
  'clips.delete': ({ projectId, clipId }) => studio.edit(projectId, (s) => s.deleteClip(clipId)),
  'clips.move': ({ projectId, clipId, position }) => studio.edit(projectId, (s) => s.moveClip(clipId, position)),
  'history.undo': ({ projectId }) => studio.edit(projectId, (s) => s.undo()),
  'history.redo': ({ projectId }) => studio.edit(projectId, (s) => s.redo()),
});
