// What an export renders: the timeline already resolved into flat, timed pieces with absolute file
// paths, so the encoder needs nothing else (no database, no project model). The timeline side builds
// an ExportPlan from the project; main/media/export/ turns it into a finished MP4 and its sidecar.
// Times are seconds on the exported timeline's clock unless named otherwise.

export interface ExportVideoPiece {
  // A file ffmpeg can read video from (a take's clip.mp4).
  file: string;
  // Where in the file the piece starts, and how long it plays (a trim is just these two numbers).
  sourceInSec: number;
  durationSec: number;
  // Where it starts on the timeline. Nothing drawn anywhere is black.
  timelineStartSec: number;
  // 0 is the bottom video track (V1); a higher layer covers the ones below it.
  layer: number;
}

export interface ExportAudioPiece {
  // Any file ffmpeg reads audio from: a take's clip, a wav/mp3/m4a/flac the user dropped, a video.
  file: string;
  sourceInSec: number;
  durationSec: number;
  timelineStartSec: number;
  // Linear gain: the clip's volume times its track's; muted tracks are left out of the plan.
  gain: number;
  fadeInSec: number;
  fadeOutSec: number;
}

// How one part of the film was made, for the provenance manifest.
export interface ProvenancePart {
  timelineStartSec: number;
  durationSec: number;
  kind: 'generated' | 'imported';
  // Generated parts: the take, and everything needed to make it again.
  takeId?: string;
  prompt?: string;
  seed?: number;
  engineVersion?: string;
  models?: { name: string; sha256: string }[];
  cameos?: { id: string; name: string; consentAt: string }[];
  // Imported parts: the file's name and its content hash.
  fileName?: string;
  sha256?: string;
}

export interface ExportPlan {
  // The finished file. Nothing appears under this name until the export has fully succeeded.
  outputPath: string;
  title: string;
  // The exported span's length; piece times are already relative to its start.
  durationSec: number;
  width: number;
  height: number;
  fps: number;
  video: ExportVideoPiece[];
  audio: ExportAudioPiece[];
  // The visible "made with Kinora" mark (on by default in the UI).
  watermark: boolean;
  provenance: { generator: string; parts: ProvenancePart[] };
}
