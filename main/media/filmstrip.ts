// A filmstrip: evenly spaced thumbnails of a clip tiled into one JPEG, drawn under the clip on the
// timeline's video track.
import ffmpeg from 'fluent-ffmpeg';

export interface FilmstripOptions {
  ffmpegPath: string;
  videoPath: string;
  outPath: string;
  durationSec: number;
  frames: number;
  thumbHeight: number;
}

export function makeFilmstrip(options: FilmstripOptions): Promise<void> {
  const rate = options.frames / options.durationSec;
  return new Promise((resolve, reject) => {
    ffmpeg(options.videoPath)
      .setFfmpegPath(options.ffmpegPath)
      .outputOptions([
        '-vf',
        `fps=${rate.toFixed(6)},scale=-2:${options.thumbHeight},tile=${options.frames}x1`,
        '-frames:v',
        '1',
        '-q:v',
        '4',
      ])
      .output(options.outPath)
      .on('end', () => resolve())
      .on('error', (error: Error) => reject(new Error(`ffmpeg could not make the filmstrip: ${error.message}`)))
      .run();
  });
}
