// A series sampled evenly in time (a scrape's slip speed, a stir's spoon speed: `hz` samples a
// second) read between its samples: linear from one to the next, held at the last.
export function sampledAt(values: readonly number[], hz: number, tau: number): number {
  const x = tau * hz;
  const i = Math.min(Math.floor(x), values.length - 1);
  const f = Math.min(1, x - i);
  return (values[i] ?? 0) + ((values[i + 1] ?? values[i] ?? 0) - (values[i] ?? 0)) * f;
}
