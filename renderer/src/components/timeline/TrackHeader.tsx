// A track's header: its name and kind, its mute button, and a right-click menu (hide/mute, delete).
import type { Track } from '../../../../main/contract/timeline';

const KIND_LABEL: Record<Track['kind'], string> = { video: 'Video', sound: 'Sound', dialogue: 'Voice', music: 'Music' };

interface TrackHeaderProps {
  track: Track;
  onToggleMute(trackId: string): void;
  onMenu(event: React.MouseEvent<HTMLElement>, track: Track): void;
}

export function TrackHeader({ track, onToggleMute, onMenu }: TrackHeaderProps) {
  return (
    <div className={`track-header track-header-${track.kind}`} data-testid={`track-header-${track.name}`} onContextMenu={(event) => onMenu(event, track)}>
      <span className="track-tag">{track.name}</span>
      <span className="track-kind">{KIND_LABEL[track.kind]}</span>
      <button
        type="button"
        className={track.muted ? 'mute-button is-on' : 'mute-button'}
        onClick={() => onToggleMute(track.id)}
        aria-pressed={track.muted}
        aria-label={track.muted ? `Unmute ${track.name}` : `Mute ${track.name}`}
        title={track.kind === 'video' ? 'Hide this track' : 'Mute this track'}
        data-testid="mute-button"
      >
        {track.kind === 'video' ? 'H' : 'M'}
      </button>
    </div>
  );
}
