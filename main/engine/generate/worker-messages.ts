// Messages between the job runner and the generation worker.
import type { ApiErrorPayload } from '../../contract/api';
import type { GenerationInput, GenerationResult } from './run-generation';

// 'start' gives a worker started ahead of time (run-in-worker.ts) its generation.
export type WorkerCommand = { type: 'cancel' } | { type: 'start'; input: GenerationInput };

export type WorkerMessage =
  // A worker started ahead has loaded the engine and Rapier (and started its frame workers).
  | { type: 'ready' }
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: GenerationResult }
  | { type: 'error'; name: string; message: string; code: ApiErrorPayload['code'] | null };
