import type { promptCalls } from '../../contract/api/prompt';
import type { HandlerFactory } from './types';

export const promptHandlers: HandlerFactory<typeof promptCalls> = (studio) => ({
  'prompt.understand': ({ prompt, durationSec }) => studio.understand(prompt, durationSec),
});
