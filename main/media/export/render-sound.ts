// The export's soundtrack, finished before the picture is encoded: mix every piece (sound-graph.ts),
// measure the mix, then gain it to the loudness target with a peak limiter and encode it to AAC. The
// AAC file itself is measured (the encoder can push peaks up), and gain and limiter ceiling are
// corrected until it meets both targets, so the figures reported are the delivered file's.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_LOUDNESS } from '../../contract/format';
import { throwIfAborted } from '../../engine/abort';
import type { ExportPlan } from './export-plan';
import { layoutSound } from './export-layout';
import { filterNumber } from './filter-text';
import { measureLoudness, type Loudness } from './loudness';
import { runFfmpeg } from './run-ffmpeg';
import { buildSoundGraph } from './sound-graph';

export interface SoundResult extends Loudness {
  // AAC in an MP4 container, exactly as long as the picture; copied into the export as is.
  audioPath: string;
}

export interface RenderSoundOptions {
  ffmpegPath: string;
  plan: ExportPlan;
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

const AAC_OPTIONS = ['-c:a', 'aac', '-b:a', '192k', '-ac', '2'];
const MAX_PASSES = 4;
// Close enough to aim at; the delivered tolerance (EXPORT_LOUDNESS.toleranceLu) is wider.
const AIM_LU = 0.3;
// A mix this quiet is silence (ebur128's floor): nothing to normalise.
const SILENT_LUFS = -69.9;

// Where the limiter starts: one dB under the true-peak target, since true peaks between samples and
// AAC's coding overshoot both sit above the sample peaks the limiter sees.
const FIRST_CEILING_DB = EXPORT_LOUDNESS.truePeakDb - 1;
const LOWEST_CEILING_DB = -24;

async function mixPieces(options: RenderSoundOptions, mixPath: string, totalSec: number): Promise<void> {
  const graph = buildSoundGraph(layoutSound(options.plan));
  const graphPath = path.join(options.workDir, 'sound-graph.txt');
  await writeFile(graphPath, graph.graph);
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: graph.inputs,
    outputOptions: ['-filter_complex_script', graphPath, '-map', '[mix]', '-c:a', 'pcm_f32le', '-f', 'wav'],
    output: mixPath,
    purpose: 'mix the sound',
    ...(options.signal ? { signal: options.signal } : {}),
    onStatus: ({ timeSec }) => {
      if (timeSec !== null) options.onProgress?.(Math.min(1, timeSec / totalSec) * 0.5);
    },
  });
}

async function encodeLevelled(options: RenderSoundOptions, mixPath: string, outPath: string, gainDb: number, ceilingDb: number | null): Promise<void> {
  const filters = [`volume=${filterNumber(gainDb)}dB:precision=float`];
  if (ceilingDb !== null) {
    const limit = Math.max(0.0625, 10 ** (Math.max(LOWEST_CEILING_DB, ceilingDb) / 20));
    filters.push(`alimiter=limit=${filterNumber(limit)}:attack=5:release=50:level=0:latency=1`);
  }
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: [{ file: mixPath }],
    outputOptions: ['-map', '0:a:0', '-af', filters.join(','), ...AAC_OPTIONS, '-f', 'mp4'],
    output: outPath,
    purpose: 'encode the sound',
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

function meetsTargets(measured: Loudness): boolean {
  return measured.truePeakDb <= EXPORT_LOUDNESS.truePeakDb && Math.abs(measured.integratedLufs - EXPORT_LOUDNESS.integratedLufs) <= AIM_LU;
}

export async function renderSound(options: RenderSoundOptions): Promise<SoundResult> {
  const { ffmpegPath, signal } = options;
  const mixPath = path.join(options.workDir, 'mix.wav');
  const audioPath = path.join(options.workDir, 'sound.m4a');
  await mixPieces(options, mixPath, Math.max(options.plan.durationSec, 0.001));
  const mix = await measureLoudness(ffmpegPath, mixPath, signal);
  if (mix.integratedLufs <= SILENT_LUFS) {
    await encodeLevelled(options, mixPath, audioPath, 0, null);
    options.onProgress?.(1);
    return { audioPath, ...(await measureLoudness(ffmpegPath, audioPath, signal)) };
  }
  let gainDb = EXPORT_LOUDNESS.integratedLufs - mix.integratedLufs;
  let ceilingDb = FIRST_CEILING_DB;
  let measured: Loudness = mix;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    throwIfAborted(signal);
    await encodeLevelled(options, mixPath, audioPath, gainDb, ceilingDb);
    measured = await measureLoudness(ffmpegPath, audioPath, signal);
    options.onProgress?.(0.5 + (0.5 * (pass + 1)) / MAX_PASSES);
    if (meetsTargets(measured)) break;
    if (measured.truePeakDb > EXPORT_LOUDNESS.truePeakDb) ceilingDb -= measured.truePeakDb - EXPORT_LOUDNESS.truePeakDb + 0.2;
    gainDb += EXPORT_LOUDNESS.integratedLufs - measured.integratedLufs;
  }
  options.onProgress?.(1);
  return { audioPath, ...measured };
}
