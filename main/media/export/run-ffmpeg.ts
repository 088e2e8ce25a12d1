// Runs one ffmpeg job through fluent-ffmpeg for the exporter: reports how far it got from ffmpeg's own
// status lines (frames written, or media time for audio-only jobs), stops it when the export is
// cancelled, and turns a failure into a sentence instead of a raw dump.
import ffmpeg from 'fluent-ffmpeg';
import { abortError, throwIfAborted } from '../../contract/abort';

export interface FfmpegInput {
  file: string;
  options?: string[];
}

export interface FfmpegJob {
  ffmpegPath: string;
  inputs: FfmpegInput[];
  outputOptions: string[];
  output: string;
  // What the job is doing, for error messages: "mix the sound", "encode the picture".
  purpose: string;
  signal?: AbortSignal;
  // ffmpeg's status line as it runs: frames written so far and the media time reached.
  onStatus?: (status: { frame: number | null; timeSec: number | null }) => void;
}

// ffmpeg's periodic status line, e.g. "frame=  120 fps= 61 ... time=00:00:05.00 bitrate=...".
const FRAME_PATTERN = /frame=\s*(\d+)/;
const TIME_PATTERN = /time=\s*(-?)(\d+):(\d+):(\d+(?:\.\d+)?)/;

export function parseStatusLine(line: string): { frame: number | null; timeSec: number | null } | null {
  const frame = FRAME_PATTERN.exec(line);
  const time = TIME_PATTERN.exec(line);
  if (!frame && !time) return null;
  const timeSec = time ? (time[1] === '-' ? 0 : Number(time[2]) * 3600 + Number(time[3]) * 60 + Number(time[4])) : null;
  return { frame: frame ? Number(frame[1]) : null, timeSec };
}

// Resolves with the end of ffmpeg's log (stderr, last 200 lines) once it has finished successfully.
export function runFfmpeg(job: FfmpegJob): Promise<string> {
  throwIfAborted(job.signal);
  const command = ffmpeg({ stdoutLines: 200 }).setFfmpegPath(job.ffmpegPath);
  for (const input of job.inputs) {
    command.input(input.file);
    // Passed as separate arguments: given one array, fluent-ffmpeg splits values that hold a space.
    if (input.options?.length) command.inputOptions(...input.options);
  }
  command.outputOptions('-nostdin', '-stats_period', '0.25', ...job.outputOptions).output(job.output);
  if (job.onStatus) {
    const report = job.onStatus;
    command.on('stderr', (line: string) => {
      const status = parseStatusLine(line);
      if (status) report(status);
    });
  }
  return new Promise<string>((resolve, reject) => {
    const onAbort = (): void => {
      command.kill('SIGKILL');
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    command.on('end', (_stdout: string | null, stderr: string | null) => {
      job.signal?.removeEventListener('abort', onAbort);
      resolve(stderr ?? '');
    });
    command.on('error', (error: Error, _stdout: string | null, stderr: string | null) => {
      job.signal?.removeEventListener('abort', onAbort);
      if (job.signal?.aborted) reject(abortError());
      else reject(new Error(`ffmpeg could not ${job.purpose}: ${explainFailure(stderr ?? error.message)}`));
    });
    command.run();
  });
}

// The lines of ffmpeg's log that say what went wrong, without the progress noise around them.
function explainFailure(log: string): string {
  const lines = log
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line && !FRAME_PATTERN.test(line) && !line.startsWith('Stream mapping') && !line.startsWith('Press [q]'));
  return lines.slice(-3).join(' ').slice(0, 600) || 'it stopped without saying why';
}
