// Frame-worker entry: builds the take's renderer once, then draws whichever frames it is asked for.
// The renderer is a pure function of (plan, trace, frame), so which worker draws a frame, and in what
// order, never changes its pixels. A worker started ahead of time (frame-workers.ts) has only loaded
// the engine: its take comes as its first message.
import { parentPort, workerData } from 'node:worker_threads';
import { createFrameRenderer } from '../frames/frame-renderer';
import { threadCpuMs } from '../frames/native-render';
import { frameDrawer, type FrameDrawer } from './frame-drawer';
import { footageFromWire, type FrameCommand, type FrameReply, type FrameWorkerData, type SceneCommand } from './frame-messages';

const port = parentPort;
if (!port) throw new Error('frame-worker must run in a worker thread');

let drawer: FrameDrawer | null = null;
// CPU the worker spent starting (loading the engine, building the scene) before its first frame.
let setup = 0;

function start({ plan, trace, cameos, cameraAnchor, footprint, pixelFormat }: FrameWorkerData): void {
  const renderer = createFrameRenderer(plan, trace, {
    cameos: new Map(cameos.map((wire) => [wire.cameoId, footageFromWire(wire)])),
    ...(cameraAnchor ? { cameraAnchor } : {}),
    ...(footprint ? { footprint } : {}),
  });
  drawer = frameDrawer(renderer, pixelFormat);
  setup = threadCpuMs();
}

const given = workerData as Partial<FrameWorkerData> | null;
if (given?.plan) start(given as FrameWorkerData);

// This worker's ring of frame buffers, shared with the pool, by slot. A frame is drawn straight into
// one, so no frame allocates (or transfers) its 4 bytes a pixel: a fresh 3.7 MB array per 720p
// frame set off most of V8's full collections.
const slots = new Map<number, Uint8Array>();

function bufferFor(command: FrameCommand): Uint8Array {
  if (command.memory) {
    const view = new Uint8Array(command.memory);
    if (command.slot >= 0) slots.set(command.slot, view);
    return view;
  }
  const view = slots.get(command.slot);
  if (!view) throw new Error(`The frame buffer ${command.slot} was never sent.`);
  return view;
}

function draw(command: FrameCommand): FrameReply {
  try {
    if (!drawer) throw new Error('The frame worker was asked for a frame before its take.');
    drawer.draw(command.index, bufferFor(command));
    return { type: 'frame', index: command.index, stageCpuMs: { ...drawer.stageCpuMs(), 'worker set-up': setup, 'worker thread': threadCpuMs() } };
  } catch (error) {
    return { type: 'error', index: command.index, message: error instanceof Error ? error.message : String(error) };
  }
}

port.on('message', (command: FrameCommand | SceneCommand) => {
  if (command.type === 'scene') start(command.data);
  else port.postMessage(draw(command));
});
