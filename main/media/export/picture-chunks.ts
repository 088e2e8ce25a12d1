// Splits a long picture into runs of frames that each need only a few clip inputs. ffmpeg opens every
// input of a job at once (a decoder and a first decoded frame each), so one job with hundreds of clips
// costs gigabytes and slows to a crawl; runs of at most MAX_CLIPS_PER_JOB clips keep each job small.
// A run is cut only where a clip starts or ends, and the clips are re-timed to the run, so the frames
// that come out are the same as one job would make.
import type { BaseSegment, PictureLayout, PlacedVideo } from './export-layout';

// Measured: 12 clips per job export 60 s of 720p in ~20 s of CPU; 200 clips in one job took 75 s
// and 2.4 GB.
export const MAX_CLIPS_PER_JOB = 24;

export interface PictureChunk {
  startFrame: number;
  layout: PictureLayout;
}

interface Span {
  start: number;
  end: number;
}

function clipSpans(layout: PictureLayout): Span[] {
  const base = layout.base.flatMap((s) => (s.kind === 'clip' ? [s.placed] : []));
  return [...base, ...layout.overlays].map((p) => ({ start: p.startFrame, end: p.startFrame + p.frameCount }));
}

function cutPoints(layout: PictureLayout): number[] {
  const points = new Set([0, layout.totalFrames]);
  for (const span of clipSpans(layout)) points.add(span.start).add(span.end);
  return [...points].sort((a, b) => a - b);
}

// Greedy: grow each run cut point by cut point while the clips it touches stay within the limit.
export function chunkRanges(layout: PictureLayout, maxClips = MAX_CLIPS_PER_JOB): Span[] {
  const spans = clipSpans(layout);
  const points = cutPoints(layout);
  const touching = (range: Span): number => spans.filter((s) => s.start < range.end && s.end > range.start).length;
  const ranges: Span[] = [];
  let start = 0;
  for (let i = 1; i < points.length; i++) {
    const end = points[i]!;
    const next = points[i + 1];
    if (next === undefined || touching({ start, end: next }) > maxClips) {
      ranges.push({ start, end });
      start = end;
    }
  }
  return ranges;
}

// The part of a placed clip inside [start, end), timed from `start`.
function clipTo(placed: PlacedVideo, range: Span, rate: PictureLayout['rate']): PlacedVideo | null {
  const from = Math.max(placed.startFrame, range.start);
  const to = Math.min(placed.startFrame + placed.frameCount, range.end);
  if (to <= from) return null;
  const skippedSec = ((from - placed.startFrame) * rate.den) / rate.num;
  return { piece: placed.piece, startFrame: from - range.start, frameCount: to - from, sourceStartSec: placed.sourceStartSec + skippedSec };
}

function baseWithin(layout: PictureLayout, range: Span): BaseSegment[] {
  const segments: BaseSegment[] = [];
  let frame = 0;
  for (const segment of layout.base) {
    const length = segment.kind === 'gap' ? segment.frameCount : segment.placed.frameCount;
    const span = { start: frame, end: frame + length };
    frame += length;
    const overlap = Math.min(span.end, range.end) - Math.max(span.start, range.start);
    if (overlap <= 0) continue;
    if (segment.kind === 'gap') segments.push({ kind: 'gap', frameCount: overlap });
    else segments.push({ kind: 'clip', placed: clipTo(segment.placed, range, layout.rate)! });
  }
  return segments;
}

export function chunkPicture(layout: PictureLayout, maxClips = MAX_CLIPS_PER_JOB): PictureChunk[] {
  return chunkRanges(layout, maxClips).map((range) => ({
    startFrame: range.start,
    layout: {
      rate: layout.rate,
      totalFrames: range.end - range.start,
      base: baseWithin(layout, range),
      overlays: layout.overlays.flatMap((o) => clipTo(o, range, layout.rate) ?? []),
    },
  }));
}
