// The timeline as the renderer sees it, shaped after OpenTimelineIO: tracks of clips (gaps are the
// time between clips; see gapsOf in main/projects/timeline), markers, and an optional in/out range.
// Times are seconds on the timeline's clock, always on the project's frame grid.
import { z } from 'zod';
import { idSchema } from './ids';

// Every kind of track, in the order the editor stacks them (video on top, then sound, voice, music).
// Per-kind behaviour lives in one table: main/projects/timeline/track-kinds.ts (main) and
// renderer/src/lib/track-kinds.ts (the editor).
export const TRACK_KINDS = ['video', 'sound', 'dialogue', 'music'] as const;
export const trackKindSchema = z.enum(TRACK_KINDS);
export type TrackKind = z.infer<typeof trackKindSchema>;

// Linear gain limits for clip and track volume: silence up to +6 dB.
export const MAX_GAIN = 2;
export const gainSchema = z.number().min(0).max(MAX_GAIN);

export const trackSchema = z.object({
  id: idSchema,
  kind: trackKindSchema,
  // Short name shown on the header: V1, A1, D1, M1.
  name: z.string(),
  // Order within its kind; V2 stacks above V1.
  index: z.number().int().min(0),
  muted: z.boolean(),
  volume: gainSchema,
  // Sync lock: a ripple (ripple delete, close gap) on another track moves this track's clips after
  // the cut too. Off, the track stays put (ripple the picture while the music plays on where it was);
  // the track a ripple is made on always moves. Sound tracks follow their video track and keep it on.
  syncLocked: z.boolean(),
  // A sound track shows the own sound of the clips on this video track (A1 for V1); null otherwise.
  linkedTrackId: idSchema.nullable(),
});
export type Track = z.infer<typeof trackSchema>;

// The added video track (V2 and up) a header stands for, or null for the timeline's own tracks (V1,
// where generations land, A1, D1, M1): a sound track A2 is deleted with its V2.
export function deletableLayer(tracks: readonly Track[], trackId: string): Track | null {
  const track = tracks.find((t) => t.id === trackId);
  const video = track?.linkedTrackId ? tracks.find((t) => t.id === track.linkedTrackId) : track;
  return video && video.kind === 'video' && video.index > 0 ? video : null;
}

export const clipSchema = z.object({
  id: idSchema,
  trackId: idSchema,
  startSec: z.number().min(0),
  // Where in its source the clip starts, and how long it plays: a trim only changes these, the take
  // or file on disk stays whole.
  sourceInSec: z.number().min(0),
  durationSec: z.number().positive(),
  // A generated clip shows one of its takes (takeIds: every take it has had, oldest first); an
  // imported sound plays a media file. Exactly one of takeId / mediaId is set.
  takeId: idSchema.nullable(),
  takeIds: z.array(idSchema),
  mediaId: idSchema.nullable(),
  // The clip's sound: its gain and fades (a video clip's apply to its own sound on the linked track).
  volume: gainSchema,
  fadeInSec: z.number().min(0),
  fadeOutSec: z.number().min(0),
});
export type Clip = z.infer<typeof clipSchema>;

export const markerSchema = z.object({
  id: idSchema,
  timeSec: z.number().min(0),
  label: z.string().max(200),
});
export type Marker = z.infer<typeof markerSchema>;

// An imported sound file, copied into the project's media folder.
export const mediaSchema = z.object({
  id: idSchema,
  name: z.string(),
  path: z.string(),
  peaksPath: z.string(),
  durationSec: z.number().positive(),
  // True when the sound came from a video file (its picture is not used).
  fromVideo: z.boolean(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Media = z.infer<typeof mediaSchema>;

export const timeRangeSchema = z.object({ inSec: z.number().min(0), outSec: z.number().min(0) });
export type TimeRange = z.infer<typeof timeRangeSchema>;

export const timelineSchema = z.object({
  fps: z.number().int().positive(),
  tracks: z.array(trackSchema),
  clips: z.array(clipSchema),
  markers: z.array(markerSchema),
  // The marked in/out range (I and O), exported instead of the whole timeline when chosen.
  range: timeRangeSchema.nullable(),
});
export type Timeline = z.infer<typeof timelineSchema>;

// Two times closer than this are the same instant (far below one frame at any rate): main's edits
// and the editor compare times with it, so they agree on what touching means.
export const TIME_EPSILON = 1e-6;

// The stretch of a clip inside a time range, or null when they share less than an instant: a clip
// that ends where the range starts, or starts where it ends, is not in it. What a range export holds:
// the export service, its cameo check and the Export dialog all ask this.
export function clipPartInRange(clip: Pick<Clip, 'startSec' | 'durationSec'>, range: TimeRange): { startSec: number; endSec: number } | null {
  const startSec = Math.max(clip.startSec, range.inSec);
  const endSec = Math.min(clip.startSec + clip.durationSec, range.outSec);
  return endSec - startSec < TIME_EPSILON ? null : { startSec, endSec };
}

// Why exporting `span` (a film or an .otio) would write nothing worth having, in the words the user
// reads (the service's refusal and the dialog's note), or null when there is something to export.
// `time` writes a time as the reader sees times: the dialog passes the editor's format (timecode or
// seconds, as its range reads); main, which does not know it, writes seconds.
export function nothingToExport(
  timeline: Pick<Timeline, 'clips' | 'range'>,
  span: 'all' | 'range',
  time: (sec: number) => string = (sec) => `${sec.toFixed(2)} s`,
): string | null {
  if (timeline.clips.length === 0) return 'The timeline is empty: there is nothing to export yet.';
  if (span === 'all') return null;
  const { range } = timeline;
  if (!range) return 'No range is marked. Press I and O on the timeline to mark one, or export the whole timeline.';
  if (timeline.clips.some((clip) => clipPartInRange(clip, range))) return null;
  return `No clip lies inside the marked range (${time(range.inSec)} to ${time(range.outSec)}): there is nothing to export. Mark a range over clips, or export the whole timeline.`;
}

// Whether a clip plays to the end of its source (within half a frame). Such a clip grows with its
// take when the take is extended; one cut earlier keeps its out point. The edit that switches a clip
// to its extended take and the inspector's Extend button both ask this.
export function playsToSourceEnd(clip: Pick<Clip, 'sourceInSec' | 'durationSec'>, sourceSec: number, fps: number): boolean {
  return clip.sourceInSec + clip.durationSec > sourceSec - 1 / fps / 2;
}
