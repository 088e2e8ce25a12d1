// The middle of a cameo's per-frame measures (its box height, width, head, feet): a raised arm or one
// bad frame does not move it. The mean of the two middle values for an even count.
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
