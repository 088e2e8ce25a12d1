// Puts the finished picture and sound into the film, both copied as they are: the sound's loudness is
// exactly what was measured, and its edit list (which trims AAC's priming and padding, so the sound
// starts and ends with the picture to the sample) carries over. The provenance manifest goes into
// the metadata, and the index moves to the front (+faststart) so players start before it downloads.
import { runFfmpeg } from './run-ffmpeg';

export interface MuxFilmOptions {
  ffmpegPath: string;
  picturePath: string;
  soundPath: string;
  outPath: string;
  metadata: Record<string, string>;
  signal?: AbortSignal;
}

export async function muxFilm(options: MuxFilmOptions): Promise<void> {
  const metadata = Object.entries(options.metadata).flatMap(([key, value]) => ['-metadata', `${key}=${value}`]);
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: [{ file: options.picturePath }, { file: options.soundPath }],
    outputOptions: ['-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-map_metadata', '-1', '-movflags', '+faststart+use_metadata_tags', ...metadata, '-f', 'mp4'],
    output: options.outPath,
    purpose: 'write the film',
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
