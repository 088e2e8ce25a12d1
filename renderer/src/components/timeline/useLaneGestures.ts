// The timeline's pointer wiring in one place: scrubbing on the ruler, click or rubber-band select on
// empty lane space, clip gestures (select, move, trim, fade) with snapping, file drops, and the media URLs lanes draw.
import { useCallback } from 'react';
import type { PlacedClip } from '../../lib/timeline-layout';
import type { GestureContext } from './clip-gestures';
import type { ClipPart } from './ClipBox';
import { startRangeGesture } from './range-gesture';
import type { TimelineProps } from './Timeline';
import type { TimelineViewport } from './timeline-viewport';
import { useClipGestures } from './useClipGestures';
import { useMarquee } from './useMarquee';
import { useScrub } from './useScrub';

type Options = TimelineProps & { viewport: TimelineViewport; takeFocus(): void };

export function useLaneGestures(options: Options) {
  const { view, controller, viewport, selection, onSelectionChange, actions, mediaUrl, takeFocus } = options;
  const timeAt = useCallback((clientX: number) => viewport.timeAtClientX(clientX), [viewport]);
  const seek = useCallback((seconds: number) => controller.seek(seconds), [controller]);
  const scrub = useScrub(timeAt, seek);
  const onScrub = useCallback(
    (event: Parameters<typeof scrub>[0]) => {
      takeFocus();
      if (event.button === 0 && !event.ctrlKey && !event.shiftKey) onSelectionChange({ clipIds: [], gap: null });
      scrub(event);
    },
    [scrub, takeFocus, onSelectionChange],
  );

  const { marquee, onLanePointerDown } = useMarquee({
    view,
    selectedIds: selection.clipIds,
    timeAt,
    onClick: (event) => {
      takeFocus();
      if (!event.ctrlKey && !event.shiftKey && !event.metaKey) onSelectionChange({ clipIds: [], gap: null });
      seek(timeAt(event.clientX));
    },
    onSelect: (clipIds) => {
      takeFocus();
      onSelectionChange({ clipIds, gap: null });
    },
  });

  const context = (): GestureContext => {
    const targets = [0, controller.getTime(), ...view.markers.map((m) => m.timeSec)];
    const moving = new Set(selection.clipIds);
    for (const lane of view.tracks) for (const placed of lane.clips) if (!moving.has(placed.clip.id)) targets.push(placed.start, placed.end);
    if (view.range) targets.push(view.range.inSec, view.range.outSec);
    return {
      fps: view.fps, pixelsPerSecond: viewport.pixelsPerSecond, snapping: options.snapping, targets,
      sourceDurationSec: (placed) => placed.take?.durationSec ?? placed.media?.durationSec ?? placed.clip.durationSec,
    };
  };

  const { gesture, onPointerDown } = useClipGestures({
    selectedIds: selection.clipIds,
    byId: view.byId,
    timeAt,
    context,
    takeFocus,
    onSelect: (clipId, additive) => {
      const current = selection.clipIds;
      const clipIds = !additive ? [clipId] : current.includes(clipId) ? current.filter((id) => id !== clipId) : [...current, clipId];
      onSelectionChange({ clipIds, gap: null });
    },
    onSeek: seek,
    onMove: (clipIds, deltaSec, trackId) => void actions.edit('clips.move', { clipIds, deltaSec, trackId }),
    onTrim: (clipId, edge, timeSec) => void actions.edit('clips.trim', { clipId, edge, timeSec }),
    onVolume: (clipId, gain) => void actions.edit('clips.setSound', { clipIds: [clipId], volume: gain }),
    onFade: (clipId, which, sec) => void actions.edit('clips.setSound', which === 'in' ? { clipIds: [clipId], fadeInSec: sec } : { clipIds: [clipId], fadeOutSec: sec }),
  });

  const filmstripUrl = useCallback((placed: PlacedClip) => (placed.take ? mediaUrl(placed.take.filmstripPath) : null), [mediaUrl]);
  const peaksUrl = useCallback((placed: PlacedClip) => {
    const path = placed.take?.peaksPath ?? placed.media?.peaksPath;
    return path ? mediaUrl(path) : null;
  }, [mediaUrl]);
  const { onImportFiles } = options;
  const onDropFiles = useCallback((trackId: string, clientX: number, files: File[]) => onImportFiles(trackId, timeAt(clientX), files), [onImportFiles, timeAt]);

  const { onClipRange } = options;
  // Alt+drag on a generated clip picks a range of it to regenerate; everything else is the clip gestures
  // (empty lane space is the marquee's: a drag selects, a click parks the playhead).
  const onClipPointerDown = useCallback(
    (event: Parameters<typeof onPointerDown>[0], placed: PlacedClip, part: ClipPart) => {
      if (event.button === 0 && event.altKey && part === 'body' && placed.take) startRangeGesture(event, placed, timeAt, onClipRange);
      else onPointerDown(event, placed, part);
    },
    [onPointerDown, timeAt, onClipRange],
  );

  return { gesture, onClipPointerDown, onScrub, onLanePointerDown, marquee, filmstripUrl, peaksUrl, onDropFiles, timeAt };
}
