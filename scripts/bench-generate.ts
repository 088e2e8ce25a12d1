// Benchmark: how long each stage of a generation takes on this machine. Prints figures; asserts
// nothing. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import path from 'node:path';
import { synthesizeAudio } from '../main/engine/audio/synthesize';
import { defaultPoolSize } from '../main/engine/generate/frame-pool';
import { runGeneration } from '../main/engine/generate/run-generation';
import { parsePrompt, readPrompt } from '../main/engine/prompt/parse-prompt';
import { createFrameRenderer } from '../main/engine/frames/frame-renderer';
import { nativeRenderStatus } from '../main/engine/frames/native-render';
import { simulate } from '../main/engine/simulate/simulate';
import { requireFfmpeg } from '../main/media/ffmpeg-path';
import { RESOLUTION_IDS, RESOLUTIONS } from '../main/contract/format';
import { buildGenerationWorker, runBuiltGeneration, startBuiltSpare } from './lib/built-generation';

const PROMPTS = [
  'a basketball player shoots at the hoop, the ball misses and bounces off the rim',
  'a bowling ball rolls down a ramp into a stack of boxes',
  'a man walks through a forest, footsteps and birdsong',
];

// The issue's speed targets (issue 7): a 5 s clip's wall time on this machine's 2 cores.
const TARGET_SEC: Partial<Record<(typeof RESOLUTION_IDS)[number], number>> = { '720p': 10, '1080p': 25 };

// CPU seconds of this process (all its threads) and of its finished children (ffmpeg), from
// /proc/self/stat on Linux (children's time is counted once they exit); null elsewhere.
// CPU seconds of each live thread of this process, by thread id (/proc; 10 ms ticks).
function threadSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {
    // a thread that ended while read is left out
  }
  return out;
}

// The busiest thread's CPU seconds between two readings: with other threads working beside it (frame
// workers started ahead, loading the engine), that thread alone is the part no core can share.
function busiestThread(from: Map<string, number>, to: Map<string, number>): number {
  let most = 0;
  for (const [tid, sec] of to) most = Math.max(most, sec - (from.get(tid) ?? 0));
  return most;
}

// Time and CPU a bundled frame worker takes to start (a thread with the engine loaded): it answers a
// frame asked before its take with an error, the moment it can listen.
async function frameWorkerStartUp(file: string): Promise<{ wallMs: number; cpuMs: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const worker = new Worker(file, { workerData: null });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage({ type: 'frame', index: 0, slot: -1 });
  });
  const used = process.cpuUsage(cpu);
  await worker.terminate();
  return { wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

function cpuSeconds(): { self: number; children: number } | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 14-17 of stat (utime, stime, cutime, cstime), here 0-based from field 3; clock ticks.
    const tick = 100;
    return { self: (Number(fields[11]) + Number(fields[12])) / tick, children: (Number(fields[13]) + Number(fields[14])) / tick };
  } catch {
    return null;
  }
}

function ms(start: number): string {
  return `${(performance.now() - start).toFixed(1)} ms`;
}

// BENCH_ONLY=clips runs only the last part (the whole clip at each resolution; BENCH_RES=720p for one).
const everything = process.env.BENCH_ONLY !== 'clips';
console.info(`render passes: ${nativeRenderStatus()}`);

// Reading a prompt as the user types (prompt.understand): the first read loads the tagger, every
// later one is what each pause in typing costs.
if (everything) {
  const typed = 'a man walks through a forest at sunset, footsteps and birdsong, overhead';
  let t = performance.now();
  readPrompt(typed);
  console.info(`understand (first) ${ms(t)}`);
  const runs = 50;
  t = performance.now();
  for (let i = 0; i < runs; i++) readPrompt(typed.slice(0, typed.length - (i % 10)));
  console.info(`understand         ${((performance.now() - t) / runs).toFixed(2)} ms per reading`);
}

for (const prompt of everything ? PROMPTS : []) {
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
  console.info(`  render           ${((performance.now() - t) / sample).toFixed(1)} ms/frame at ${renderer.width}x${renderer.height} (one thread)`);

  const projectDir = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-'));
  t = performance.now();
  const cpu = process.cpuUsage();
  await runGeneration({ plan, seed: 42, projectDir, takeDir: 'media/bench', ffmpegPath: requireFfmpeg() });
  const total = performance.now() - t;
  // CPU of this process, frame workers included (ffmpeg's own is not): on an idle machine the wall
  // time is about this divided by the pool size.
  const used = process.cpuUsage(cpu);
  console.info(
    `  whole generation ${total.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, for ${plan.format.durationSec} s of video ` +
      `at ${plan.format.width}x${plan.format.height} (${(total / 1000 / plan.format.durationSec).toFixed(2)}x real time; frames drawn by ${defaultPoolSize()} threads)`,
  );
  rmSync(projectDir, { recursive: true, force: true });
}

// What each picture size costs per frame (the same take drawn at 480p, 720p and 1080p), with the
// stages that dominate, so a 1080p clip's cost can be read off before asking for one.
if (everything) {
  const plan = parsePrompt(PROMPTS[0]!);
  const trace = await simulate(plan, 42);
  console.info(`\nrender by resolution (${PROMPTS[0]})`);
  for (const id of RESOLUTION_IDS) {
    const renderer = createFrameRenderer({ ...plan, format: { ...plan.format, ...RESOLUTIONS[id] } }, trace);
    renderer.renderFrame(0);
    for (const k of Object.keys(renderer.stageMs)) renderer.stageMs[k] = renderer.stageCpuMs[k] = 0;
    const sample = id === '1080p' ? 4 : 8;
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < sample; i++) renderer.renderFrame(Math.floor(((i + 1) * trace.frameCount) / (sample + 1)));
    const perFrame = (performance.now() - t) / sample;
    // CPU time too: on a machine shared with other work, wall time overstates the cost.
    const used = process.cpuUsage(cpu);
    const cpuPerFrame = (used.user + used.system) / 1000 / sample;
    const top = Object.entries(renderer.stageCpuMs).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${(v / sample).toFixed(0)}`).join(', ');
    const clipSec = (perFrame * plan.format.durationSec * plan.format.fps) / 1000;
    console.info(`  ${id.padEnd(6)} ${perFrame.toFixed(0).padStart(5)} ms/frame (${cpuPerFrame.toFixed(0)} ms CPU)  (~${clipSec.toFixed(0)} s of drawing on one thread, ~${(clipSec / defaultPoolSize()).toFixed(0)} s on ${defaultPoolSize()}, for ${plan.format.durationSec} s at ${plan.format.fps} fps; CPU ms: ${top})`);
  }
}

// The issue's measure: a whole 5 s clip (simulate, sound, frames on every core, encode) at each
// resolution, wall time next to the target. The machine is shared, so the CPU time is printed too,
// and the wall time on an idle machine estimated from it: the serial part (everything before the
// frames, timed on its own) plus the frames' and the encoder's CPU spread over the cores. The
// generation runs as the app runs it: in its worker, bundled (BENCH_FROM=source runs the TypeScript
// sources through tsx on this thread instead, which adds tsx's transpiling to every worker's start).
// The app keeps a generation worker started ahead of each take (run-in-worker.ts), so the bundled
// take runs in one made ready before the clock starts; BENCH_WORKER=cold starts it with the take.
{
  const base = parsePrompt(PROMPTS[0]!);
  const fromSource = process.env.BENCH_FROM === 'source';
  const only = process.env.BENCH_RES;
  const cold = process.env.BENCH_WORKER === 'cold';
  if (!fromSource) {
    const file = await buildGenerationWorker();
    const start = await frameWorkerStartUp(path.join(path.dirname(file), 'frame-worker.js'));
    console.info(`\nframe worker start-up (bundled, to listening): ${start.wallMs.toFixed(0)} ms wall, ${start.cpuMs.toFixed(0)} ms CPU; it then builds its scene`);
  }
  console.info(
    `\nwhole clip by resolution (${PROMPTS[0]}; ${fromSource ? 'TypeScript sources' : `bundled generation worker, ${cold ? 'started with the take' : 'started ahead as the app does'}`}; ${defaultPoolSize()} frame threads, ` +
      `${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}; passes: ${nativeRenderStatus().replace(/ \(.*\)/, '')})`,
  );
  for (const id of RESOLUTION_IDS.filter((r) => !only || r === only)) {
    const plan = { ...base, format: { ...base.format, ...RESOLUTIONS[id] } };
    const projectDir = mkdtempSync(path.join(os.tmpdir(), 'kinora-bench-'));
    const spare = fromSource || cold ? undefined : await startBuiltSpare();
    // CPU time at the phases' edges. Before the frame pool opens one thread works the take
    // (simulation, camera path) while the frame workers start beside it; from there the workers
    // draw while that thread makes the sound, then draws and encodes; after the encoder it makes the
    // filmstrip and the waveform alone.
    const marks = new Map<string, { cpu: ReturnType<typeof cpuSeconds>; threads: Map<string, number> }>();
    const mark = (name: string): void => void (marks.has(name) || marks.set(name, { cpu: cpuSeconds(), threads: threadSeconds() }));
    mark('start');
    const t = performance.now();
    const input = { plan, seed: 42, projectDir, takeDir: 'media/bench', ffmpegPath: requireFfmpeg() };
    const onProgress = (label: string): void => {
      if (label.startsWith('Rendering')) mark('frames');
      if (label.startsWith('Making thumbnails')) mark('tail');
    };
    if (fromSource) await runGeneration(input, { onProgress });
    else await runBuiltGeneration(input, onProgress, spare);
    const wall = (performance.now() - t) / 1000;
    mark('end');
    rmSync(projectDir, { recursive: true, force: true });
    const target = TARGET_SEC[id];
    const verdict = target === undefined ? 'no target' : `target < ${target} s`;
    const [before, atFrames, atTail, after] = ['start', 'frames', 'tail', 'end'].map((name) => marks.get(name));
    if (!before?.cpu || !after?.cpu || !atFrames?.cpu || !atTail?.cpu) {
      console.info(`  ${id.padEnd(6)} ${wall.toFixed(1)} s wall (${verdict}; CPU time not readable here)`);
      continue;
    }
    const cpu = after.cpu.self - before.cpu.self, ffmpeg = after.cpu.children - before.cpu.children;
    // A serial phase's idle wall time: its busiest thread's CPU time, and ffmpeg's (cameo footage, the filmstrip).
    const head = busiestThread(before.threads, atFrames.threads) + atFrames.cpu.children - before.cpu.children;
    const tail = busiestThread(atTail.threads, after.threads) + after.cpu.children - atTail.cpu.children;
    const idle = head + tail + (cpu + ffmpeg - head - tail) / os.cpus().length;
    const serial = head + tail;
    const met = target === undefined ? '' : idle < target ? ' (met on an idle machine)' : ' (NOT met)';
    console.info(
      `  ${id.padEnd(6)} ${wall.toFixed(1).padStart(5)} s wall, ${cpu.toFixed(1)} s CPU + ${ffmpeg.toFixed(1)} s ffmpeg CPU; ` +
        `idle-machine estimate ~${idle.toFixed(1)} s (serial ${serial.toFixed(1)} s: ${head.toFixed(1)} before the frames, ${tail.toFixed(1)} after; the rest over ${os.cpus().length} cores); ${verdict}${met}`,
    );
  }
}
