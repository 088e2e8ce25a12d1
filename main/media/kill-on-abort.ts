// Stops an ffmpeg command when a signal aborts, including when the abort comes before fluent-ffmpeg
// has spawned the process (its kill() is then a no-op, and a process started later would wait on a
// closed input forever). Returns the function that stops listening.
import type ffmpeg from 'fluent-ffmpeg';

export function killOnAbort(command: ffmpeg.FfmpegCommand, signal: AbortSignal | undefined, beforeKill?: () => void): () => void {
  if (!signal) return () => undefined;
  let started = false;
  const kill = (): void => {
    beforeKill?.();
    if (started) command.kill('SIGKILL');
  };
  command.on('start', () => {
    started = true;
    if (signal.aborted) command.kill('SIGKILL');
  });
  if (signal.aborted) kill();
  else signal.addEventListener('abort', kill, { once: true });
  return () => signal.removeEventListener('abort', kill);
}
