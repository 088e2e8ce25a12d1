// Renders a frame of the built-in basketball take to PNG so the renderer can be looked at.
// Usage: node --import tsx scripts/render-sample.ts out.png [frameIndex] [shot] [angle] [setting] [timeOfDay]
//    or: node --import tsx scripts/render-sample.ts out.png [frameIndex] --prompt "a ball bounces on a street" [seed]
//        (parses and simulates the prompt with the real engine first)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { ScenePlan } from '../main/contract/scene-plan';
import type { WorldTrace } from '../main/contract/world-trace-types';
import { createFrameRenderer } from '../main/engine/render/frame-renderer';
import { sampleBasketballTake } from '../main/engine/render/sample-scene';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

// Minimal PNG: 8-bit RGBA, no interlace, filter type 0 on every row.
function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function take(args: string[]): Promise<{ plan: ScenePlan; trace: WorldTrace }> {
  const at = args.indexOf('--prompt');
  if (at >= 0) {
    const { parsePrompt } = await import('../main/engine/prompt/parse-prompt');
    const { simulate } = await import('../main/engine/simulate/simulate');
    const plan = parsePrompt(args[at + 1] ?? '');
    return { plan, trace: await simulate(plan, Number(args[at + 2] ?? 1)) };
  }
  const [shot = 'wide', angle = 'side', setting = 'gym', timeOfDay = 'day'] = args;
  return sampleBasketballTake({
    camera: { shot: shot as ScenePlan['camera']['shot'], angle: angle as ScenePlan['camera']['angle'] },
    setting: { kind: setting as ScenePlan['setting']['kind'], timeOfDay: timeOfDay as ScenePlan['setting']['timeOfDay'] },
  });
}

const args = process.argv.slice(2);
const [out = 'sample.png', frameArg = '30'] = args;
const { plan, trace } = await take(args.slice(2));
const renderer = createFrameRenderer(plan, trace);
const frame = Math.min(Number(frameArg), trace.frameCount - 1);
// Time a few renders of the take for a rough ms/frame figure, then write the requested frame.
const runs = 10;
renderer.renderFrame(frame);
const t0 = performance.now();
for (let i = 0; i < runs; i++) renderer.renderFrame((frame + i) % trace.frameCount);
const ms = (performance.now() - t0) / runs;
writeFileSync(out, encodePng(renderer.renderFrame(frame), renderer.width, renderer.height));
console.info(`wrote ${out} (${renderer.width}x${renderer.height}, frame ${frame}/${trace.frameCount}); ${ms.toFixed(1)} ms/frame`);
