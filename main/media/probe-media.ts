// Reads a media file's streams and duration with ffprobe: how tests and the importer check what a
// file really holds.
import ffmpeg from 'fluent-ffmpeg';

export interface ProbedStream {
  type: string;
  codec: string;
  width?: number;
  height?: number;
  sampleRate?: number;
  channels?: number;
  // What the headers promise: a cut-short file still claims its full length here.
  durationSec?: number;
  frameCount?: number;
  frameRate?: number;
  // Degrees a player turns the picture (phone videos filmed upright); ffmpeg's decoder applies it.
  rotation?: number;
}

export interface ProbeResult {
  durationSec: number;
  streams: ProbedStream[];
}

export function probeMedia(ffprobePath: string, file: string): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    ffmpeg.setFfprobePath(ffprobePath);
    ffmpeg.ffprobe(file, (error: Error | null, data: ffmpeg.FfprobeData) => {
      if (error) {
        reject(new Error(`ffprobe could not read ${file}: ${error.message}`));
        return;
      }
      resolve({
        durationSec: Number(data.format.duration ?? 0),
        streams: data.streams.map((s) => ({
          type: s.codec_type ?? 'unknown',
          codec: s.codec_name ?? 'unknown',
          ...(s.width !== undefined ? { width: s.width } : {}),
          ...(s.height !== undefined ? { height: s.height } : {}),
          ...(s.sample_rate !== undefined ? { sampleRate: Number(s.sample_rate) } : {}),
          ...(s.channels !== undefined ? { channels: s.channels } : {}),
          ...headerLength(s),
          ...(rotationOf(s) !== 0 ? { rotation: rotationOf(s) } : {}),
        })),
      });
    });
  });
}

function headerLength(stream: ffmpeg.FfprobeStream): Pick<ProbedStream, 'durationSec' | 'frameCount' | 'frameRate'> {
  const durationSec = Number(stream.duration);
  const frameCount = Number(stream.nb_frames);
  const [num, den] = String(stream.avg_frame_rate ?? '').split('/').map(Number);
  const frameRate = num !== undefined && den ? num / den : NaN;
  return {
    ...(durationSec > 0 ? { durationSec } : {}),
    ...(Number.isInteger(frameCount) && frameCount > 0 ? { frameCount } : {}),
    ...(frameRate > 0 ? { frameRate } : {}),
  };
}

// Newer files carry a display matrix (side data, which fluent-ffmpeg flattens onto the stream as
// `rotation`), older ones a "rotate" tag.
function rotationOf(stream: ffmpeg.FfprobeStream): number {
  const { rotation, tags } = stream as { rotation?: number | string; tags?: { rotate?: string } };
  const degrees = Number(rotation ?? tags?.rotate ?? 0);
  return Number.isFinite(degrees) ? degrees : 0;
}
