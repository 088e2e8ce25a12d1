// The sound half of the export as one ffmpeg filtergraph: every audio piece cut to the sample from its
// file, gained, faded, delayed to its place on the timeline and mixed, as long as the picture to the
// sample, measured (ebur128, integrated loudness) as it goes. Loudness is set afterwards, on the
// finished mix (render-sound.ts).
import type { PlacedAudio, SoundLayout } from './export-layout';
import type { FfmpegInput } from './run-ffmpeg';
import { filterNumber } from './filter-text';

export interface SoundGraph {
  inputs: FfmpegInput[];
  // Filtergraph text; its output pad is [mix].
  graph: string;
}

// first_pts=0 pads a stream that starts late (or trims encoder priming that starts early), so sample
// N of the stream is the sound at N / rate seconds in the file and start_sample cuts exactly there.
function pieceChain(index: number, placed: PlacedAudio, sampleRate: number, label: string): string {
  const { piece, sampleCount, sourceStartSample, startSample } = placed;
  const fadeIn = Math.min(sampleCount, Math.round(piece.fadeInSec * sampleRate));
  const fadeOut = Math.min(sampleCount, Math.round(piece.fadeOutSec * sampleRate));
  const filters = [
    `aresample=${sampleRate}:first_pts=0`,
    'aformat=sample_fmts=fltp:channel_layouts=stereo',
    `atrim=start_sample=${sourceStartSample}:end_sample=${sourceStartSample + sampleCount}`,
    'asetpts=PTS-STARTPTS',
    `apad=whole_len=${sampleCount}`,
    `volume=${filterNumber(piece.gain)}:precision=float`,
    ...(fadeIn > 0 ? [`afade=t=in:ss=0:ns=${fadeIn}`] : []),
    ...(fadeOut > 0 ? [`afade=t=out:ss=${sampleCount - fadeOut}:ns=${fadeOut}`] : []),
    ...(startSample > 0 ? [`adelay=delays=${startSample}S:all=1`] : []),
  ];
  return `[${index}:a:0]${filters.join(',')}[${label}]`;
}

// `measure` adds ebur128 at the end, so the job's log reports the mix's integrated loudness.
export function buildSoundGraph(layout: SoundLayout, measure: boolean): SoundGraph {
  const { sampleRate, totalSamples } = layout;
  const exactLength = `apad=whole_len=${totalSamples},atrim=end_sample=${totalSamples}${measure ? ',ebur128=peak=sample' : ''}`;
  if (layout.pieces.length === 0) {
    return { inputs: [], graph: `anullsrc=r=${sampleRate}:cl=stereo,${exactLength}[mix]` };
  }
  const chains = layout.pieces.map((placed, i) => pieceChain(i, placed, sampleRate, `a${i}`));
  const labels = layout.pieces.map((_, i) => `[a${i}]`).join('');
  chains.push(`${labels}amix=inputs=${layout.pieces.length}:normalize=0:dropout_transition=0,${exactLength}[mix]`);
  return { inputs: layout.pieces.map((p) => ({ file: p.piece.file })), graph: chains.join(';\n') };
}
