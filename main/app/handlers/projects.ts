import type { projectCalls } from '../../contract/api/projects';
import type { HandlerFactory } from './types';

export const projectHandlers: HandlerFactory<typeof projectCalls> = (studio) => ({
  'projects.create': ({ name }) => studio.createProject(name),
  'projects.open': ({ path }) => studio.openProject(path),
  'projects.state': ({ projectId }) => studio.state(projectId),
});
