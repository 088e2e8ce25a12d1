// Puts the finished picture and sound into the film, both copied as they are: the sound's loudness is
// exactly what was measured, and its edit list (which trims AAC's priming and padding, so the sound
// starts and ends with the picture to the sample) carries over. The metadata, provenance manifest
// included, comes from an FFMETADATA file rather than the command line, where one argument may not
// exceed 128 KB on Linux and a long film's manifest can. The index moves to the front (+faststart) so
// players can start before the whole file has arrived.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runFfmpeg } from './run-ffmpeg';

export interface MuxFilmOptions {
  ffmpegPath: string;
  picturePath: string;
  soundPath: string;
  outPath: string;
  workDir: string;
  metadata: Record<string, string>;
  signal?: AbortSignal;
}

// FFMETADATA escapes '=', ';', '#', '\' and line breaks with a backslash.
export function ffmetadata(metadata: Record<string, string>): string {
  const escape = (text: string): string => text.replace(/[=;#\\\n]/g, (c) => `\\${c}`);
  return `;FFMETADATA1\n${Object.entries(metadata).map(([key, value]) => `${escape(key)}=${escape(value)}\n`).join('')}`;
}

export async function muxFilm(options: MuxFilmOptions): Promise<void> {
  const metadataPath = path.join(options.workDir, 'film-metadata.txt');
  await writeFile(metadataPath, ffmetadata(options.metadata));
  await runFfmpeg({
    ffmpegPath: options.ffmpegPath,
    inputs: [{ file: options.picturePath }, { file: options.soundPath }, { file: metadataPath, options: ['-f', 'ffmetadata'] }],
    outputOptions: ['-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-map_metadata', '2', '-movflags', '+faststart+use_metadata_tags', '-f', 'mp4'],
    output: options.outPath,
    purpose: 'write the film',
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
