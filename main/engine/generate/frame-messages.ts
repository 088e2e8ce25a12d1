// Messages between a generation and the frame workers that draw its pictures.
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';

// What every frame worker is started with: the whole input of the (pure) frame renderer.
export interface FrameWorkerData {
  plan: ScenePlan;
  trace: WorldTrace;
}

export type FrameCommand = { type: 'frame'; index: number };

export type FrameReply =
  | { type: 'frame'; index: number; pixels: Uint8Array }
  | { type: 'error'; index: number; message: string };
