// How a failed call is reported: a message written for the user, and a code the UI may branch on.
import { z } from 'zod';

export const apiErrorSchema = z.object({
  code: z.enum(['invalid_input', 'not_found', 'ffmpeg_missing', 'model_missing', 'synthesizer_missing', 'cameo_unusable', 'unsupported_prompt', 'busy', 'internal']),
  message: z.string(),
});
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorPayload['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
