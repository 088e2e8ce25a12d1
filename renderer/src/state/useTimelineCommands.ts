// The editing commands the keyboard, the right-click menu and the inspector share: each works on
// the selection and the playhead, and is one edit on the engine side.
import { useMemo, useRef } from 'react';
import type { ClipCopy } from '../../../main/contract/api/timeline';
import type { TimelineView } from '../lib/timeline-layout';
import type { PlaybackController } from '../lib/playback';
import type { EditorActions } from './useEditorActions';

export interface Selection {
  clipIds: string[];
  gap: { trackId: string; startSec: number; durationSec: number } | null;
}

export const EMPTY_SELECTION: Selection = { clipIds: [], gap: null };

export interface TimelineCommands {
  split(): void;
  lift(): void;
  rippleDelete(): void;
  copy(): void;
  paste(): void;
  canPaste(): boolean;
  addMarker(): void;
  markRange(point: 'in' | 'out'): void;
  closeGap(gap?: Selection['gap']): void;
  toggleMute(trackId: string): void;
  toggleSyncLock(trackId: string): void;
  removeTrack(trackId: string): void;
  renameMarker(markerId: string, label: string): void;
  moveMarker(markerId: string, timeSec: number): void;
  removeMarker(markerId: string): void;
}

export function useTimelineCommands(
  actions: EditorActions,
  view: TimelineView,
  selection: Selection,
  setSelection: (next: Selection) => void,
  controller: PlaybackController,
): TimelineCommands {
  const clipboard = useRef<ClipCopy[]>([]);
  const live = useRef({ view, selection });
  live.current = { view, selection };

  return useMemo(() => {
    const selectedPlaced = () => live.current.selection.clipIds.map((id) => live.current.view.byId.get(id)).filter((p) => p !== undefined);
    const remove = (ripple: boolean) => {
      const { selection: sel } = live.current;
      if (sel.gap) return void closeGap(sel.gap);
      if (sel.clipIds.length === 0) return;
      void actions.edit('clips.delete', { clipIds: sel.clipIds, ripple }).then((ok) => ok && setSelection(EMPTY_SELECTION));
    };
    const closeGap = (gap: Selection['gap'] = live.current.selection.gap) => {
      if (!gap) return;
      void actions.edit('timeline.closeGap', { trackId: gap.trackId, atSec: gap.startSec + gap.durationSec / 2 }).then((ok) => ok && setSelection(EMPTY_SELECTION));
    };
    return {
      split: () => {
        const time = controller.getTime();
        // Split what is selected under the playhead; with nothing selected there, every clip under it.
        const chosen = selectedPlaced().filter((p) => p.start < time && p.end > time).map((p) => p.clip.id);
        void actions.edit('clips.split', { timeSec: time, clipIds: chosen.length > 0 ? chosen : null });
      },
      lift: () => remove(false),
      rippleDelete: () => remove(true),
      copy: () => {
        const placed = selectedPlaced();
        if (placed.length === 0) return;
        const origin = Math.min(...placed.map((p) => p.start));
        clipboard.current = placed.map(({ clip }) => ({
          trackId: clip.trackId, offsetSec: clip.startSec - origin, sourceInSec: clip.sourceInSec, durationSec: clip.durationSec,
          takeId: clip.takeId, takeIds: clip.takeIds, mediaId: clip.mediaId, volume: clip.volume, fadeInSec: clip.fadeInSec, fadeOutSec: clip.fadeOutSec,
        }));
      },
      paste: () => {
        if (clipboard.current.length === 0) return;
        void actions.edit('clips.paste', { atSec: controller.getTime(), copies: clipboard.current });
      },
      canPaste: () => clipboard.current.length > 0,
      addMarker: () => {
        const count = live.current.view.markers.length + 1;
        void actions.edit('markers.add', { timeSec: controller.getTime(), label: `Marker ${count}` });
      },
      markRange: (point) => void actions.edit('range.set', { point, timeSec: controller.getTime() }),
      closeGap,
      toggleMute: (trackId) => {
        const track = live.current.view.tracks.find((t) => t.track.id === trackId)?.track;
        if (track) void actions.edit('tracks.update', { trackId, muted: !track.muted });
      },
      toggleSyncLock: (trackId) => {
        const track = live.current.view.tracks.find((t) => t.track.id === trackId)?.track;
        if (track) void actions.edit('tracks.update', { trackId, syncLocked: !track.syncLocked });
      },
      removeTrack: (trackId) => {
        void actions.edit('tracks.remove', { trackId }).then((ok) => {
          // Clips that went with the track leave the selection too.
          const { view: v, selection: sel } = live.current;
          if (ok && sel.clipIds.some((id) => !v.byId.has(id))) setSelection(EMPTY_SELECTION);
        });
      },
      renameMarker: (markerId, label) => void actions.edit('markers.update', { markerId, label }),
      moveMarker: (markerId, timeSec) => void actions.edit('markers.update', { markerId, timeSec }),
      removeMarker: (markerId) => void actions.edit('markers.delete', { markerId }),
    };
  }, [actions, controller, setSelection]);
}
