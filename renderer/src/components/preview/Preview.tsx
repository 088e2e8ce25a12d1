// The centre: the preview video for the clip under the playhead, transport controls, and the take's
// outcome sentence.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useCurrentClipId } from '../../hooks/usePlayback';
import type { PlaybackController } from '../../lib/playback';
import type { TimeFormat } from '../../lib/timecode';
import type { PlacedClip, TimelineView } from '../../lib/timeline-layout';
import { TransportBar } from './TransportBar';

interface PreviewProps {
  controller: PlaybackController;
  view: TimelineView;
  videoUrl(placed: PlacedClip): string | null;
  timeFormat: TimeFormat;
  onToggleTimeFormat(): void;
}

export function Preview({ controller, view, videoUrl, timeFormat, onToggleTimeFormat }: PreviewProps) {
  const currentClipId = useCurrentClipId(controller);
  const placed = currentClipId ? (view.byId.get(currentClipId) ?? null) : null;
  const current = placed?.take ? { ...placed, take: placed.take } : null;
  const [failedSrcs, setFailedSrcs] = useState<ReadonlySet<string>>(() => new Set());
  const currentUrl = current ? videoUrl(current) : null;
  const failed = currentUrl !== null && failedSrcs.has(currentUrl);
  const firstRef = useRef<HTMLVideoElement>(null);
  const secondRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    controller.attach([firstRef.current!, secondRef.current!]);
    return () => controller.attach(null);
  }, [controller]);
  // Either element may be the shown one (the controller swaps them at a cut), so failures are kept
  // per file: the current clip's message shows if its file failed, whichever element tried it, and a
  // file that loads clears only its own failure.
  const videoEvents = {
    onError: (event: SyntheticEvent<HTMLVideoElement>) => {
      const src = event.currentTarget.getAttribute('src');
      if (src) setFailedSrcs((failed) => new Set(failed).add(src));
    },
    onLoadedData: (event: SyntheticEvent<HTMLVideoElement>) => {
      const src = event.currentTarget.getAttribute('src');
      setFailedSrcs((failed) => {
        if (!src || !failed.has(src)) return failed;
        const next = new Set(failed);
        next.delete(src);
        return next;
      });
    },
  };

  return (
    <section className="panel preview-panel" aria-label="Preview">
      <div className="preview-stage">
        <div className="preview-frame" style={current ? { aspectRatio: `${current.take.width} / ${current.take.height}` } : undefined}>
          <video ref={firstRef} className="preview-video" playsInline preload="auto" disablePictureInPicture {...videoEvents} />
          <video ref={secondRef} className="preview-video" playsInline preload="auto" disablePictureInPicture {...videoEvents} />
          {failed ? (
            <div className="preview-empty preview-failed" role="status">
              <div className="preview-empty-title">This take's video could not be played</div>
              <div className="muted">The file may be missing or still being written.</div>
            </div>
          ) : null}
          {current ? null : (
            <div className="preview-empty">
              {view.duration <= 0 ? (
                <>
                  <div className="preview-empty-title">Nothing on the timeline yet</div>
                  <div className="muted">Describe a scene on the left and press Generate.</div>
                </>
              ) : (
                <div className="muted">No clip at the playhead</div>
              )}
            </div>
          )}
        </div>
      </div>
      <TransportBar controller={controller} fps={view.fps} format={timeFormat} onToggleFormat={onToggleTimeFormat} />
      <p className="outcome" data-testid="take-outcome" aria-live="polite">
        {current ? current.take.outcome : '\u00a0'}
      </p>
    </section>
  );
}
