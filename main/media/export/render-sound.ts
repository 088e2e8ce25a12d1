// The export's soundtrack, finished before the picture is encoded: mix every piece (sound-graph.ts,
// measured as it mixes), then find the gain and limiter ceiling that put the mix on the loudness
// target. Each try writes the levelled mix and measures it; the one on target is encoded to AAC and
// that AAC file is measured too (the encoder can push peaks up), with a lower ceiling if it must. The
// film copies this AAC stream as is, so the figures reported are the delivered file's.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXPORT_LOUDNESS } from '../../contract/format';
import { throwIfAborted } from '../../contract/abort';
import type { ExportPlan } from './export-plan';
import { layoutSound } from './export-layout';
import { filterNumber } from './filter-text';
import { measureLoudness, parseEbur128Summary, type Loudness } from './loudness';
import { runFfmpeg } from './run-ffmpeg';
import { buildSoundGraph } from './sound-graph';
import { planSoundJobs, type SoundJob } from './sound-jobs';

export interface SoundResult extends Loudness {
  // AAC in an MP4 whose edit list trims the encoder's priming and padding, so it is exactly as long as
  // the picture; the film copies it as is.
  audioPath: string;
}

export interface RenderSoundOptions {
  ffmpegPath: string;
  plan: ExportPlan;
  workDir: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  // Inputs per ffmpeg mix job (sound-jobs.ts); the default suits real timelines.
  maxSoundsPerJob?: number;
}

interface Levels {
  gainDb: number;
  // The limiter's ceiling (sample peak, dBFS); null for silence, which is left alone.
  ceilingDb: number | null;
}

// ffmpeg's AAC encoder with its fast coder: a fraction of the default's time, transparent at 192k.
const AAC_OPTIONS = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '192k', '-ac', '2'];
const MAX_PASSES = 8;
// Close enough to aim at before encoding; the delivered tolerance (toleranceLu) is wider.
const AIM_LU = 0.2;
// Peaks between samples and AAC's coding overshoot sit above the sample peaks the limiter sees, so
// the mix is aimed this far under the true-peak target before encoding.
const ENCODE_HEADROOM_DB = 0.5;
const LOWEST_CEILING_DB = -24;
// A mix this quiet is silence (ebur128's floor): nothing to normalise.
const SILENT_LUFS = -69.9;

function jobBase(options: RenderSoundOptions): { ffmpegPath: string; signal?: AbortSignal } {
  return { ffmpegPath: options.ffmpegPath, ...(options.signal ? { signal: options.signal } : {}) };
}

async function runSoundJob(options: RenderSoundOptions, job: SoundJob, index: number, measure: boolean, onFraction: (f: number) => void): Promise<string> {
  const graph = buildSoundGraph(job.layout, measure);
  const graphPath = path.join(options.workDir, `sound-graph-${index}.txt`);
  await writeFile(graphPath, graph.graph);
  const totalSec = Math.max(job.layout.totalSamples / job.layout.sampleRate, 0.001);
  return runFfmpeg({
    ...jobBase(options),
    inputs: graph.inputs,
    outputOptions: ['-filter_complex_script', graphPath, '-map', '[mix]', '-c:a', 'pcm_f32le', '-f', 'wav'],
    output: job.outPath,
    purpose: 'mix the sound',
    onStatus: ({ timeSec }) => {
      if (timeSec !== null) onFraction(Math.min(1, timeSec / totalSec));
    },
  });
}

// Mixes every piece into mixPath (in several jobs when there are many) and returns its loudness.
async function mixPieces(options: RenderSoundOptions, mixPath: string): Promise<number> {
  const jobs = planSoundJobs(layoutSound(options.plan), options.workDir, mixPath, options.maxSoundsPerJob);
  let log = '';
  for (const [i, job] of jobs.entries()) {
    const last = i === jobs.length - 1;
    log = await runSoundJob(options, job, i, last, (f) => options.onProgress?.(((i + f) / jobs.length) * 0.5));
  }
  return parseEbur128Summary(log).integratedLufs;
}

function levelFilters(levels: Levels): string {
  const filters = [`volume=${filterNumber(levels.gainDb)}dB:precision=float`];
  if (levels.ceilingDb !== null) {
    const limit = Math.max(0.0625, 10 ** (Math.max(LOWEST_CEILING_DB, levels.ceilingDb) / 20));
    filters.push(`alimiter=limit=${filterNumber(limit)}:attack=5:release=50:level=0:latency=1`);
  }
  return filters.join(',');
}

// Writes the levelled mix and measures it.
async function levelMix(options: RenderSoundOptions, mixPath: string, outPath: string, levels: Levels): Promise<Loudness> {
  const log = await runFfmpeg({
    ...jobBase(options),
    inputs: [{ file: mixPath }],
    outputOptions: ['-map', '0:a:0', '-af', `${levelFilters(levels)},ebur128=peak=true`, '-c:a', 'pcm_f32le', '-f', 'wav'],
    output: outPath,
    purpose: 'level the sound',
  });
  return parseEbur128Summary(log);
}

// Encodes the levelled mix as the film will carry it, and measures that.
async function encodeAndMeasure(options: RenderSoundOptions, levelledPath: string, audioPath: string): Promise<Loudness> {
  await runFfmpeg({
    ...jobBase(options),
    inputs: [{ file: levelledPath }],
    outputOptions: ['-map', '0:a:0', ...AAC_OPTIONS, '-f', 'mp4'],
    output: audioPath,
    purpose: 'encode the sound',
  });
  return measureLoudness(options.ffmpegPath, audioPath, options.signal);
}

// Moves gain and ceiling towards the targets from what was measured with them; null when on target.
function correct(levels: Levels, measured: Loudness, peakTargetDb: number): Levels | null {
  const loudnessOff = EXPORT_LOUDNESS.integratedLufs - measured.integratedLufs;
  const peakOver = measured.truePeakDb - peakTargetDb;
  if (Math.abs(loudnessOff) <= AIM_LU && peakOver <= 0) return null;
  return {
    gainDb: levels.gainDb + loudnessOff,
    ceilingDb: levels.ceilingDb === null ? null : levels.ceilingDb - Math.max(0, peakOver + (peakOver > 0 ? 0.1 : 0)),
  };
}

export async function renderSound(options: RenderSoundOptions): Promise<SoundResult> {
  const mixPath = path.join(options.workDir, 'mix.wav');
  const levelledPath = path.join(options.workDir, 'levelled.wav');
  const audioPath = path.join(options.workDir, 'sound.m4a');
  const mixLufs = await mixPieces(options, mixPath);
  let levels: Levels =
    mixLufs <= SILENT_LUFS
      ? { gainDb: 0, ceilingDb: null }
      : { gainDb: EXPORT_LOUDNESS.integratedLufs - mixLufs, ceilingDb: EXPORT_LOUDNESS.truePeakDb - ENCODE_HEADROOM_DB - 0.5 };
  let delivered: Loudness | null = null;
  for (let pass = 0; pass < MAX_PASSES && !delivered; pass++) {
    throwIfAborted(options.signal);
    options.onProgress?.(0.5 + (0.5 * pass) / MAX_PASSES);
    const levelled = await levelMix(options, mixPath, levelledPath, levels);
    const retry = levels.ceilingDb === null ? null : correct(levels, levelled, EXPORT_LOUDNESS.truePeakDb - ENCODE_HEADROOM_DB);
    if (retry && pass < MAX_PASSES - 1) {
      levels = retry;
      continue;
    }
    const encoded = await encodeAndMeasure(options, levelledPath, audioPath);
    const fix = levels.ceilingDb === null ? null : correct(levels, encoded, EXPORT_LOUDNESS.truePeakDb);
    // Out of passes (extreme material), the last levels are delivered, measured as delivered.
    if (fix && pass < MAX_PASSES - 1) levels = fix;
    else delivered = encoded;
  }
  return { audioPath, ...delivered! };
}
