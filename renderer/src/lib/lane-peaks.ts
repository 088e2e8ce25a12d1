// One waveform for a whole sound lane: the peaks of every clip in a stretch of time, each clip's
// own trimmed part scaled by its volume and fades, gaps silent. One wavesurfer instance draws a
// lane from this, instead of one instance per clip.
import type { WaveformPeaks } from '../../../main/contract/peaks';
import { pickPeaksLevel } from './peaks';
import { fadeGain, type PlacedClip } from './timeline-layout';

export function lanePeaks(
  clips: readonly PlacedClip[],
  peaksOf: (placed: PlacedClip) => WaveformPeaks | undefined,
  fromSec: number,
  toSec: number,
  pixelsPerSecond: number,
  trackVolume: number,
): number[] {
  const columns = Math.max(1, Math.ceil((toSec - fromSec) * pixelsPerSecond));
  const out = new Array<number>(columns).fill(0);
  for (const placed of clips) {
    const peaks = peaksOf(placed);
    if (!peaks) continue;
    const level = peaks.levels[pickPeaksLevel(peaks, pixelsPerSecond)] ?? peaks.levels[0];
    if (!level) continue;
    const firstCol = Math.max(0, Math.floor((placed.start - fromSec) * pixelsPerSecond));
    const lastCol = Math.min(columns, Math.ceil((placed.end - fromSec) * pixelsPerSecond));
    for (let col = firstCol; col < lastCol; col++) {
      const t0 = fromSec + col / pixelsPerSecond;
      const t1 = t0 + 1 / pixelsPerSecond;
      const value = peakBetween(level.channels, level.peaksPerSecond, placed.clip.sourceInSec + (t0 - placed.start), placed.clip.sourceInSec + (t1 - placed.start));
      out[col] = Math.min(1, value * fadeGain(placed.clip, (t0 + t1) / 2) * trackVolume);
    }
  }
  return out;
}

// The loudest peak of any channel between two source times.
function peakBetween(channels: readonly number[][], peaksPerSecond: number, fromSec: number, toSec: number): number {
  const first = Math.max(0, Math.floor(fromSec * peaksPerSecond));
  let max = 0;
  for (const channel of channels) {
    const last = Math.min(channel.length, Math.max(first + 1, Math.ceil(toSec * peaksPerSecond)));
    for (let i = first; i < last; i++) max = Math.max(max, channel[i] ?? 0);
  }
  return max;
}
