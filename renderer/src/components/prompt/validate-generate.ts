// Client-side checks of the generate form, phrased for the user, before anything is sent.
import { MAX_DURATION_SEC, MIN_DURATION_SEC } from '../../../../main/contract/format';
import { apiMethods } from '../../../../main/contract/api';
import type { GenerateRequest } from '../../state/useEditorActions';

export type GenerateCheck = { ok: true; request: GenerateRequest } | { ok: false; message: string };

const MAX_SEED = 2 ** 31 - 1;

export function validateGenerateFields(prompt: string, seedText: string, durationText: string): GenerateCheck {
  const promptCheck = apiMethods['generate.start'].input.shape.prompt.safeParse(prompt);
  if (!promptCheck.success) {
    return { ok: false, message: promptCheck.error.issues[0]?.message ?? 'Type a prompt first.' };
  }
  const request: GenerateRequest = { prompt: promptCheck.data };
  if (seedText.trim() !== '') {
    const seed = Number(seedText);
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      return { ok: false, message: `The seed must be a whole number from 0 to ${MAX_SEED}, or empty for a random one.` };
    }
    request.seed = seed;
  }
  if (durationText.trim() !== '') {
    const durationSec = Number(durationText);
    if (!Number.isFinite(durationSec) || durationSec < MIN_DURATION_SEC || durationSec > MAX_DURATION_SEC) {
      return { ok: false, message: `The duration must be between ${MIN_DURATION_SEC} and ${MAX_DURATION_SEC} seconds, or empty to let the scene decide.` };
    }
    request.durationSec = durationSec;
  }
  return { ok: true, request };
}
