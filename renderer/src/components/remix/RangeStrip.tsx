// The take laid out across the inspector: its filmstrip with its waveform drawn over it (wavesurfer.js,
// from the stored peaks). Drag across it to select a range (the Regions plugin draws and resizes it);
// the range snaps to whole frames and is reported in the take's own seconds.
import { useEffect, useRef } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import { cssUrl } from '../../lib/dom';
import { loadPeaks, pickPeaksLevel } from '../../lib/peaks';

export interface TakeSpan {
  startSec: number;
  endSec: number;
}

interface RangeStripProps {
  durationSec: number;
  fps: number;
  filmstripUrl: string | null;
  peaksUrl: string | null;
  range: TakeSpan | null;
  onChange(range: TakeSpan | null): void;
}

const HEIGHT = 56;
const REGION_COLOR = 'rgba(255, 184, 77, 0.35)';
const WAVE_COLOR = 'rgba(95, 208, 168, 0.85)';

const snap = (sec: number, fps: number, durationSec: number): number => Math.min(durationSec, Math.max(0, Math.round(sec * fps) / fps));

export function RangeStrip({ durationSec, fps, filmstripUrl, peaksUrl, range, onChange }: RangeStripProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const regionsRef = useRef<ReturnType<typeof RegionsPlugin.create> | null>(null);
  const reported = useRef<string>('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const surfer = WaveSurfer.create({
      container, height: HEIGHT, waveColor: WAVE_COLOR, progressColor: WAVE_COLOR, cursorWidth: 0, interact: false,
      dragToSeek: false, hideScrollbar: true, fillParent: true, normalize: true,
      // A detached element: the preview plays the sound, never this.
      media: document.createElement('audio'), peaks: [[0]], duration: durationSec,
    });
    const regions = surfer.registerPlugin(RegionsPlugin.create());
    regionsRef.current = regions;
    regions.enableDragSelection({ color: REGION_COLOR });
    const report = (region: { start: number; end: number; id: string }): void => {
      // One range at a time: a new drag replaces the old one.
      for (const other of regions.getRegions()) if (other.id !== region.id) other.remove();
      const next = { startSec: snap(region.start, fps, durationSec), endSec: snap(region.end, fps, durationSec) };
      reported.current = `${next.startSec}:${next.endSec}`;
      onChangeRef.current(next.endSec > next.startSec ? next : null);
    };
    regions.on('region-created', report);
    regions.on('region-updated', report);
    let cancelled = false;
    if (peaksUrl) {
      loadPeaks(peaksUrl).then(
        (peaks) => {
          if (cancelled) return;
          const level = peaks.levels[pickPeaksLevel(peaks, container.clientWidth / Math.max(0.1, durationSec))];
          // load() with peaks, not setOptions({ peaks }): wavesurfer 8's setOptions re-renders the audio
          // it drew last, so new peaks given that way never appear. With peaks, load() fetches nothing.
          if (level) surfer.load('', level.channels, durationSec).catch((error: unknown) => console.warn('Kinora: waveform not drawn', error));
        },
        (error: unknown) => console.warn('Kinora: waveform peaks unavailable', error),
      );
    }
    return () => {
      cancelled = true;
      regionsRef.current = null;
      surfer.destroy();
    };
  }, [durationSec, fps, peaksUrl]);

  // A range set or cleared from outside (the timeline, Clear) shows here too.
  useEffect(() => {
    const regions = regionsRef.current;
    if (!regions) return;
    const key = range ? `${range.startSec}:${range.endSec}` : '';
    if (key === reported.current) return;
    reported.current = key;
    regions.clearRegions();
    if (range) regions.addRegion({ start: range.startSec, end: range.endSec, color: REGION_COLOR });
  }, [range]);

  return (
    <div
      className="range-strip"
      style={{ height: HEIGHT, backgroundImage: filmstripUrl ? cssUrl(filmstripUrl) : undefined }}
      ref={containerRef}
      data-testid="range-strip"
      title="Drag across the clip to select a range"
    />
  );
}
