// A sound lane's waveform: one wavesurfer.js instance per lane, drawing the stored peaks of every
// clip in the drawn stretch (see lib/lane-peaks). It is redrawn when the zoom settles, the stretch
// moves or a clip changes; between those, CSS scales it with the live zoom.
import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import type { WaveformPeaks } from '../../../../main/contract/peaks';
import { lanePeaks } from '../../lib/lane-peaks';
import { loadPeaks } from '../../lib/peaks';
import type { PlacedClip } from '../../lib/timeline-layout';
import type { DrawWindow } from './timeline-viewport';

interface LaneWaveformProps {
  clips: readonly PlacedClip[];
  peaksUrl(placed: PlacedClip): string | null;
  window: DrawWindow;
  pixelsPerSecond: number;
  trackVolume: number;
  height: number;
}

const WAVE_COLOR = '#5fd0a8';

export function LaneWaveform({ clips, peaksUrl, window: view, pixelsPerSecond, trackVolume, height }: LaneWaveformProps) {
  // Drawn only from the lane's first clip to its last, so empty stretches stay empty.
  const window = {
    fromSec: Math.max(view.fromSec, clips[0]?.start ?? 0),
    toSec: Math.min(view.toSec, clips.reduce((end, c) => Math.max(end, c.end), 0)),
  };
  const containerRef = useRef<HTMLDivElement | null>(null);
  const surferRef = useRef<WaveSurfer | null>(null);
  const [loaded, setLoaded] = useState(() => new Map<string, WaveformPeaks>());

  // Peaks files, fetched once per URL (lib/peaks caches them).
  useEffect(() => {
    let cancelled = false;
    for (const placed of clips) {
      const url = peaksUrl(placed);
      if (!url || loaded.has(url)) continue;
      loadPeaks(url).then(
        (peaks) => {
          if (!cancelled) setLoaded((previous) => new Map(previous).set(url, peaks));
        },
        (error: unknown) => console.warn('Kinora: waveform peaks unavailable', error),
      );
    }
    return () => {
      cancelled = true;
    };
  }, [clips, peaksUrl, loaded]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const surfer = WaveSurfer.create({
      container, height, waveColor: WAVE_COLOR, progressColor: WAVE_COLOR, cursorWidth: 0, interact: false,
      dragToSeek: false, autoScroll: false, autoCenter: false, hideScrollbar: true, fillParent: true, normalize: false,
      // A detached element: the preview plays the sound, never this.
      media: document.createElement('audio'), peaks: [[0]], duration: 1,
    });
    surferRef.current = surfer;
    return () => {
      surferRef.current = null;
      surfer.destroy();
    };
  }, [height]);

  const windowSec = Math.max(1e-3, window.toSec - window.fromSec);
  useEffect(() => {
    const visible = clips.filter((c) => c.end > window.fromSec && c.start < window.toSec);
    const peaks = lanePeaks(visible, (placed) => {
      const url = peaksUrl(placed);
      return url ? loaded.get(url) : undefined;
    }, window.fromSec, window.toSec, pixelsPerSecond, trackVolume);
    // load() with peaks, not setOptions({ peaks }): wavesurfer 8's setOptions re-renders the audio
    // data it drew last, so new peaks given that way never appear. With peaks, load() fetches nothing.
    // A load superseded by a newer one (the view moved again) is dropped on purpose.
    surferRef.current?.load('', [peaks], windowSec).catch((error: unknown) => {
      if ((error as Error | null)?.name !== 'AbortError') console.warn('Kinora: waveform not drawn', error);
    });
  }, [clips, peaksUrl, loaded, window.fromSec, window.toSec, windowSec, pixelsPerSecond, trackVolume]);

  return (
    <div
      ref={containerRef}
      className="lane-waveform"
      data-testid="waveform"
      data-state={loaded.size > 0 ? 'ready' : 'loading'}
      style={{
        left: `calc(var(--pps) * ${window.fromSec}px)`,
        width: windowSec * pixelsPerSecond,
        transform: `scaleX(calc(var(--pps) / ${pixelsPerSecond}))`,
      }}
    />
  );
}
