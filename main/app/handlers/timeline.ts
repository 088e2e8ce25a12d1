import type { timelineCalls } from '../../contract/api/timeline';
import type { Timeline, TrackKind } from '../../contract/timeline';
import { syncLockWords, trackSwitchWords } from '../../contract/track-switch';
import { closeGap, deleteClips } from '../../projects/timeline/edit-delete';
import { clearRange, addMarker, deleteMarker, setRangePoint, updateMarker } from '../../projects/timeline/edit-markers';
import { pasteClips } from '../../projects/timeline/edit-paste';
import { moveClips } from '../../projects/timeline/edit-place';
import { setClipSound, setTrack, type TrackChange } from '../../projects/timeline/edit-sound';
import { splitClips } from '../../projects/timeline/edit-split';
import { addVideoTrack, removeVideoTrack } from '../../projects/timeline/edit-tracks';
import { trimClip } from '../../projects/timeline/edit-trim';
import { timelineEnd, type EditContext } from '../../projects/timeline/timeline-math';
import type { HandlerFactory } from './types';

export const timelineHandlers: HandlerFactory<typeof timelineCalls> = (studio) => {
  // One labelled, undoable edit of the project's timeline.
  const edit = (projectId: string, label: string, apply: (timeline: Timeline, ctx: EditContext) => Timeline) =>
    studio.edit(projectId, (s) => s.edit(label, apply));
  return {
    'clips.selectTake': ({ projectId, clipId, takeId }) => studio.edit(projectId, (s) => s.selectTake(clipId, takeId)),
    'clips.delete': ({ projectId, clipIds, ripple }) =>
      edit(projectId, ripple ? 'Ripple delete' : clipIds.length > 1 ? 'Delete clips' : 'Delete clip', (t) => deleteClips(t, clipIds, ripple)),
    'clips.move': ({ projectId, clipIds, deltaSec, trackId }) => edit(projectId, clipIds.length > 1 ? 'Move clips' : 'Move clip', (t, ctx) => moveClips(t, ctx, clipIds, deltaSec, trackId)),
    'clips.trim': ({ projectId, clipId, edge, timeSec }) => edit(projectId, 'Trim clip', (t, ctx) => trimClip(t, ctx, clipId, edge, timeSec)),
    'clips.split': ({ projectId, timeSec, clipIds }) => edit(projectId, 'Split', (t, ctx) => splitClips(t, ctx, timeSec, clipIds)),
    'clips.setSound': ({ projectId, clipIds, ...change }) => edit(projectId, soundLabel(change), (t) => setClipSound(t, clipIds, change)),
    'clips.paste': ({ projectId, atSec, copies }) =>
      studio.edit(projectId, (s) => {
        s.checkSources(copies);
        s.edit('Paste', (t, ctx) => pasteClips(t, ctx, copies, atSec).timeline);
      }),
    'timeline.closeGap': ({ projectId, trackId, atSec }) => edit(projectId, 'Close gap', (t) => closeGap(t, trackId, atSec)),
    'tracks.update': ({ projectId, trackId, ...change }) =>
      studio.edit(projectId, (s) => {
        const kind = s.timeline().tracks.find((t) => t.id === trackId)?.kind ?? 'sound';
        s.edit(trackLabel(kind, change), (t) => setTrack(t, trackId, change));
      }),
    'tracks.addVideo': ({ projectId }) => edit(projectId, 'Add video track', (t, ctx) => addVideoTrack(t, ctx)),
    'tracks.remove': ({ projectId, trackId }) => edit(projectId, 'Delete track', (t) => removeVideoTrack(t, trackId)),
    'markers.add': ({ projectId, timeSec, label }) => edit(projectId, 'Add marker', (t, ctx) => addMarker(t, ctx, timeSec, label)),
    'markers.update': ({ projectId, markerId, ...change }) => edit(projectId, change.timeSec === undefined ? 'Rename marker' : 'Move marker', (t) => updateMarker(t, markerId, change)),
    'markers.delete': ({ projectId, markerId }) => edit(projectId, 'Delete marker', (t) => deleteMarker(t, markerId)),
    'range.set': ({ projectId, point, timeSec }) => edit(projectId, point === 'in' ? 'Mark in' : 'Mark out', (t) => setRangePoint(t, point, timeSec, timelineEnd(t))),
    'range.clear': ({ projectId }) => edit(projectId, 'Clear in/out', (t) => clearRange(t)),
    'history.undo': ({ projectId }) => studio.edit(projectId, (s) => s.undo()),
    'history.redo': ({ projectId }) => studio.edit(projectId, (s) => s.redo()),
  };
};

function soundLabel(change: { volume?: number; fadeInSec?: number; fadeOutSec?: number }): string {
  if (change.volume !== undefined) return 'Clip volume';
  return change.fadeInSec !== undefined ? 'Fade in' : 'Fade out';
}

function trackLabel(kind: TrackKind, change: TrackChange): string {
  if (change.syncLocked !== undefined) return syncLockWords(!change.syncLocked).action;
  return change.muted === undefined ? 'Track volume' : trackSwitchWords(kind, !change.muted).action;
}
