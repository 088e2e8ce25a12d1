// How times are written: SMPTE-style hh:mm:ss:ff at the project's frame rate, or seconds; the editor
// lets the user switch (click the timecode).
export type TimeFormat = 'timecode' | 'seconds';

export function formatTimecode(seconds: number, fps = 24): string {
  const safeFps = Math.max(1, Math.round(fps));
  const totalFrames = Math.max(0, Math.floor(seconds * safeFps + 1e-6));
  const frames = totalFrames % safeFps;
  const wholeSeconds = Math.floor(totalFrames / safeFps);
  const hh = Math.floor(wholeSeconds / 3600);
  const mm = Math.floor(wholeSeconds / 60) % 60;
  const ss = wholeSeconds % 60;
  return `${pad(hh)}:${pad(mm)}:${pad(ss)}:${pad(frames)}`;
}

export function formatSeconds(seconds: number): string {
  return `${Math.max(0, seconds).toFixed(2)} s`;
}

export function formatTime(seconds: number, fps: number, format: TimeFormat): string {
  return format === 'timecode' ? formatTimecode(seconds, fps) : formatSeconds(seconds);
}

export function timeFormatLabel(format: TimeFormat, fps: number): string {
  return format === 'timecode' ? `hh:mm:ss:ff @ ${fps} fps` : 'seconds';
}

// A short duration for labels: "4.0 s", "1:05".
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${pad(s)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
