// Steadies a matte over time: each pixel's alpha becomes the median of itself and its neighbours in
// the previous and next frames. A one-frame flicker (a hair strand lit, then not) disappears, while
// an edge that really moves is kept, since two of the three frames agree on it.
export function medianOf3(prev: Uint8Array, current: Uint8Array, next: Uint8Array): Uint8Array {
  const out = new Uint8Array(current.length);
  for (let i = 0; i < current.length; i++) {
    const a = prev[i]!;
    const b = current[i]!;
    const c = next[i]!;
    out[i] = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
  return out;
}

// Streams alphas through the median with one frame of delay. Push each alpha in order, then flush().
export class TemporalMedian {
  private prev: Uint8Array | null = null;
  private current: Uint8Array | null = null;

  push(alpha: Uint8Array): Uint8Array | null {
    const ready = this.current ? medianOf3(this.prev ?? this.current, this.current, alpha) : null;
    this.prev = this.current;
    this.current = alpha;
    return ready;
  }

  flush(): Uint8Array | null {
    const last = this.current ? medianOf3(this.prev ?? this.current, this.current, this.current) : null;
    this.current = null;
    return last;
  }
}
