// Waveform peaks stored beside each take, drawn by wavesurfer.js without decoding the audio.
import { z } from 'zod';

export const peaksLevelSchema = z.object({
  // How many peak values cover one second at this level.
  peaksPerSecond: z.number().positive(),
  // One array per channel; each value is the largest absolute sample in its bucket, 0..1.
  channels: z.array(z.array(z.number().min(0).max(1))).min(1),
});

export const waveformPeaksSchema = z.object({
  version: z.literal(1),
  sampleRate: z.number().int().positive(),
  durationSec: z.number().positive(),
  // Coarsest first; the timeline picks the level nearest its zoom.
  levels: z.array(peaksLevelSchema).min(1),
});
export type WaveformPeaks = z.infer<typeof waveformPeaksSchema>;
