// The editor's clip selection: clips that leave the timeline (deleted, undone) leave it too, and a
// finished generation selects its clip and parks the playhead on it. The job's end can arrive just
// before the project state that holds the clip, so the take waits until it shows up in the view.
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { Job } from '../../../main/contract/model';
import type { PlaybackController } from '../lib/playback';
import type { TimelineView } from '../lib/timeline-layout';
import { useLandedTakes } from './useLandedTakes';
import { EMPTY_SELECTION, type Selection } from './useTimelineCommands';

export function useEditorSelection(view: TimelineView, jobs: readonly Job[], controller: PlaybackController): [Selection, Dispatch<SetStateAction<Selection>>] {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  useEffect(() => {
    setSelection((current) => {
      const kept = current.clipIds.filter((id) => view.byId.has(id));
      return kept.length === current.clipIds.length ? current : { ...current, clipIds: kept };
    });
  }, [view]);

  const [landedTakeId, setLandedTakeId] = useState<string | null>(null);
  useLandedTakes(jobs, setLandedTakeId);
  useEffect(() => {
    const placed = landedTakeId ? [...view.byId.values()].find((p) => p.take?.id === landedTakeId && p.track.kind === 'video') : undefined;
    if (!placed) return;
    setLandedTakeId(null);
    setSelection({ clipIds: [placed.clip.id], gap: null });
    if (!controller.isPlaying()) controller.seek(placed.start);
  }, [landedTakeId, view, controller]);
  return [selection, setSelection];
}
