// Waveform peaks stored beside each take: fetched once per URL, validated, and the level nearest the
// timeline's zoom picked for drawing.
import { waveformPeaksSchema } from '../../../main/contract/peaks';
import type { WaveformPeaks } from '../../../main/contract/peaks';

const cache = new Map<string, Promise<WaveformPeaks>>();

export function loadPeaks(url: string): Promise<WaveformPeaks> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchPeaks(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

async function fetchPeaks(url: string): Promise<WaveformPeaks> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Waveform peaks are unavailable (HTTP ${response.status}).`);
  const parsed = waveformPeaksSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('The waveform peaks file is not in the expected format.');
  return parsed.data;
}

// The level whose peaks-per-second is nearest (by ratio) to the timeline's pixels-per-second, so about
// one peak lands on each pixel.
export function pickPeaksLevel(peaks: WaveformPeaks, pixelsPerSecond: number): number {
  let best = 0;
  let bestDistance = Infinity;
  peaks.levels.forEach((level, index) => {
    const distance = Math.abs(Math.log(level.peaksPerSecond / pixelsPerSecond));
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
