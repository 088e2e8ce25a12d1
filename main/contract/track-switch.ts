// What a track's on/off switch is called: a video track is hidden and shown (its picture goes, its
// clips' sound stays), a sound track is muted. One home for the words, so the header button, its menu
// and the undo history say the same thing (the history and the button's label had said "Mute V1"
// for a hidden picture).
import type { Track } from './timeline';

export interface TrackSwitchWords {
  // The action the switch does now ("Hide track"), as the menu and the history say it.
  action: string;
  // The verb alone ("Hide"), for a label with the track's name.
  verb: string;
  // What the switch is for, whatever its state.
  title: string;
}

export function trackSwitchWords(kind: Track['kind'], off: boolean): TrackSwitchWords {
  const verb = kind === 'video' ? (off ? 'Show' : 'Hide') : off ? 'Unmute' : 'Mute';
  const title = kind === 'video' ? (off ? 'Show this track’s picture again' : 'Hide this track’s picture (its sound plays on)') : off ? 'Unmute this track' : 'Mute this track';
  return { action: `${verb} track`, verb, title };
}

// A sound track (A1) holds no clips of its own: it shows its video track's, and ripples with it, so
// it has no sync lock switch of its own.
export function hasSyncLockSwitch(kind: Track['kind']): boolean {
  return kind !== 'sound';
}

// What the sync lock switch says: the header button's tooltip, the menu and the undo history.
export function syncLockWords(locked: boolean): TrackSwitchWords {
  const verb = locked ? 'Unlock' : 'Lock';
  const title = locked
    ? 'Sync lock on: ripple edits on other tracks move this track’s clips after the cut too. Click to keep this track in place.'
    : 'Sync lock off: ripple edits on other tracks leave this track where it is. Click to move it with them again.';
  return { action: locked ? 'Sync lock off' : 'Sync lock on', verb, title };
}
