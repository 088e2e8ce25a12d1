// Turns an ExportPlan's times (seconds) into whole frames for the picture and whole samples for the
// sound, once, so every later stage cuts at exactly the same places. The picture and the sound of a
// clip map timeline time to source time by the same rule (source = sourceIn + (t - timelineStart)),
// so a piece that does not start on a frame boundary still shows the frame its sound belongs to.
import { SAMPLE_RATE } from '../../contract/format';
import type { ExportAudioPiece, ExportPlan, ExportVideoPiece } from './export-plan';

export interface FrameRate {
  num: number;
  den: number;
  // For ffmpeg options: "24", "30000/1001".
  text: string;
}

// 23.976, 29.97 and 59.94 are NTSC rates (N*1000/1001); everything else is taken as a whole number.
export function frameRateOf(fps: number): FrameRate {
  const ntsc = Math.round((fps * 1001) / 1000);
  if (Math.abs(fps - (ntsc * 1000) / 1001) < 1e-3 && Math.abs(fps - ntsc) > 1e-3) {
    return { num: ntsc * 1000, den: 1001, text: `${ntsc * 1000}/1001` };
  }
  const whole = Math.round(fps);
  return { num: whole, den: 1, text: String(whole) };
}

export interface PlacedVideo {
  piece: ExportVideoPiece;
  startFrame: number;
  frameCount: number;
  // Where in the file the first exported frame is taken from.
  sourceStartSec: number;
}

export type BaseSegment = { kind: 'gap'; frameCount: number } | { kind: 'clip'; placed: PlacedVideo };

export interface PictureLayout {
  rate: FrameRate;
  totalFrames: number;
  // The lowest layer, played end to end with black in its gaps.
  base: BaseSegment[];
  // Every piece on a higher layer, drawn over the base in layer order.
  overlays: PlacedVideo[];
}

export interface PlacedAudio {
  piece: ExportAudioPiece;
  startSample: number;
  sampleCount: number;
  sourceStartSample: number;
}

export interface SoundLayout {
  sampleRate: number;
  totalSamples: number;
  pieces: PlacedAudio[];
}

export function totalFramesOf(plan: Pick<ExportPlan, 'durationSec' | 'fps'>): number {
  const rate = frameRateOf(plan.fps);
  return Math.max(1, Math.round((plan.durationSec * rate.num) / rate.den));
}

function placeVideo(piece: ExportVideoPiece, rate: FrameRate, totalFrames: number): PlacedVideo | null {
  const frameSec = rate.den / rate.num;
  const startFrame = Math.max(0, Math.round(piece.timelineStartSec / frameSec));
  const endFrame = Math.min(totalFrames, Math.round((piece.timelineStartSec + piece.durationSec) / frameSec));
  if (endFrame <= startFrame) return null;
  const sourceStartSec = Math.max(0, piece.sourceInSec + startFrame * frameSec - piece.timelineStartSec);
  return { piece, startFrame, frameCount: endFrame - startFrame, sourceStartSec };
}

// On one layer a later piece covers an earlier one from where it starts (the earlier one is cut short).
function resolveOverlaps(placed: PlacedVideo[]): PlacedVideo[] {
  const sorted = [...placed].sort((a, b) => a.startFrame - b.startFrame);
  const kept: PlacedVideo[] = [];
  for (const next of sorted) {
    const previous = kept.at(-1);
    if (previous && previous.startFrame + previous.frameCount > next.startFrame) {
      previous.frameCount = next.startFrame - previous.startFrame;
      if (previous.frameCount <= 0) kept.pop();
    }
    kept.push(next);
  }
  return kept;
}

function baseSegments(pieces: PlacedVideo[], totalFrames: number): BaseSegment[] {
  const segments: BaseSegment[] = [];
  let frame = 0;
  for (const placed of pieces) {
    if (placed.startFrame > frame) segments.push({ kind: 'gap', frameCount: placed.startFrame - frame });
    segments.push({ kind: 'clip', placed });
    frame = placed.startFrame + placed.frameCount;
  }
  if (frame < totalFrames) segments.push({ kind: 'gap', frameCount: totalFrames - frame });
  return segments;
}

export function layoutPicture(plan: ExportPlan): PictureLayout {
  const rate = frameRateOf(plan.fps);
  const totalFrames = totalFramesOf(plan);
  const layers = [...new Set(plan.video.map((p) => p.layer))].sort((a, b) => a - b);
  const placedOn = (layer: number): PlacedVideo[] =>
    resolveOverlaps(plan.video.filter((p) => p.layer === layer).flatMap((p) => placeVideo(p, rate, totalFrames) ?? []));
  const [baseLayer, ...upper] = layers;
  return {
    rate,
    totalFrames,
    base: baseSegments(baseLayer === undefined ? [] : placedOn(baseLayer), totalFrames),
    overlays: upper.flatMap(placedOn),
  };
}

// The sound is exactly as long as the picture, to the sample.
export function layoutSound(plan: ExportPlan, sampleRate = SAMPLE_RATE): SoundLayout {
  const rate = frameRateOf(plan.fps);
  const totalSamples = Math.round((totalFramesOf(plan) * rate.den * sampleRate) / rate.num);
  const pieces = plan.audio.flatMap((piece): PlacedAudio[] => {
    const startSample = Math.max(0, Math.round(piece.timelineStartSec * sampleRate));
    const endSample = Math.min(totalSamples, Math.round((piece.timelineStartSec + piece.durationSec) * sampleRate));
    if (endSample <= startSample || piece.gain <= 0) return [];
    const skipped = startSample - Math.round(piece.timelineStartSec * sampleRate);
    const sourceStartSample = Math.max(0, Math.round(piece.sourceInSec * sampleRate) + skipped);
    return [{ piece, startSample, sampleCount: endSample - startSample, sourceStartSample }];
  });
  return { sampleRate, totalSamples, pieces };
}
