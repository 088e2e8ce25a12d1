// Play/pause, jump to start/end, and the timecode.
import { useIsPlaying, usePlayheadTime, useTimelineDuration } from '../../hooks/usePlayback';
import type { PlaybackController } from '../../lib/playback';
import { formatTime, timeFormatLabel, type TimeFormat } from '../../lib/timecode';

interface TransportBarProps {
  controller: PlaybackController;
  fps: number;
  format: TimeFormat;
  onToggleFormat(): void;
}

export function TransportBar({ controller, fps, format, onToggleFormat }: TransportBarProps) {
  const playing = useIsPlaying(controller);
  const time = usePlayheadTime(controller);
  const duration = useTimelineDuration(controller);
  const empty = duration <= 0;
  return (
    <div className="transport">
      <button type="button" className="icon-button" onClick={() => controller.seek(0)} disabled={empty} title="Go to start (Home)" aria-label="Go to start">
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 4v12M16 4 8 10l8 6z" fill="currentColor" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button play-button"
        onClick={() => controller.toggle()}
        disabled={empty}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
        data-testid="play-button"
        data-playing={playing ? 'true' : 'false'}
      >
        {playing ? (
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <rect x="5" y="4" width="3.5" height="12" rx="1" fill="currentColor" />
            <rect x="11.5" y="4" width="3.5" height="12" rx="1" fill="currentColor" />
          </svg>
        ) : (
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M6 4v12l10-6z" fill="currentColor" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
          </svg>
        )}
      </button>
      <button type="button" className="icon-button" onClick={() => controller.seek(duration)} disabled={empty} title="Go to end (End)" aria-label="Go to end">
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M15 4v12M4 4l8 6-8 6z" fill="currentColor" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="timecode-group" onClick={onToggleFormat} title={`Showing ${timeFormatLabel(format, fps)}: click to switch`} data-testid="timecode-toggle">
        <span className="timecode" data-testid="timecode" data-seconds={time.toFixed(3)}>
          {formatTime(time, fps, format)}
        </span>
        <span className="timecode-total">/ {formatTime(duration, fps, format)}</span>
        <span className="timecode-format" data-testid="timecode-format">{timeFormatLabel(format, fps)}</span>
      </button>
    </div>
  );
}
