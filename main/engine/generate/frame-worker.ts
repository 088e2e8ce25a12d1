// Frame-worker entry: builds the take's renderer once, then draws whichever frames it is asked for.
// The renderer is a pure function of (plan, trace, frame), so which worker draws a frame, and in what
// order, never changes its pixels.
import { parentPort, workerData } from 'node:worker_threads';
import { createFrameRenderer } from '../frames/frame-renderer';
import { threadCpuMs } from '../frames/native-render';
import { footageFromWire, type FrameCommand, type FrameReply, type FrameWorkerData } from './frame-messages';

const port = parentPort;
if (!port) throw new Error('frame-worker must run in a worker thread');

const { plan, trace, cameos, cameraAnchor, footprint } = workerData as FrameWorkerData;
const renderer = createFrameRenderer(plan, trace, {
  cameos: new Map(cameos.map((wire) => [wire.cameoId, footageFromWire(wire)])),
  ...(cameraAnchor ? { cameraAnchor } : {}),
  ...(footprint ? { footprint } : {}),
});

// CPU the worker spent starting (loading the engine, building the scene) before its first frame.
const setup = threadCpuMs();

port.on('message', (command: FrameCommand) => {
  let reply: FrameReply;
  try {
    const pixels = renderer.renderFrame(command.index);
    reply = { type: 'frame', index: command.index, pixels, stageCpuMs: { ...renderer.stageCpuMs, 'worker set-up': setup, 'worker thread': threadCpuMs() } };
    // The pixels move to the parent rather than being copied (a 1080p frame is 8 MB).
    port.postMessage(reply, [pixels.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { type: 'error', index: command.index, message: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
});
