import type { generationCalls } from '../../contract/api/generation';
import type { HandlerFactory } from './types';

export const generationHandlers: HandlerFactory<typeof generationCalls> = (studio) => ({
  'generate.start': async ({ projectId, prompt, seed, durationSec, resolution }) => ({
    jobId: await studio.startGeneration(projectId, {
      prompt,
      ...(seed !== undefined ? { seed } : {}),
      ...(durationSec !== undefined ? { durationSec } : {}),
      ...(resolution !== undefined ? { resolution } : {}),
    }),
  }),
  'clips.regenerate': async ({ projectId, clipId, prompt, seed, resolution }) => ({
    jobId: await studio.regenerate(projectId, {
      clipId,
      ...(prompt !== undefined ? { prompt } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(resolution !== undefined ? { resolution } : {}),
    }),
  }),
  'jobs.cancel': ({ projectId, jobId }) => {
    studio.cancelJob(projectId, jobId);
    return { ok: true as const };
  },
});
