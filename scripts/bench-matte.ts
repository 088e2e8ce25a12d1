// Benchmark: how fast Kinora cuts a person out on this machine. Prints the network's seconds per
// frame, the propagation's milliseconds per in-between frame, and a whole 5 s clip's import. Asserts
// nothing. Run with `npm run bench:matte` (needs python3-skimage's astronaut.png).
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KEY_FRAME_EVERY, MAX_STORED_SIDE } from '../main/cameo/analysis-settings';
import { CameoService } from '../main/cameo/cameo-service';
import { lumaOf, propagateMatte } from '../main/cameo/matte-propagation';
import { requireFfmpeg } from '../main/media/ffmpeg-path';
import { ModelService } from '../main/models/model-service';
import { ASTRONAUT_PNG, makeAstronautClip } from '../test/helpers/astronaut';

const side = MAX_STORED_SIDE;
const home = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-matte-'));
const models = new ModelService({ homeDir: home });
const seconds = (start: number): string => ((performance.now() - start) / 1000).toFixed(2);
try {
  const rgb = new Uint8Array(execFileSync(requireFfmpeg(), ['-v', 'error', '-i', ASTRONAUT_PNG, '-vf', `scale=${side}:${side}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 1 << 26 }));
  const frame = { width: side, height: side, rgb };
  let t = performance.now();
  const alpha = await models.matte(frame);
  console.info(`network: first frame ${seconds(t)} s (loads and verifies the 88 MB model)`);
  const runs = 3;
  t = performance.now();
  for (let i = 0; i < runs; i++) await models.matte(frame);
  console.info(`network: ${((performance.now() - t) / 1000 / runs).toFixed(2)} s/frame at ${side}x${side} (mean of ${runs}; 1024x1024 inside)`);

  const luma = lumaOf(rgb, side, side);
  t = performance.now();
  for (let i = 0; i < runs; i++) propagateMatte(luma, { luma, alpha }, { luma, alpha }, 0.5);
  console.info(`propagation: ${((performance.now() - t) / runs).toFixed(0)} ms per in-between frame (key every ${KEY_FRAME_EVERY})`);

  const clip = path.join(home, 'five-seconds.mp4');
  await makeAstronautClip(clip, { durationSec: 5, size: side });
  const cameos = new CameoService({ homeDir: home, models });
  t = performance.now();
  const cameo = await cameos.import({ kind: 'path', path: clip }, 'bench.mp4');
  await cameos.whenIdle();
  const done = cameos.library.get(cameo.id);
  console.info(`import: 5 s clip at ${side}x${side} -> ${done.frameCount} frames in ${seconds(t)} s (${done.status})`);
  await cameos.close();
} finally {
  await models.close();
  rmSync(home, { recursive: true, force: true });
}
