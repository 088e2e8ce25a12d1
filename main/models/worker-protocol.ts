// Messages between the model service (main thread) and its inference worker.
import type { ExecutionProvider } from '../contract/models';
import type { ModelId } from './manifest';

// One frame of interleaved RGB bytes.
export interface RgbFrame {
  width: number;
  height: number;
  rgb: Uint8Array;
}

export type ModelCommand =
  | { type: 'matte'; requestId: number; provider: ExecutionProvider; frame: RgbFrame }
  | { type: 'shutdown' };

export type ModelReply =
  | { type: 'loaded'; modelId: ModelId; active: ExecutionProvider; message: string }
  | { type: 'matte'; requestId: number; alpha: Uint8Array }
  | { type: 'error'; requestId: number; message: string; fileStatus: 'missing' | 'corrupt' | null; modelId: ModelId | null };
