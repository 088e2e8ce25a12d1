// A take's waveform drawn by wavesurfer.js from its stored peaks (no audio decoding). The timeline owns
// seeking, so the waveform takes no clicks. Only if the peaks cannot be loaded does it fall back to
// letting wavesurfer decode the clip's own audio.
import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import type { WaveformPeaks } from '../../../../main/contract/peaks';
import { loadPeaks, pickPeaksLevel } from '../../lib/peaks';

interface WaveformProps {
  peaksUrl: string;
  fallbackUrl: string;
  durationSec: number;
  pixelsPerSecond: number;
  height: number;
}

type PeaksState = { kind: 'loading' } | { kind: 'ready'; peaks: WaveformPeaks } | { kind: 'failed' };

const WAVE_COLOR = '#5fd0a8';

export function Waveform({ peaksUrl, fallbackUrl, durationSec, pixelsPerSecond, height }: WaveformProps) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState<PeaksState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState({ kind: 'loading' });
    loadPeaks(peaksUrl).then(
      (peaks) => {
        if (!cancelled) setState({ kind: 'ready', peaks });
      },
      (error: unknown) => {
        if (cancelled) return;
        console.warn('Kinora: falling back to decoding audio for the waveform', error);
        setState({ kind: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [peaksUrl]);

  const level = state.kind === 'ready' ? pickPeaksLevel(state.peaks, pixelsPerSecond) : -1;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || state.kind === 'loading') return;
    const common = {
      container,
      height,
      waveColor: WAVE_COLOR,
      progressColor: WAVE_COLOR,
      cursorWidth: 0,
      interact: false,
      dragToSeek: false,
      autoScroll: false,
      autoCenter: false,
      hideScrollbar: true,
      fillParent: true,
      normalize: false,
      // A detached element: the preview <video> plays the sound, never this.
      media: document.createElement('audio'),
    };
    let wavesurfer: WaveSurfer;
    if (state.kind === 'ready') {
      const chosen = state.peaks.levels[level] ?? state.peaks.levels[0];
      wavesurfer = WaveSurfer.create({ ...common, peaks: chosen?.channels ?? [[0]], duration: state.peaks.durationSec || durationSec });
    } else {
      wavesurfer = WaveSurfer.create({ ...common, url: fallbackUrl });
    }
    wavesurfer.on('error', (error) => console.warn('Kinora: waveform could not be drawn', error));
    return () => wavesurfer.destroy();
  }, [state, level, height, fallbackUrl, durationSec]);

  return <div ref={containerRef} className="waveform" data-testid="waveform" data-state={state.kind} />;
}
