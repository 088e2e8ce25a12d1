// Positions in the timeline's content follow the live zoom through the --pps CSS variable, so a
// zoom frame moves every clip, marker and band without React re-rendering them.
export function at(timeSec: number): string {
  return `calc(var(--pps) * ${timeSec}px)`;
}

export function span(durationSec: number): string {
  return `calc(var(--pps) * ${durationSec}px)`;
}
