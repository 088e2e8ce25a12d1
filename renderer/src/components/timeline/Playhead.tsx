// The playhead line across the ruler and every track; re-renders on its own as time moves and
// follows the live zoom through --pps.
import { usePlayheadTime } from '../../hooks/usePlayback';
import type { PlaybackController } from '../../lib/playback';

export function Playhead({ controller }: { controller: PlaybackController }) {
  const time = usePlayheadTime(controller);
  return (
    <div className="playhead" style={{ transform: `translateX(calc(var(--pps) * ${time}px))` }} data-testid="playhead" data-time={time.toFixed(3)}>
      <div className="playhead-head" />
      <div className="playhead-line" />
    </div>
  );
}
