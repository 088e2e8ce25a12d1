// Messages between a cameo analysis worker and the main thread, which owns the model service: the
// worker asks for each key frame's matte, and reports progress and its end.
import { ApiError, type ApiErrorPayload } from '../contract/errors';
import { abortError } from '../contract/abort';
import type { RgbFrame } from '../models/worker-protocol';
import type { AnalyseResult } from './analyse-cameo';
import type { ValidatedSource } from './validate-cameo';

export interface AnalysisJob {
  ffmpegPath: string;
  sourceFile: string;
  source: ValidatedSource;
  outDir: string;
}

export type ToAnalysisWorker =
  | { type: 'cancel' }
  | { type: 'matte'; requestId: number; alpha: Uint8Array }
  | { type: 'matte-failed'; requestId: number; error: FailurePayload };

export type FromAnalysisWorker =
  | { type: 'matte'; requestId: number; frame: RgbFrame }
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: AnalyseResult }
  | { type: 'failed'; error: FailurePayload };

// An error as it crosses the thread boundary: its name (AbortError), message, and ApiError code.
export interface FailurePayload {
  name: string;
  message: string;
  code: ApiErrorPayload['code'] | null;
}

export function toFailure(error: unknown): FailurePayload {
  const err = error instanceof Error ? error : new Error(String(error));
  return { name: err.name, message: err.message, code: err instanceof ApiError ? err.code : null };
}

export function fromFailure(failure: FailurePayload): Error {
  if (failure.name === 'AbortError') return abortError();
  return failure.code ? new ApiError(failure.code, failure.message) : new Error(failure.message);
}
