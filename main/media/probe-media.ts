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
        })),
      });
    });
  });
}
