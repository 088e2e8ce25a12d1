import type { promptCalls } from '../../contract/api/prompt';
import { castCameoInPrompt } from '../cameo-casting';
import type { HandlerFactory } from './types';

export const promptHandlers: HandlerFactory<typeof promptCalls> = (studio) => ({
  'prompt.understand': ({ prompt, durationSec }) => studio.understand(prompt, durationSec),
  'prompt.castCameo': ({ prompt, cameoName }) => ({ prompt: castCameoInPrompt(studio.cameos, prompt, cameoName) }),
});
