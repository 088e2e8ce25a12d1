// Benchmark: how long each stage of a generation takes on this machine. Prints figures; asserts
// nothing. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { synthesizeAudio } from '../main/engine/audio/synthesize';
import { runGeneration } from '../main/engine/generate/run-generation';
import { parsePrompt, readPrompt } from '../main/engine/prompt/parse-prompt';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { simulate } from '../main/engine/simulate/simulate';
import { requireFfmpeg } from '../main/media/ffmpeg-path';

const PROMPTS = [
  'a basketball player shoots at the hoop, the ball misses and bounces off the rim',
  'a bowling ball rolls down a ramp into a stack of boxes',
  'a man walks through a forest, footsteps and birdsong',
];

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

// Reading a prompt as the user types (prompt.understand): the first read loads the tagger, every
// later one is what each pause in typing costs.
{
  const typed = 'a man walks through a forest at sunset, footsteps and birdsong, overhead';
  let t = performance.now();
  readPrompt(typed);
  console.info(`understand (first) ${ms(t)}`);
  const runs = 50;
  t = performance.now();
  for (let i = 0; i < runs; i++) readPrompt(typed.slice(0, typed.length - (i % 10)));
  console.info(`understand         ${((performance.now() - t) / runs).toFixed(2)} ms per reading`);
}

for (const prompt of PROMPTS) {
  console.info(`\n${prompt}`);
  let t = performance.now();
  const plan = parsePrompt(prompt);
  console.info(`  parse            ${ms(t)}`);
  t = performance.now();
  const trace = await simulate(plan, 42);
  console.info(`  simulate         ${ms(t)}  (${trace.frameCount} frames, ${trace.events.length} events, ${trace.outcome.attempts} attempts)`);
  t = performance.now();
  synthesizeAudio(plan, trace);
  console.info(`  audio            ${ms(t)}`);
  const renderer = createFrameRenderer(plan, trace);
  t = performance.now();
  const sample = Math.min(24, trace.frameCount);
  for (let i = 0; i < sample; i++) renderer.renderFrame(Math.floor((i * trace.frameCount) / sample));
  console.info(`  render           ${((performance.now() - t) / sample).toFixed(1)} ms/frame at ${renderer.width}x${renderer.height}`);

  const projectDir = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-'));
  t = performance.now();
  await runGeneration({ plan, seed: 42, projectDir, takeDir: 'media/bench', ffmpegPath: requireFfmpeg() });
  const total = performance.now() - t;
  console.info(`  whole generation ${total.toFixed(0)} ms for ${plan.format.durationSec} s of video (${(total / 1000 / plan.format.durationSec).toFixed(2)}x real time)`);
  rmSync(projectDir, { recursive: true, force: true });
}
