// The clip's linked audio on the audio track, with its waveform.
import { memo } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { PlacedClip } from '../../lib/timeline-layout';
import { clipBoxClass, clipBoxStyle } from './clip-box';
import { Waveform } from './Waveform';

interface AudioClipProps {
  placed: PlacedClip;
  peaksUrl: string;
  videoUrl: string;
  pixelsPerSecond: number;
  height: number;
  selected: boolean;
  dragOffsetPx: number | null;
  onPointerDown(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip): void;
}

export const AudioClip = memo(function AudioClip({ placed, peaksUrl, videoUrl, pixelsPerSecond, height, selected, dragOffsetPx, onPointerDown }: AudioClipProps) {
  const { clip, take } = placed;
  const style = clipBoxStyle(placed, pixelsPerSecond, dragOffsetPx);
  const className = clipBoxClass('audio-clip', selected, dragOffsetPx);
  return (
    <div
      className={className}
      style={style}
      role="option"
      aria-selected={selected}
      aria-label={`Audio of clip ${placed.index + 1}`}
      data-testid="audio-clip"
      data-clip-id={clip.id}
      data-take-id={take.id}
      data-selected={selected ? 'true' : 'false'}
      onPointerDown={(event) => onPointerDown(event, placed)}
    >
      <Waveform peaksUrl={peaksUrl} fallbackUrl={videoUrl} durationSec={take.durationSec} pixelsPerSecond={pixelsPerSecond} height={height} />
    </div>
  );
});
