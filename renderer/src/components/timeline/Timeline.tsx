// The bottom timeline: toolbar (zoom), track headers, and the scrolling area with the time ruler, the
// video track (filmstrips), the audio track (waveforms) and the playhead across them.
import { useCallback, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Job } from '../../../../main/contract/model';
import { useTimelineDuration } from '../../hooks/usePlayback';
import type { PlaybackController } from '../../lib/playback';
import { formatDuration } from '../../lib/timecode';
import type { PlacedClip } from '../../lib/timeline-layout';
import { useClient } from '../../state/client-context';
import { AudioClip } from './AudioClip';
import { PendingClip } from './PendingClip';
import { Playhead } from './Playhead';
import { TimeRuler } from './TimeRuler';
import { TimelineClip } from './TimelineClip';
import { useClipPointer } from './useClipPointer';
import { useFollowPlayhead } from './useFollowPlayhead';
import { useScrub } from './useScrub';
import { useViewport } from './useViewport';
import { useWheelZoom } from './useWheelZoom';
import { ZoomControl } from './ZoomControl';
import { DEFAULT_PPS } from './zoom';

interface TimelineProps {
  projectId: string;
  layout: readonly PlacedClip[];
  jobs: readonly Job[];
  controller: PlaybackController;
  selectedClipId: string | null;
  onSelect(clipId: string): void;
  onMove(clipId: string, position: number): void;
}

const AUDIO_WAVE_HEIGHT = 44;
const PENDING_SECONDS = 4;
const TAIL_PX = 240;

export function Timeline({ projectId, layout, jobs, controller, selectedClipId, onSelect, onMove }: TimelineProps) {
  const client = useClient();
  const sectionRef = useRef<HTMLElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const [pixelsPerSecond, setPixelsPerSecond] = useState(DEFAULT_PPS);
  const viewport = useViewport(scrollRef);
  const duration = useTimelineDuration(controller);
  const zoomTo = useWheelZoom(scrollRef, pixelsPerSecond, setPixelsPerSecond);
  useFollowPlayhead(scrollRef, controller, pixelsPerSecond);

  const timeAt = useCallback(
    (clientX: number) => {
      const content = contentRef.current;
      if (!content) return 0;
      return Math.max(0, (clientX - content.getBoundingClientRect().left) / pixelsPerSecond);
    },
    [pixelsPerSecond],
  );
  const seek = useCallback((seconds: number) => controller.seek(seconds), [controller]);
  // Pointer handlers prevent the default focus change; move focus here ourselves so keys like Delete
  // and Space act on the timeline rather than on a text field focused earlier.
  const takeFocus = useCallback(() => sectionRef.current?.focus({ preventScroll: true }), []);
  const scrub = useScrub(timeAt, seek);
  const onScrubPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      takeFocus();
      scrub(event);
    },
    [scrub, takeFocus],
  );
  const select = useCallback(
    (clipId: string) => {
      takeFocus();
      onSelect(clipId);
    },
    [onSelect, takeFocus],
  );
  const { drag, onClipPointerDown } = useClipPointer({ layout, pixelsPerSecond, timeAt, onSelect: select, onSeek: seek, onMove });

  const appendJobs = jobs.filter((job) => job.clipId === null);
  const pendingWidth = Math.max(96, PENDING_SECONDS * pixelsPerSecond);
  const contentWidth = Math.max(
    viewport.width,
    duration * pixelsPerSecond + appendJobs.length * (pendingWidth + 4) + TAIL_PX,
  );
  const fit = () => {
    if (duration <= 0 || viewport.width <= 0) return;
    zoomTo((viewport.width - 48) / duration, 0);
    if (scrollRef.current) scrollRef.current.scrollLeft = 0;
  };
  const media = (path: string) => client.mediaUrl(projectId, path);

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline" ref={sectionRef} tabIndex={-1}>
      <div className="timeline-toolbar">
        <span className="timeline-title">Timeline</span>
        <span className="muted">
          {layout.length} {layout.length === 1 ? 'clip' : 'clips'} · {formatDuration(duration)}
        </span>
        <div className="top-bar-spacer" />
        <ZoomControl pixelsPerSecond={pixelsPerSecond} onChange={(pps) => zoomTo(pps, controller.getTime())} onFit={fit} canFit={duration > 0} />
      </div>
      <div className="timeline-body">
        <div className="track-headers" aria-hidden="true">
          <div className="track-header track-header-ruler" />
          <div className="track-header track-header-video">
            <span className="track-tag">V1</span>
            <span>Video</span>
          </div>
          <div className="track-header track-header-audio">
            <span className="track-tag">A1</span>
            <span>Audio</span>
          </div>
        </div>
        <div className="timeline-scroll" ref={scrollRef}>
          <div className="timeline-content" ref={contentRef} style={{ width: contentWidth }}>
            <div className="ruler-area" onPointerDown={onScrubPointerDown}>
              <TimeRuler pixelsPerSecond={pixelsPerSecond} visibleStart={viewport.scrollLeft} visibleWidth={viewport.width} contentWidth={contentWidth} />
            </div>
            <div className="track track-video" role="listbox" aria-label="Video track" data-testid="video-track" onPointerDown={onScrubPointerDown}>
              {layout.map((placed) => (
                <TimelineClip
                  key={placed.clip.id}
                  placed={placed}
                  filmstripUrl={media(placed.take.filmstripPath)}
                  pixelsPerSecond={pixelsPerSecond}
                  selected={placed.clip.id === selectedClipId}
                  dragOffsetPx={drag?.clipId === placed.clip.id ? drag.offsetPx : null}
                  job={jobs.find((job) => job.clipId === placed.clip.id)}
                  onPointerDown={onClipPointerDown}
                />
              ))}
              {appendJobs.map((job, index) => (
                <PendingClip key={job.id} job={job} left={duration * pixelsPerSecond + 4 + index * (pendingWidth + 4)} width={pendingWidth} />
              ))}
            </div>
            <div className="track track-audio" role="listbox" aria-label="Audio track" data-testid="audio-track" onPointerDown={onScrubPointerDown}>
              {layout.map((placed) => (
                <AudioClip
                  key={placed.clip.id}
                  placed={placed}
                  peaksUrl={media(placed.take.peaksPath)}
                  videoUrl={media(placed.take.videoPath)}
                  pixelsPerSecond={pixelsPerSecond}
                  height={AUDIO_WAVE_HEIGHT}
                  selected={placed.clip.id === selectedClipId}
                  dragOffsetPx={drag?.clipId === placed.clip.id ? drag.offsetPx : null}
                  onPointerDown={onClipPointerDown}
                />
              ))}
            </div>
            {drag && drag.position !== layout.find((p) => p.clip.id === drag.clipId)?.index ? (
              <div className="drop-marker" style={{ left: drag.boundarySec * pixelsPerSecond }} />
            ) : null}
            <Playhead controller={controller} pixelsPerSecond={pixelsPerSecond} />
          </div>
        </div>
      </div>
    </section>
  );
}
