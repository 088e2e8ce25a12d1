import type { mediaCalls } from '../../contract/api/media';
import type { HandlerFactory } from './types';

export const mediaHandlers: HandlerFactory<typeof mediaCalls> = (studio) => ({
  'media.import': ({ projectId, ...request }) => studio.importMedia(projectId, request),
});
