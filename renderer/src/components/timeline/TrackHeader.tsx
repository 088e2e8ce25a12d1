// A track's header: its name and kind, its hide (video) or mute (sound) switch, and a right-click menu.
import type { Track } from '../../../../main/contract/timeline';
import { trackSwitchWords } from '../../../../main/contract/track-switch';

const KIND_LABEL: Record<Track['kind'], string> = { video: 'Video', sound: 'Sound', dialogue: 'Voice', music: 'Music' };

interface TrackHeaderProps {
  track: Track;
  onToggleMute(trackId: string): void;
  onMenu(event: React.MouseEvent<HTMLElement>, track: Track): void;
}

export function TrackHeader({ track, onToggleMute, onMenu }: TrackHeaderProps) {
  const words = trackSwitchWords(track.kind, track.muted);
  return (
    <div className={`track-header track-header-${track.kind}`} data-testid={`track-header-${track.name}`} onContextMenu={(event) => onMenu(event, track)}>
      <span className="track-tag">{track.name}</span>
      <span className="track-kind">{KIND_LABEL[track.kind]}</span>
      <button
        type="button"
        className={track.muted ? 'mute-button is-on' : 'mute-button'}
        onClick={() => onToggleMute(track.id)}
        aria-pressed={track.muted}
        aria-label={`${words.verb} ${track.name}`}
        title={words.title}
        data-testid="mute-button"
      >
        {track.kind === 'video' ? 'H' : 'M'}
      </button>
    </div>
  );
}
