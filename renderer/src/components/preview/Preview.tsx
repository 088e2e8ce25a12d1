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
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const failed = current !== null && failedSrc === videoUrl(current);
  const shownRef = useRef<HTMLVideoElement>(null);
  const standbyRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    controller.attach([shownRef.current!, standbyRef.current!]);
    return () => controller.attach(null);
  }, [controller]);
  // Either element may be the shown one (the controller swaps them at a cut); a failure is the
  // current clip's only if it is its file, and loading a file clears only that file's failure.
  const videoEvents = {
    onError: (event: SyntheticEvent<HTMLVideoElement>) => setFailedSrc(event.currentTarget.getAttribute('src')),
    onLoadedData: (event: SyntheticEvent<HTMLVideoElement>) => {
      const src = event.currentTarget.getAttribute('src');
      setFailedSrc((failedSrc) => (failedSrc === src ? null : failedSrc));
    },
  };

  return (
    <section className="panel preview-panel" aria-label="Preview">
      <div className="preview-stage">
        <div className="preview-frame" style={current ? { aspectRatio: `${current.take.width} / ${current.take.height}` } : undefined}>
          <video ref={shownRef} className="preview-video" playsInline preload="auto" disablePictureInPicture {...videoEvents} />
          <video ref={standbyRef} className="preview-video" playsInline preload="auto" disablePictureInPicture {...videoEvents} />
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
