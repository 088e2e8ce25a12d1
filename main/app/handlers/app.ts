import type { appCalls } from '../../contract/api/app';
import type { HandlerFactory } from './types';

export const appHandlers: HandlerFactory<typeof appCalls> = (studio) => ({
  'app.info': () => studio.info(),
});
