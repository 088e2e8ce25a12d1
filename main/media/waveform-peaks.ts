// Multi-resolution waveform peaks from interleaved stereo PCM, so the timeline draws waveforms at any
// zoom without decoding audio in the renderer.
import type { WaveformPeaks } from '../contract/peaks';

const LEVELS_PER_SECOND = [25, 100, 400] as const;

export function computePeaks(samples: Float32Array, sampleRate: number, channels: number): WaveformPeaks {
  const frames = Math.floor(samples.length / channels);
  const durationSec = frames / sampleRate;
  const levels = LEVELS_PER_SECOND.map((peaksPerSecond) => {
    const bucketCount = Math.max(1, Math.ceil(durationSec * peaksPerSecond));
    const perChannel = Array.from({ length: channels }, () => new Array<number>(bucketCount).fill(0));
    for (let frame = 0; frame < frames; frame++) {
      const bucket = Math.min(bucketCount - 1, Math.floor((frame / sampleRate) * peaksPerSecond));
      for (let ch = 0; ch < channels; ch++) {
        const value = Math.min(1, Math.abs(samples[frame * channels + ch] ?? 0));
        const row = perChannel[ch] as number[];
        if (value > (row[bucket] as number)) row[bucket] = value;
      }
    }
    // Four decimals keep the file small without visible loss.
    return { peaksPerSecond, channels: perChannel.map((row) => row.map((v) => Math.round(v * 1e4) / 1e4)) };
  });
  return { version: 1, sampleRate, durationSec, levels };
}
