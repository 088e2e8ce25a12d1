// The right-click menus of the timeline, built from the shared commands so the menu and the
// keyboard always do the same thing.
import { deletableLayer, type Marker, type Track } from '../../../../main/contract/timeline';
import { hasSyncLockSwitch, syncLockWords, trackSwitchWords } from '../../../../main/contract/track-switch';
import type { TimelineCommands } from '../../state/useTimelineCommands';
import type { MenuItem } from './ContextMenu';

export function clipMenu(commands: TimelineCommands, track: Pick<Track, 'id' | 'kind' | 'muted'>): MenuItem[] {
  return [
    { label: 'Split at playhead', shortcut: 'S', run: commands.split },
    { label: 'Copy', shortcut: 'Ctrl+C', run: commands.copy },
    { label: 'Paste at playhead', shortcut: 'Ctrl+V', disabled: !commands.canPaste(), run: commands.paste },
    { label: 'Delete (leave gap)', shortcut: 'Del', run: commands.lift },
    { label: 'Ripple delete', shortcut: 'Shift+Del', run: commands.rippleDelete },
    { label: trackSwitchWords(track.kind, track.muted).action, run: () => commands.toggleMute(track.id) },
  ];
}

export function gapMenu(commands: TimelineCommands, gap: { trackId: string; startSec: number; durationSec: number }): MenuItem[] {
  return [{ label: 'Close gap', shortcut: 'Del', run: () => commands.closeGap(gap) }];
}

export function laneMenu(commands: TimelineCommands): MenuItem[] {
  return [
    { label: 'Paste at playhead', shortcut: 'Ctrl+V', disabled: !commands.canPaste(), run: commands.paste },
    { label: 'Add marker', shortcut: 'M', run: commands.addMarker },
    { label: 'Mark in', shortcut: 'I', run: () => commands.markRange('in') },
    { label: 'Mark out', shortcut: 'O', run: () => commands.markRange('out') },
  ];
}

export function markerMenu(marker: Marker, seek: (t: number) => void, rename: (marker: Marker) => void, commands: TimelineCommands): MenuItem[] {
  return [
    { label: 'Go to marker', run: () => seek(marker.timeSec) },
    { label: 'Rename marker…', run: () => rename(marker) },
    { label: 'Delete marker', run: () => commands.removeMarker(marker.id) },
  ];
}

// A track header's menu. Only added video tracks (and their sound tracks) can be deleted; the item
// stays visible on the others, disabled, so the rule is discoverable.
export function trackMenu(commands: TimelineCommands, track: Track, tracks: readonly Track[]): MenuItem[] {
  const layer = deletableLayer(tracks, track.id);
  return [
    { label: trackSwitchWords(track.kind, track.muted).action, run: () => commands.toggleMute(track.id) },
    ...(hasSyncLockSwitch(track.kind) ? [{ label: syncLockWords(track.syncLocked).action, run: () => commands.toggleSyncLock(track.id) }] : []),
    { label: layer ? `Delete track ${layer.name} and its clips` : 'Delete track (V2 and up only)', disabled: !layer, run: () => layer && commands.removeTrack(layer.id) },
  ];
}
