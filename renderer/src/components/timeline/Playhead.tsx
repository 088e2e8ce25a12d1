// The playhead line across the ruler and both tracks; re-renders on its own as time moves.
import { usePlayheadTime } from '../../hooks/usePlayback';
import type { PlaybackController } from '../../lib/playback';

export function Playhead({ controller, pixelsPerSecond }: { controller: PlaybackController; pixelsPerSecond: number }) {
  const time = usePlayheadTime(controller);
  return (
    <div className="playhead" style={{ transform: `translateX(${time * pixelsPerSecond}px)` }} data-testid="playhead" data-time={time.toFixed(3)}>
      <div className="playhead-head" />
      <div className="playhead-line" />
    </div>
  );
}
