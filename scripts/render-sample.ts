// Renders a frame of the built-in basketball take to PNG so the renderer can be looked at.
// Usage: node --import tsx scripts/render-sample.ts out.png [frameIndex] [shot] [angle] [setting] [timeOfDay]
//    or: node --import tsx scripts/render-sample.ts out.png [frameIndex] --prompt "a ball bounces on a street" [seed]
//        (parses and simulates the prompt with the real engine first)
import { writeFileSync } from 'node:fs';
import type { ScenePlan } from '../main/contract/scene-plan';
import type { WorldTrace } from '../main/contract/world-trace-types';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { sampleBasketballTake } from '../main/engine/frames/sample-scene';
import { encodePng } from './lib/png';

async function take(args: string[]): Promise<{ plan: ScenePlan; trace: WorldTrace }> {
  const at = args.indexOf('--prompt');
  if (at >= 0) {
    const { parsePrompt } = await import('../main/engine/prompt/parse-prompt');
    const { simulate } = await import('../main/engine/simulate/simulate');
    const { speakLines } = await import('../main/engine/speech/speak-lines');
    const plan = parsePrompt(args[at + 1] ?? '');
    return { plan, trace: await simulate(plan, Number(args[at + 2] ?? 1), { speech: await speakLines(plan) }) };
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
