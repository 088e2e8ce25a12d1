// Splits a mix of many sounds into ffmpeg jobs of a few inputs each. ffmpeg decodes every input of an
// amix at once, so hundreds of pieces in one job cost memory and time for nothing: pieces are mixed
// in groups (neighbours in time) into intermediate files that span only their group, and those are
// mixed in turn, as many levels as it takes, so no job has more than MAX_SOUNDS_PER_JOB inputs.
import path from 'node:path';
import type { PlacedAudio, SoundLayout } from './export-layout';

export const MAX_SOUNDS_PER_JOB = 24;

export interface SoundJob {
  layout: SoundLayout;
  outPath: string;
}

// A group's mix, placed where the group starts, as a piece of the next level's mix.
function groupAsPiece(file: string, startSample: number, sampleCount: number, sampleRate: number): PlacedAudio {
  const durationSec = sampleCount / sampleRate;
  return {
    piece: { file, sourceInSec: 0, durationSec, timelineStartSec: startSample / sampleRate, gain: 1, fadeInSec: 0, fadeOutSec: 0 },
    startSample,
    sampleCount,
    sourceStartSample: 0,
  };
}

// The jobs in the order they must run; the last one writes finalPath with the whole mix.
export function planSoundJobs(layout: SoundLayout, workDir: string, finalPath: string, maxInputs = MAX_SOUNDS_PER_JOB): SoundJob[] {
  const jobs: SoundJob[] = [];
  let pieces = [...layout.pieces].sort((a, b) => a.startSample - b.startSample);
  for (let level = 0; pieces.length > maxInputs; level++) {
    const next: PlacedAudio[] = [];
    for (let first = 0; first < pieces.length; first += maxInputs) {
      const group = pieces.slice(first, first + maxInputs);
      const start = group[0]!.startSample;
      const end = Math.max(...group.map((p) => p.startSample + p.sampleCount));
      const outPath = path.join(workDir, `sound-group-${level}-${first / maxInputs}.wav`);
      const shifted = group.map((p) => ({ ...p, startSample: p.startSample - start }));
      jobs.push({ layout: { sampleRate: layout.sampleRate, totalSamples: end - start, pieces: shifted }, outPath });
      next.push(groupAsPiece(outPath, start, end - start, layout.sampleRate));
    }
    pieces = next;
  }
  jobs.push({ layout: { ...layout, pieces }, outPath: finalPath });
  return jobs;
}
