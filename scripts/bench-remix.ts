// Benchmark: what a remix costs next to a fresh generation of the same clip. A look-only remix draws
// the stored trace again (no simulation); a remix of the sound alone also reuses the picture; a
// range and an extension copy the parent's picture up to the join. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScenePlan } from '../main/contract/scene-plan';
import { runGeneration, type GenerationInput } from '../main/engine/generate/run-generation';
import type { Derivation } from '../main/engine/generate/derivation';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { requireFfmpeg } from '../main/media/ffmpeg-path';

const PROMPT = 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';
const ROUNDS = 3;

const projectDir = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-remix-'));
const ffmpegPath = requireFfmpeg();
const plan = parsePrompt(PROMPT);
let n = 0;

async function timed(label: string, take: (takeDir: string) => GenerationInput): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const takeDir = `media/${label.replace(/\W+/g, '-')}-${n++}`;
    const t = performance.now();
    await runGeneration(take(takeDir));
    times.push(performance.now() - t);
  }
  const best = Math.min(...times);
  console.info(`  ${label.padEnd(34)} ${best.toFixed(0).padStart(6)} ms (best of ${ROUNDS})`);
  return best;
}

type Timed = [label: string, take: (takeDir: string) => GenerationInput];

// Two timings taken in turns (a, b, a, b...), each the best of its rounds.
async function pair(a: Timed, b: Timed): Promise<[number, number]> {
  const best = [Infinity, Infinity];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, [label, take]] of [a, b].entries()) {
      const t = performance.now();
      await runGeneration(take(`media/${label.replace(/\W+/g, '-')}-${n++}`));
      best[k] = Math.min(best[k]!, performance.now() - t);
    }
  }
  for (const [k, [label]] of [a, b].entries()) console.info(`  ${label.padEnd(34)} ${best[k]!.toFixed(0).padStart(6)} ms (best of ${ROUNDS}, in turns)`);
  return [best[0]!, best[1]!];
}

try {
  console.info(`\n${PROMPT} (${plan.format.durationSec} s, ${plan.format.width}x${plan.format.height})`);
  const base = (plan: ScenePlan, takeDir: string, from?: Derivation): GenerationInput => ({ plan, seed: 42, projectDir, takeDir, ffmpegPath, ...(from ? { from } : {}) });
  // Warm-up, and the parent every remix is made from.
  const parent = await runGeneration(base(plan, 'media/parent'));
  const files = { plan, trace: parent.trace, takeDir: 'media/parent' };
  const fresh = await timed('fresh generation', (dir) => base(plan, dir));
  // The same clip both ways: generated afresh at night from a high angle, or remixed to it.
  const night: ScenePlan = { ...plan, setting: { ...plan.setting, timeOfDay: 'night' }, camera: { ...plan.camera, angle: 'high' } };
  // Run in turns so a busy machine slows both alike.
  const [freshNight, look] = await pair(
    ['fresh generation (night, high angle)', (dir) => base(night, dir)],
    ['look-only remix to it', (dir) => base(night, dir, { kind: 'look', parent: files })],
  );
  const quiet: ScenePlan = { ...plan, sound: { level: 0.5, ambience: false } };
  const sound = await timed('sound-only remix', (dir) => base(quiet, dir, { kind: 'look', parent: files }));
  const fps = plan.format.fps;
  const range = await timed('range from 2.5 s', (dir) => base(plan, dir, { kind: 'range', parent: files, joinFrame: Math.round(2.5 * fps), untilFrame: Math.round(4 * fps) }));
  const longer: ScenePlan = { ...plan, format: { ...plan.format, durationSec: plan.format.durationSec + 2 } };
  const extend = await timed('extend by 2 s', (dir) => base(longer, dir, { kind: 'extend', parent: files }));
  const ratio = (x: number): string => `${(x / fresh).toFixed(2)}x the time of a fresh generation (${(fresh / x).toFixed(1)}x faster)`;
  console.info(`  look-only remix:  ${(look / freshNight).toFixed(2)}x the time of generating the same clip afresh (${(freshNight / look).toFixed(2)}x faster)`);
  console.info(`  sound-only remix: ${ratio(sound)}`);
  console.info(`  range:            ${ratio(range)}`);
  console.info(`  extension:        ${(extend / fresh).toFixed(2)}x the time of a fresh ${plan.format.durationSec} s generation, for ${longer.format.durationSec} s`);
} finally {
  rmSync(projectDir, { recursive: true, force: true });
}
