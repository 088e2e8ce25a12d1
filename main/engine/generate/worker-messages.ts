// Messages between the job runner and the generation worker.
import type { ApiErrorPayload } from '../../contract/api';
import type { GenerationResult } from './run-generation';

export type WorkerCommand = { type: 'cancel' };

export type WorkerMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: GenerationResult }
  | { type: 'error'; name: string; message: string; code: ApiErrorPayload['code'] | null };
