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
