// Loudness as EBU R128 defines it, measured by ffmpeg's ebur128 filter: integrated loudness (LUFS)
// and true peak (dBTP, 4x oversampled), read from the summary it prints when the stream ends.
import { runFfmpeg } from './run-ffmpeg';

export interface Loudness {
  integratedLufs: number;
  truePeakDb: number;
}

// ebur128 prints "-inf" for silence; reported figures stop at these floors so they stay plain numbers.
const LUFS_FLOOR = -70;
const PEAK_FLOOR_DB = -99;

function lastNumberAfter(log: string, label: RegExp): number | null {
  const matches = [...log.matchAll(label)];
  const text = matches.at(-1)?.[1];
  if (text === undefined) return null;
  return text === '-inf' ? -Infinity : Number(text);
}

export function parseEbur128Summary(log: string): Loudness {
  const summary = log.slice(log.lastIndexOf('Summary:'));
  const integrated = lastNumberAfter(summary, /I:\s+(-inf|-?\d+(?:\.\d+)?) LUFS/g);
  const peak = lastNumberAfter(summary, /Peak:\s+(-inf|-?\d+(?:\.\d+)?) dBFS/g);
  if (integrated === null || peak === null) throw new Error('ffmpeg did not report the loudness of the sound.');
  return { integratedLufs: Math.max(LUFS_FLOOR, integrated), truePeakDb: Math.max(PEAK_FLOOR_DB, peak) };
}

export async function measureLoudness(ffmpegPath: string, file: string, signal?: AbortSignal): Promise<Loudness> {
  const log = await runFfmpeg({
    ffmpegPath,
    inputs: [{ file }],
    outputOptions: ['-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null'],
    output: '-',
    purpose: 'measure the loudness of the sound',
    ...(signal ? { signal } : {}),
  });
  return parseEbur128Summary(log);
}
