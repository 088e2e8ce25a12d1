// Benchmark: what a remix costs next to a fresh generation of the same clip, for two scenes: a ball
// scene whose physics is cheap, and a pour whose liquid simulation costs more than its frames. A
// look-only remix draws the stored trace again (no simulation); a remix of the sound alone also reuses
// the picture; a range and an extension copy the parent's picture up to the join. Each figure comes
// with where its time went, stage by stage, so a ratio can be read for what it is. Prints figures;
// asserts nothing.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScenePlan } from '../main/contract/scene-plan';
import { runGeneration, type GenerationInput } from '../main/engine/generate/run-generation';
import type { Derivation } from '../main/engine/generate/derivation';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { requireFfmpeg } from '../main/media/ffmpeg-path';

const BALL_PROMPT = 'a basketball player shoots at the hoop, the ball misses and bounces off the rim';
const POUR_PROMPT = 'water is poured from a jug into a glass';
const ROUNDS = Number(process.env.KINORA_BENCH_ROUNDS ?? 3);

const projectDir = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-remix-'));
const ffmpegPath = requireFfmpeg();
let n = 0;

interface Run {
  ms: number;
  // Milliseconds per stage, in the order the progress reported them.
  stages: [label: string, ms: number][];
}

// One generation, timed as a whole and stage by stage (a stage lasts from its first progress report
// to the next stage's).
async function run(input: GenerationInput): Promise<Run> {
  const marks: [string, number][] = [];
  const start = performance.now();
  await runGeneration(input, {
    onProgress: (label) => {
      if (marks.at(-1)?.[0] !== label) marks.push([label, performance.now()]);
    },
  });
  const end = performance.now();
  const stages = marks.map(([label, at], i): [string, number] => [label, (marks[i + 1]?.[1] ?? end) - at]);
  return { ms: end - start, stages: stages.filter(([label]) => label !== 'Done') };
}

const stageLine = (r: Run): string => r.stages.filter(([, ms]) => ms >= 50).map(([label, ms]) => `${label.toLowerCase()} ${(ms / 1000).toFixed(1)} s`).join(', ');

function print(label: string, r: Run, note: string): void {
  console.info(`  ${label.padEnd(38)} ${(r.ms / 1000).toFixed(1).padStart(6)} s (${note})`);
  console.info(`  ${''.padEnd(38)}        ${stageLine(r)}`);
}

type Take = (takeDir: string) => GenerationInput;
const dirOf = (label: string): string => `media/${label.replace(/\W+/g, '-')}-${n++}`;

async function best(label: string, take: Take): Promise<number> {
  let fastest: Run | null = null;
  for (let i = 0; i < ROUNDS; i++) {
    const r = await run(take(dirOf(label)));
    if (!fastest || r.ms < fastest.ms) fastest = r;
  }
  print(label, fastest!, `best of ${ROUNDS}`);
  return fastest!.ms;
}

// Two takes timed in turns (a, b, a, b...) so a busy machine slows both alike; each the best of its rounds.
async function inTurns(a: [string, Take], b: [string, Take]): Promise<[number, number]> {
  const fastest: (Run | null)[] = [null, null];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, [label, take]] of [a, b].entries()) {
      const r = await run(take(dirOf(label)));
      if (!fastest[k] || r.ms < fastest[k]!.ms) fastest[k] = r;
    }
  }
  for (const [k, [label]] of [a, b].entries()) print(label, fastest[k]!, `best of ${ROUNDS}, in turns`);
  return [fastest[0]!.ms, fastest[1]!.ms];
}

interface Scene {
  plan: ScenePlan;
  input: (plan: ScenePlan, takeDir: string, from?: Derivation) => GenerationInput;
  parent: Derivation['parent'];
}

async function openScene(prompt: string): Promise<Scene> {
  const plan = parsePrompt(prompt);
  console.info(`\n${prompt} (${plan.format.durationSec} s, ${plan.format.width}x${plan.format.height})`);
  const input = (p: ScenePlan, takeDir: string, from?: Derivation): GenerationInput => ({ plan: p, seed: 42, projectDir, takeDir, ffmpegPath, ...(from ? { from } : {}) });
  // Warm-up, and the parent every remix is made from.
  const takeDir = dirOf('parent');
  const parent = await runGeneration(input(plan, takeDir));
  return { plan, input, parent: { plan, trace: parent.trace, takeDir } };
}

// The same clip both ways: generated afresh at night from a high angle, or remixed to it from the
// parent (the motion kept).
async function lookRemix(scene: Scene): Promise<void> {
  const { plan, input, parent } = scene;
  const night: ScenePlan = { ...plan, setting: { ...plan.setting, timeOfDay: 'night' }, camera: { ...plan.camera, angle: 'high' } };
  const [fresh, look] = await inTurns(
    ['fresh generation (night, high angle)', (dir) => input(night, dir)],
    ['look-only remix to it', (dir) => input(night, dir, { kind: 'look', parent })],
  );
  console.info(`  look-only remix: ${(look / fresh).toFixed(2)}x the time of generating the same clip afresh (${(fresh / look).toFixed(2)}x faster)`);
}

async function otherRemixes(scene: Scene): Promise<void> {
  const { plan, input, parent } = scene;
  const fresh = await best('fresh generation', (dir) => input(plan, dir));
  const quiet: ScenePlan = { ...plan, sound: { level: 0.5, ambience: false } };
  const sound = await best('sound-only remix', (dir) => input(quiet, dir, { kind: 'look', parent }));
  const fps = plan.format.fps;
  const range = await best('range from 2.5 s', (dir) => input(plan, dir, { kind: 'range', parent, joinFrame: Math.round(2.5 * fps), untilFrame: Math.round(4 * fps) }));
  const longer: ScenePlan = { ...plan, format: { ...plan.format, durationSec: plan.format.durationSec + 2 } };
  const extend = await best('extend by 2 s', (dir) => input(longer, dir, { kind: 'extend', parent }));
  const ratio = (x: number): string => `${(x / fresh).toFixed(2)}x the time of a fresh generation (${(fresh / x).toFixed(1)}x faster)`;
  console.info(`  sound-only remix: ${ratio(sound)}`);
  console.info(`  range:            ${ratio(range)}`);
  console.info(`  extension:        ${(extend / fresh).toFixed(2)}x the time of a fresh ${plan.format.durationSec} s generation, for ${longer.format.durationSec} s`);
}

try {
  const ball = await openScene(BALL_PROMPT);
  await lookRemix(ball);
  await otherRemixes(ball);
  await lookRemix(await openScene(POUR_PROMPT));
} finally {
  rmSync(projectDir, { recursive: true, force: true });
}
