// A clip on the video track: its take's filmstrip stretched across the clip, with a label.
import { memo } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import { cssUrl } from '../../lib/dom';
import type { PlacedClip } from '../../lib/timeline-layout';
import { clipBoxClass, clipBoxStyle } from './clip-box';

interface TimelineClipProps {
  placed: PlacedClip;
  filmstripUrl: string;
  pixelsPerSecond: number;
  selected: boolean;
  dragOffsetPx: number | null;
  job: Job | undefined;
  onPointerDown(event: ReactPointerEvent<HTMLElement>, placed: PlacedClip): void;
}

export const TimelineClip = memo(function TimelineClip({ placed, filmstripUrl, pixelsPerSecond, selected, dragOffsetPx, job, onPointerDown }: TimelineClipProps) {
  const { clip, take } = placed;
  const style = clipBoxStyle(placed, pixelsPerSecond, dragOffsetPx);
  const className = clipBoxClass('timeline-clip', selected, dragOffsetPx);
  return (
    <div
      className={className}
      style={style}
      role="option"
      aria-selected={selected}
      aria-label={`Clip ${placed.index + 1}: ${take.prompt}`}
      title={take.prompt}
      data-testid="timeline-clip"
      data-clip-id={clip.id}
      data-take-id={take.id}
      data-selected={selected ? 'true' : 'false'}
      onPointerDown={(event) => onPointerDown(event, placed)}
    >
      <div className="filmstrip" style={{ backgroundImage: cssUrl(filmstripUrl) }} data-frames={take.filmstripFrames} />
      <div className="clip-label">
        <span className="clip-index">{placed.index + 1}</span>
        <span className="clip-title">{take.prompt}</span>
      </div>
      {clip.takeIds.length > 1 ? <span className="clip-badge" title={`${clip.takeIds.length} takes`}>{clip.takeIds.length}</span> : null}
      {job ? (
        <div className="clip-job" title={job.stage}>
          <div className="clip-job-fill" style={{ width: `${Math.round(job.progress * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
});
