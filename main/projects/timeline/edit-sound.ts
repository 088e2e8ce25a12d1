// A clip's sound (volume, fade in, fade out) and a track's switches: mute, volume, sync lock.
import { ApiError } from '../../contract/api';
import { MAX_GAIN, type Timeline } from '../../contract/timeline';
import { hasSyncLockSwitch } from '../../contract/track-switch';
import { fitFades } from './edit-trim';
import { toFrame, withClips } from './timeline-math';

export interface ClipSoundChange {
  volume?: number;
  fadeInSec?: number;
  fadeOutSec?: number;
}

export function setClipSound(timeline: Timeline, clipIds: readonly string[], change: ClipSoundChange): Timeline {
  const chosen = timeline.clips.filter((c) => clipIds.includes(c.id));
  if (chosen.length === 0) throw new ApiError('not_found', 'That clip is not on the timeline any more.');
  const changed = chosen.map((clip) => {
    const next = {
      ...clip,
      volume: change.volume === undefined ? clip.volume : clampGain(change.volume),
      fadeInSec: change.fadeInSec === undefined ? clip.fadeInSec : Math.max(0, toFrame(change.fadeInSec, timeline.fps)),
      fadeOutSec: change.fadeOutSec === undefined ? clip.fadeOutSec : Math.max(0, toFrame(change.fadeOutSec, timeline.fps)),
    };
    // A new fade-in shortens the fade-out, not itself, when the two would cross (and vice versa).
    if (change.fadeOutSec !== undefined && change.fadeInSec === undefined) {
      const fadeOutSec = Math.min(next.fadeOutSec, next.durationSec);
      return { ...next, fadeOutSec, fadeInSec: Math.min(next.fadeInSec, next.durationSec - fadeOutSec) };
    }
    return fitFades(next);
  });
  return withClips(timeline, changed);
}

export interface TrackChange {
  muted?: boolean;
  volume?: number;
  syncLocked?: boolean;
}

export function setTrack(timeline: Timeline, trackId: string, change: TrackChange): Timeline {
  const track = timeline.tracks.find((t) => t.id === trackId);
  if (!track) throw new ApiError('not_found', 'That track does not exist any more.');
  if (change.syncLocked !== undefined && !hasSyncLockSwitch(track.kind)) {
    const video = timeline.tracks.find((t) => t.id === track.linkedTrackId);
    throw new ApiError('invalid_input', `${track.name} shows the sound of ${video?.name ?? 'its video track'}’s clips and ripples with them: set sync lock on ${video?.name ?? 'that video track'}.`);
  }
  const next = {
    ...track,
    muted: change.muted ?? track.muted,
    volume: change.volume === undefined ? track.volume : clampGain(change.volume),
    syncLocked: change.syncLocked ?? track.syncLocked,
  };
  return { ...timeline, tracks: timeline.tracks.map((t) => (t.id === trackId ? next : t)) };
}

function clampGain(gain: number): number {
  return Math.min(MAX_GAIN, Math.max(0, gain));
}
