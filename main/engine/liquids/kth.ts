// Selection without sorting, for the liquid's drawing (draw.ts bulkBounds).

// The k-th smallest of v (what v sorted would hold at k), found by partitioning v in place about
// a middle pivot until k's side is one element (Hoare's selection): linear time on average, where
// sorting 20k values three times a frame, twice over, was a sixth of drawing the liquid.
export function kth(v: Float64Array, k: number): number {
  let lo = 0, hi = v.length - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >> 1]!;
    let i = lo, j = hi;
    while (i <= j) {
      while (v[i]! < pivot) i++;
      while (v[j]! > pivot) j--;
      if (i <= j) {
        const t = v[i]!;
        v[i++] = v[j]!;
        v[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return v[k]!;
  }
  return v[k]!;
}
