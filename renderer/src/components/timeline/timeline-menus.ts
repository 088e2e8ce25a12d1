// The right-click menus of the timeline, built from the shared commands so the menu and the
// keyboard always do the same thing.
import type { Marker } from '../../../../main/contract/timeline';
import type { TimelineCommands } from '../../state/useTimelineCommands';
import type { MenuItem } from './ContextMenu';

export function clipMenu(commands: TimelineCommands, trackId: string, trackMuted: boolean): MenuItem[] {
  return [
    { label: 'Split at playhead', shortcut: 'S', run: commands.split },
    { label: 'Copy', shortcut: 'Ctrl+C', run: commands.copy },
    { label: 'Paste at playhead', shortcut: 'Ctrl+V', disabled: !commands.canPaste(), run: commands.paste },
    { label: 'Delete (leave gap)', shortcut: 'Del', run: commands.lift },
    { label: 'Ripple delete', shortcut: 'Shift+Del', run: commands.rippleDelete },
    { label: trackMuted ? 'Unmute track' : 'Mute track', run: () => commands.toggleMute(trackId) },
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

export function markerMenu(marker: Marker, seek: (t: number) => void, remove: (markerId: string) => void): MenuItem[] {
  return [
    { label: 'Go to marker', run: () => seek(marker.timeSec) },
    { label: 'Delete marker', run: () => remove(marker.id) },
  ];
}
