// Frame-worker entry: builds the take's renderer once, then draws whichever frames it is asked for.
// The renderer is a pure function of (plan, trace, frame), so which worker draws a frame, and in what
// order, never changes its pixels.
import { parentPort, workerData } from 'node:worker_threads';
import { createFrameRenderer } from '../frames/frame-renderer';
import { threadCpuMs } from '../frames/native-render';
import { frameDrawer } from './frame-drawer';
import { footageFromWire, type FrameCommand, type FrameReply, type FrameWorkerData } from './frame-messages';

const port = parentPort;
if (!port) throw new Error('frame-worker must run in a worker thread');

const { plan, trace, cameos, cameraAnchor, footprint, pixelFormat } = workerData as FrameWorkerData;
const renderer = createFrameRenderer(plan, trace, {
  cameos: new Map(cameos.map((wire) => [wire.cameoId, footageFromWire(wire)])),
  ...(cameraAnchor ? { cameraAnchor } : {}),
  ...(footprint ? { footprint } : {}),
});
const drawer = frameDrawer(renderer, pixelFormat);

// CPU the worker spent starting (loading the engine, building the scene) before its first frame.
const setup = threadCpuMs();
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

port.on('message', (command: FrameCommand) => {
  let reply: FrameReply;
  try {
    drawer.draw(command.index, bufferFor(command));
    reply = { type: 'frame', index: command.index, stageCpuMs: { ...drawer.stageCpuMs(), 'worker set-up': setup, 'worker thread': threadCpuMs() } };
  } catch (error) {
    reply = { type: 'error', index: command.index, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
