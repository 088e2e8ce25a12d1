// Benchmark: how fast a 60 s, 720p timeline of real generated takes exports on this machine, as a
// multiple of real time. Prints figures; asserts nothing. Run with `npm run bench:export`.
// Takes are generated once by the engine and kept in the system temp folder, so reruns time the
// export alone.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runGeneration } from '../main/engine/generate/run-generation';
import { parsePrompt } from '../main/engine/prompt/parse-prompt';
import { requireFfmpeg } from '../main/media/ffmpeg-path';
import { exportTimeline } from '../main/media/export/export-timeline';
import type { ExportAudioPiece, ExportPlan, ExportVideoPiece } from '../main/media/export/export-plan';
import { loadSigningKey } from '../main/media/export/signing-key';

const TAKES = [
  { prompt: 'a basketball bounces on the floor of a gym', seed: 11 },
  { prompt: 'a soccer ball rolls down a ramp in a park at sunset', seed: 12 },
  { prompt: 'a tennis ball is thrown against a wall in a street', seed: 13 },
];
const TAKE_SEC = 8;
const TIMELINE_SEC = 60;
const cacheDir = path.join(os.tmpdir(), 'kinora-bench-export');
const ffmpegPath = requireFfmpeg();

async function takeFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const take of TAKES) {
    const takeDir = `take-${take.seed}`;
    const file = path.join(cacheDir, takeDir, 'clip.mp4');
    if (!existsSync(file)) {
      const started = performance.now();
      await runGeneration({ plan: parsePrompt(take.prompt, { durationSec: TAKE_SEC }), seed: take.seed, projectDir: cacheDir, takeDir, ffmpegPath });
      console.info(`  generated "${take.prompt}" in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    files.push(file);
  }
  return files;
}

// 60 s cut from the takes: 5 s pieces trimmed 1-2 s into their take, a 1 s gap, a picture-in-picture
// piece on a second layer, each piece's own sound, and a take's sound looped under it all as a bed.
function benchPlan(takes: string[], outputPath: string): ExportPlan {
  const video: ExportVideoPiece[] = [];
  const audio: ExportAudioPiece[] = [];
  for (let start = 0, i = 0; start < TIMELINE_SEC; start += 5, i++) {
    if (start === 30) continue;
    const piece = { file: takes[i % takes.length]!, sourceInSec: 1 + (i % 3) * 0.5, durationSec: 5, timelineStartSec: start };
    video.push({ ...piece, layer: 0 });
    audio.push({ ...piece, gain: 1, fadeInSec: 0.05, fadeOutSec: 0.05 });
  }
  video.push({ file: takes[0]!, sourceInSec: 0, durationSec: 6, timelineStartSec: 12, layer: 1 });
  for (let start = 0; start < TIMELINE_SEC; start += TAKE_SEC) {
    audio.push({ file: takes[1]!, sourceInSec: 0, durationSec: TAKE_SEC, timelineStartSec: start, gain: 0.3, fadeInSec: 0.5, fadeOutSec: 0.5 });
  }
  return {
    outputPath, title: 'Export benchmark', durationSec: TIMELINE_SEC, width: 1280, height: 720, fps: 24,
    video, audio, watermark: true, provenance: { generator: 'Kinora benchmark', parts: [] },
  };
}

// CPU seconds used by this process and the ffmpeg processes it waited for (Linux /proc; null
// elsewhere). The machine may be shared: CPU time says what the export costs whatever else runs.
function cpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    return null;
  }
}

mkdirSync(cacheDir, { recursive: true });
console.info(`\nExport benchmark: ${TIMELINE_SEC} s timeline at 1280x720, ${os.cpus().length} cores`);
const takes = await takeFiles();
const outDir = path.join(cacheDir, 'out');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);
const key = await loadSigningKey(path.join(cacheDir, 'home'));
const plan = benchPlan(takes, path.join(outDir, 'bench.mp4'));
const cpuBefore = cpuSeconds();
const started = performance.now();
const result = await exportTimeline(plan, { signingKey: key });
const totalSec = (performance.now() - started) / 1000;
console.info(`  pieces           ${plan.video.length} video, ${plan.audio.length} audio`);
console.info(`  sound            ${result.integratedLufs} LUFS integrated, ${result.truePeakDb} dBTP true peak`);
console.info(`  export           ${totalSec.toFixed(2)} s = ${(TIMELINE_SEC / totalSec).toFixed(2)}x real time (target >= 2x)`);
const cpuAfter = cpuSeconds();
if (cpuBefore !== null && cpuAfter !== null) {
  const cpu = cpuAfter - cpuBefore;
  const idleSec = Math.max(cpu / os.cpus().length, 0.001);
  console.info(`  CPU time         ${cpu.toFixed(1)} s over all processes; load average now ${os.loadavg()[0]!.toFixed(1)}`);
  console.info(`  on an idle machine at most ${(TIMELINE_SEC / idleSec).toFixed(2)}x real time if every core were busy throughout`);
}
