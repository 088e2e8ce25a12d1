// Where a clip's CPU time goes when the frame pool draws it on every core: all of a take's frames
// drawn through the pool (no encoder), with each render stage's CPU time per frame summed over the
// threads (each thread's own clock, not the process's), the workers' start-up, and the process's
// other threads (V8's compiler and garbage collector, the main thread's waiting and copying).
// Prints figures; asserts nothing.
//   node --import tsx scripts/profile-pool.ts   (RES=1080p, SIZE=1 threads, FRAMES=40)
import { performance, PerformanceObserver, constants } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { RESOLUTIONS, type ResolutionId } from '../main/contract/format';
import { threadCpuMs, nativeRenderStatus } from '../main/engine/frames/native-render';
import { defaultPoolSize, openFramePool } from '../main/engine/generate/frame-pool';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { simulate } from '../main/engine/simulate/simulate';

// CPU ms of the whole process, and of each of its live threads, from /proc (Linux; 10 ms ticks).
function ticksMs(stat: string): number {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
const processMs = (): number => ticksMs(readFileSync('/proc/self/stat', 'utf8'));
const threadsMs = (): number[] => readdirSync('/proc/self/task').map((tid) => ticksMs(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));

const id = (process.env.RES ?? '720p') as ResolutionId;
const size = Number(process.env.SIZE ?? defaultPoolSize());
const base = parsePrompt(process.argv[2] ?? 'a basketball player shoots at the hoop, the ball misses and bounces off the rim');
const plan = { ...base, format: { ...base.format, ...RESOLUTIONS[id] } };
const trace = await simulate(plan, 42);
const frames = Math.min(trace.frameCount, Number(process.env.FRAMES ?? trace.frameCount));
console.info(`${base.prompt}\n${id}, ${frames} frames, pool of ${size}; passes: ${nativeRenderStatus().split(' (')[0]}`);

// This thread's garbage collections while the frames are drawn (the workers' are not seen here: run
// with --trace-gc for theirs), by kind, with their pause time.
const gc = { minor: 0, major: 0, other: 0, ms: 0 };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.minor++;
    else gc.other++;
    gc.ms += entry.duration;
  }
});
observer.observe({ entryTypes: ['gc'] });
const t = performance.now();
const cpu0 = processMs(), main0 = threadCpuMs();
const pool = openFramePool(plan, trace, { size });
for (let i = 0; i < frames; i++) {
  await pool.renderFrame(i);
  (pool as { release?: (i: number) => void }).release?.(i);
}
const wall = performance.now() - t, used = processMs() - cpu0, main = threadCpuMs() - main0;
const stages = pool.stageCpuMs();
await pool.close();
observer.disconnect();

const per = (ms: number): string => `${(ms / frames).toFixed(1)} ms`;
const drawing = Object.entries(stages).filter(([k]) => !k.startsWith('worker'));
const drawn = drawing.reduce((sum, [, v]) => sum + v, 0);
console.info(`  ${(wall / 1000).toFixed(1)} s wall, ${(used / 1000).toFixed(1)} s process CPU: ${per(used)} a frame, of which the stages ${per(drawn)}`);
for (const [k, v] of drawing.sort((a, b) => b[1] - a[1])) console.info(`    ${k.padEnd(28)} ${per(v).padStart(9)}`);
const workers = stages['worker thread'] ?? 0, setup = stages['worker set-up'] ?? 0;
console.info(`  this thread ${per(main)} a frame; workers ${per(workers)} (start-up ${(setup / 1000).toFixed(1)} s in all)`);
console.info(`  this thread's GC while drawing: ${gc.major} full, ${gc.minor} young, ${gc.other} other; ${gc.ms.toFixed(0)} ms of pauses`);
// Threads still alive besides the main one (V8's helpers; the workers have exited).
const others = threadsMs().slice(1).reduce((a, b) => a + b, 0);
console.info(`  V8 and libuv helper threads since start: ${(others / 1000).toFixed(1)} s; while drawing: ${per(used - main - workers)} a frame`);
