// Dev tool: renders a few frames of a prompt at a resolution into one contact strip PNG, and prints
// the process's CPU per frame and each render stage's (ms per frame, the warm-up frame included).
// Usage: node --import tsx scripts/contact-strip.ts out.png "prompt" seed 720p|WxH frame,frame,...
//        (CROP=x,y,w,h keeps part of each frame, SCALE=n magnifies it n times)
import { writeFileSync } from 'node:fs';
import { RESOLUTIONS, type ResolutionId } from '../main/contract/format';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';
import { encodePng } from './lib/png';

const [out = 'strip.png', prompt = 'a ball rolls on the beach at sunset', seedArg = '42', res = '480p', framesArg = '0,40,80,110'] = process.argv.slice(2);
const plan = parsePrompt(prompt);
const [rw, rh] = res.split('x').map(Number);
plan.format = { ...plan.format, ...(rh ? { width: rw!, height: rh } : RESOLUTIONS[res as ResolutionId]) };
const trace = await simulate(plan, Number(seedArg), {});
const renderer = createFrameRenderer(plan, trace);
// CROP=x,y,w,h (pixels of a frame): only that part of each frame goes into the strip.
const [cx, cy, cw, ch] = (process.env.CROP ?? `0,0,${renderer.width},${renderer.height}`).split(',').map(Number) as [number, number, number, number];
const FW = renderer.width, W = cw, H = ch;
const frames = framesArg.split(',').map(Number);
const cols = Math.min(2, frames.length), rows = Math.ceil(frames.length / cols);
const strip = new Uint8Array(W * cols * H * rows * 4);
renderer.renderFrame(frames[0]!);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
frames.forEach((f, k) => {
  const img = renderer.renderFrame(Math.min(f, trace.frameCount - 1));
  const ox = (k % cols) * W, oy = Math.floor(k / cols) * H;
  for (let y = 0; y < H; y++) strip.set(img.subarray(((cy + y) * FW + cx) * 4, ((cy + y) * FW + cx + W) * 4), ((oy + y) * W * cols + ox) * 4);
});
const cpu = process.cpuUsage(cpu0);
// SCALE=n: each pixel drawn n x n (to look closely at a crop).
const scale = Number(process.env.SCALE ?? 1);
const SW = W * cols * scale, SH = H * rows * scale;
const big = new Uint8Array(SW * SH * 4);
for (let y = 0; y < SH; y++) for (let x = 0; x < SW; x++) big.set(strip.subarray((Math.floor(y / scale) * W * cols + Math.floor(x / scale)) * 4, (Math.floor(y / scale) * W * cols + Math.floor(x / scale)) * 4 + 4), (y * SW + x) * 4);
writeFileSync(out, encodePng(big, SW, SH));
const n = frames.length;
console.info(`wrote ${out}: ${n} frames ${W}x${H}; wall ${((performance.now() - t0) / n).toFixed(1)} ms/frame, cpu ${((cpu.user + cpu.system) / 1000 / n).toFixed(1)} ms/frame`);
console.info(Object.entries(renderer.stageCpuMs).map(([k, v]) => `${k} ${(v / (n + 1)).toFixed(1)}`).join(', '));
