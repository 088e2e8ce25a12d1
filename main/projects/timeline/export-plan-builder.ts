// The timeline resolved into the flat ExportPlan the encoder takes (main/media/export/export-plan.ts):
// each visible clip's trimmed part as a timed video piece, each audible sound (clips' own sound, their
// spoken lines on the dialogue track, voice, music) as a timed audio piece with its gain and fades,
// and how each part was made. Muted tracks are left out; a marked range cuts every piece to it.
import path from 'node:path';
import type { Take } from '../../contract/model';
import { linkedSpeechOf } from '../../contract/linked-speech';
import type { Media, Timeline, Track } from '../../contract/timeline';
import type { ExportAudioPiece, ExportPlan, ExportVideoPiece, ProvenancePart } from '../../media/export/export-plan';
import { cutToRange, fadesAfterCut, type Cut } from './range-cut';
import { timelineEnd } from './timeline-math';

export interface ExportPlanInput {
  timeline: Timeline;
  takes: readonly Take[];
  media: readonly Media[];
  projectDir: string;
  outputPath: string;
  title: string;
  width: number;
  height: number;
  // The exported stretch of the timeline; null for all of it.
  range: { inSec: number; outSec: number } | null;
  watermark: boolean;
  generator: string;
  engineVersion: string;
}

export function buildExportPlan(input: ExportPlanInput): ExportPlan {
  const { timeline } = input;
  const from = input.range?.inSec ?? 0;
  const to = input.range?.outSec ?? timelineEnd(timeline);
  const takes = new Map(input.takes.map((t) => [t.id, t]));
  const media = new Map(input.media.map((m) => [m.id, m]));
  const abs = (relative: string) => path.join(input.projectDir, relative);
  const video: ExportVideoPiece[] = [];
  const audio: ExportAudioPiece[] = [];
  const parts: ProvenancePart[] = [];

  for (const track of timeline.tracks) {
    const sound = soundSource(timeline, track);
    for (const clip of timeline.clips.filter((c) => c.trackId === track.id)) {
      const cut = cutToRange(clip, from, to);
      if (!cut) continue;
      const take = clip.takeId ? takes.get(clip.takeId) : undefined;
      const file = take ? abs(take.videoPath) : clip.mediaId && media.get(clip.mediaId) ? abs((media.get(clip.mediaId) as Media).path) : null;
      if (!file) continue;
      const timed = { file, sourceInSec: cut.sourceInSec, durationSec: cut.durationSec, timelineStartSec: cut.timelineStartSec };
      if (track.kind === 'video' && !track.muted) video.push({ ...timed, layer: track.index });
      if (sound && !sound.muted) audio.push({ ...timed, gain: clip.volume * sound.volume, ...fadesAfterCut(cut) });
      parts.push(provenance(cut, take, clip.mediaId ? media.get(clip.mediaId) : undefined, input.engineVersion));
    }
  }
  // Generated clips' spoken lines, heard on the dialogue track with their clip's trim, gain and fades.
  for (const { clip, take, track } of linkedSpeechOf(timeline, input.takes)) {
    const cut = cutToRange(clip, from, to);
    if (!cut || track.muted) continue;
    audio.push({
      file: abs(take.speech.path), sourceInSec: cut.sourceInSec, durationSec: cut.durationSec, timelineStartSec: cut.timelineStartSec,
      gain: clip.volume * track.volume, ...fadesAfterCut(cut),
    });
  }
  return {
    outputPath: input.outputPath,
    title: input.title,
    durationSec: Math.max(0, to - from),
    width: input.width,
    height: input.height,
    fps: timeline.fps,
    video: video.sort((a, b) => a.layer - b.layer || a.timelineStartSec - b.timelineStartSec),
    audio: audio.sort((a, b) => a.timelineStartSec - b.timelineStartSec),
    watermark: input.watermark,
    provenance: { generator: input.generator, parts: parts.sort((a, b) => a.timelineStartSec - b.timelineStartSec) },
  };
}

// Whose mute and volume a clip's sound obeys: a video clip's, its linked sound track's (A1 for V1);
// a voice or music clip's, its own track's.
function soundSource(timeline: Timeline, track: Track): Track | undefined {
  if (track.kind === 'video') return timeline.tracks.find((t) => t.kind === 'sound' && t.linkedTrackId === track.id);
  return track.kind === 'sound' ? undefined : track;
}

function provenance(cut: Cut, take: Take | undefined, media: Media | undefined, engineVersion: string): ProvenancePart {
  const timing = { timelineStartSec: cut.timelineStartSec, durationSec: cut.durationSec };
  if (take) return { ...timing, kind: 'generated', takeId: take.id, prompt: take.prompt, seed: take.seed, engineVersion, models: [], cameos: [] };
  return { ...timing, kind: 'imported', fileName: media?.name ?? 'unknown', sha256: media?.sha256 ?? '' };
}
