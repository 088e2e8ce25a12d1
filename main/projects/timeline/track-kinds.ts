// What each kind of track holds and how it is named: the one table edits, the export plan and the
// OTIO writer ask instead of switching on a track's kind.
import type { Clip, TrackKind } from '../../contract/timeline';

export interface TrackKindModule {
  kind: TrackKind;
  // Header letter: V1, A1, D1, M1.
  letter: string;
  // Clips placed on it directly (a sound track only shows its video track's clips).
  holds: 'takes' | 'media' | 'nothing';
  // OpenTimelineIO's track kind.
  otioKind: 'Video' | 'Audio';
}

export const TRACK_KIND_MODULES: Record<TrackKind, TrackKindModule> = {
  video: { kind: 'video', letter: 'V', holds: 'takes', otioKind: 'Video' },
  sound: { kind: 'sound', letter: 'A', holds: 'nothing', otioKind: 'Audio' },
  dialogue: { kind: 'dialogue', letter: 'D', holds: 'media', otioKind: 'Audio' },
  music: { kind: 'music', letter: 'M', holds: 'media', otioKind: 'Audio' },
};

export function acceptsClip(kind: TrackKind, clip: Pick<Clip, 'takeId' | 'mediaId'>): boolean {
  const holds = TRACK_KIND_MODULES[kind].holds;
  return (holds === 'takes' && clip.takeId !== null) || (holds === 'media' && clip.mediaId !== null);
}
