// A track's header: its name and kind, its sync lock and hide (video) or mute (sound) switches, and
// a right-click menu.
import type { Track } from '../../../../main/contract/timeline';
import { hasSyncLockSwitch, syncLockWords, trackSwitchWords } from '../../../../main/contract/track-switch';

const KIND_LABEL: Record<Track['kind'], string> = { video: 'Video', sound: 'Sound', dialogue: 'Voice', music: 'Music' };

interface TrackHeaderProps {
  track: Track;
  onToggleMute(trackId: string): void;
  onToggleSyncLock(trackId: string): void;
  onMenu(event: React.MouseEvent<HTMLElement>, track: Track): void;
}

export function TrackHeader({ track, onToggleMute, onToggleSyncLock, onMenu }: TrackHeaderProps) {
  const words = trackSwitchWords(track.kind, track.muted);
  return (
    <div className={`track-header track-header-${track.kind}`} data-testid={`track-header-${track.name}`} onContextMenu={(event) => onMenu(event, track)}>
      <span className="track-tag">{track.name}</span>
      <span className="track-kind">{KIND_LABEL[track.kind]}</span>
      {hasSyncLockSwitch(track.kind) ? <SyncLockButton track={track} onToggle={onToggleSyncLock} /> : null}
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

// A chain-link glyph, closed when the track ripples with the others (Premiere's sync lock icon is a
// padlock over a chain; the closed link reads the same at 20 px).
function SyncLockButton({ track, onToggle }: { track: Track; onToggle(trackId: string): void }) {
  const words = syncLockWords(track.syncLocked);
  return (
    <button
      type="button"
      className={track.syncLocked ? 'sync-lock-button is-locked' : 'sync-lock-button'}
      onClick={() => onToggle(track.id)}
      aria-pressed={track.syncLocked}
      aria-label={`Sync lock ${track.name}`}
      title={words.title}
      data-testid="sync-lock-button"
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <rect x="2" y="5.5" width="8" height="5.5" rx="1" fill="currentColor" />
        <path d={track.syncLocked ? 'M4 5.5V4a2 2 0 0 1 4 0v1.5' : 'M4 5.5V4a2 2 0 0 1 4 0'} fill="none" stroke="currentColor" strokeWidth="1.4" transform={track.syncLocked ? undefined : 'translate(2.5 -1)'} />
      </svg>
    </button>
  );
}
