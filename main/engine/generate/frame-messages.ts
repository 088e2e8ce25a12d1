// Messages between a generation and the frame workers that draw its pictures.
import type { ScenePlan } from '../../contract/scene-plan';
import type { WorldTrace } from '../../contract/world-trace';
import type { FramePixelFormat } from '../../media/encode-clip';
import type { CameoFootage } from '../cameo/footage';
import { footageClock } from '../cameo/footage-clock';
import type { CameraAnchor } from '../frames/camera/camera-anchor';
import type { Footprint } from '../frames/scene/layout';

// A cameo's footage as it crosses to a worker: the pictures (in shared memory, so every worker reads
// the one copy) and what its clock was made from; no sound (frames are silent).
export interface FootageWire extends Omit<CameoFootage, 'clock' | 'sound'> {
  clockFrames: number;
  clockFps: number;
}

// What every frame worker is started with: the whole input of the (pure) frame renderer.
export interface FrameWorkerData {
  plan: ScenePlan;
  trace: WorldTrace;
  cameos: FootageWire[];
  // The bytes the worker draws into its buffers (frame-drawer.ts).
  pixelFormat: FramePixelFormat;
  // A continued take: the parent's camera and room size (see camera-anchor.ts, take-view.ts).
  cameraAnchor?: CameraAnchor;
  footprint?: Footprint;
}

// A worker started ahead of time (frame-workers.ts) loads the engine, then waits for its take: this
// is its first message, before any frame.
export type SceneCommand = { type: 'scene'; data: FrameWorkerData };

// Draw frame `index` into the worker's frame buffer `slot` (shared memory the pool reads it from).
// `memory` comes with a slot's first use: the worker keeps it for every later frame in that slot.
// Slot -1 is a one-off buffer (the consumer holds every ring slot): drawn into once, then dropped.
export type FrameCommand = { type: 'frame'; index: number; slot: number; memory?: SharedArrayBuffer };

export type FrameReply =
  // stageCpuMs: the worker's CPU time per render stage so far, and 'thread' its whole thread's (the
  // pool sums them so a bench can say where a frame's time goes on every core).
  | { type: 'frame'; index: number; stageCpuMs: Record<string, number> }
  | { type: 'error'; index: number; message: string };

function shared(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  out.set(bytes);
  return out;
}

// Copied once into shared memory: a 96 MB footage is not cloned for every worker.
export function footageToWire(footage: CameoFootage): FootageWire {
  const { cameoId, width, height, anchors, heightPx, travel, clock } = footage;
  return { cameoId, width, height, frames: footage.frames.map(shared), anchors, heightPx, travel, clockFrames: clock.frameCount, clockFps: clock.fps };
}

export function footageFromWire(wire: FootageWire): CameoFootage {
  const { clockFrames, clockFps, ...rest } = wire;
  return { ...rest, clock: footageClock(clockFrames, clockFps), sound: null };
}
