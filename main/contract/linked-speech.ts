// A generated clip's spoken lines on the dialogue track (D1). They are not a clip row of their own
// but the video clip's speech part, drawn, played and exported on D1 from the clip's timing, trim,
// volume and fades: like the clip's own sound on A1, they move, trim, split, are deleted and undone
// with the clip by construction, and follow the clip to whichever of its takes it shows, so picture
// and voice can never drift apart. Their level and mute are the dialogue track's.
import type { Take } from './model';
import type { Clip, Timeline, Track } from './timeline';

export type SpokenTake = Take & { speech: NonNullable<Take['speech']> };

export interface LinkedSpeech {
  // The video clip the lines belong to; the part has its start, trim and length.
  clip: Clip;
  take: SpokenTake;
  // Where they are heard: the timeline's first dialogue track.
  track: Track;
}

export function dialogueTrackOf(tracks: readonly Track[]): Track | undefined {
  return tracks.filter((t) => t.kind === 'dialogue').sort((a, b) => a.index - b.index)[0];
}

// Every video clip's speech part, in time order.
export function linkedSpeechOf(timeline: Timeline, takes: readonly Take[]): LinkedSpeech[] {
  const track = dialogueTrackOf(timeline.tracks);
  if (!track) return [];
  // Hiding a video track hides its pictures only: as in other editors (and as A1 is), the clips'
  // sound, spoken lines included, is still heard unless its own track is muted.
  const videoTracks = new Set(timeline.tracks.filter((t) => t.kind === 'video').map((t) => t.id));
  const byId = new Map(takes.map((t) => [t.id, t]));
  const out: LinkedSpeech[] = [];
  for (const clip of timeline.clips) {
    const take = clip.takeId ? byId.get(clip.takeId) : undefined;
    if (!take?.speech || !videoTracks.has(clip.trackId)) continue;
    out.push({ clip, take: take as SpokenTake, track });
  }
  return out.sort((a, b) => a.clip.startSec - b.clip.startSec);
}
