// mm:ss.ff timecode, ff being the frame within the second at the given frame rate.
export function formatTimecode(seconds: number, fps = 30): string {
  const safeFps = Math.max(1, Math.round(fps));
  const totalFrames = Math.max(0, Math.floor(seconds * safeFps + 1e-6));
  const frames = totalFrames % safeFps;
  const wholeSeconds = Math.floor(totalFrames / safeFps);
  const mm = Math.floor(wholeSeconds / 60);
  const ss = wholeSeconds % 60;
  return `${pad(mm)}:${pad(ss)}.${pad(frames)}`;
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
