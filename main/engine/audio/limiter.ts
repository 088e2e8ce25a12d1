// A gentle look-ahead peak limiter: finds the gain each sample needs to stay under the ceiling, then
// makes that gain curve smooth (ramps down ahead of a peak, recovers slowly after) so loud hits get
// turned down without audible clicks or distortion. The result never exceeds the ceiling.

export function limit(left: Float32Array, right: Float32Array, sampleRate: number, ceiling = 0.95): void {
  const n = left.length;
  const gain = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const peak = Math.max(Math.abs(left[i]!), Math.abs(right[i]!));
    gain[i] = peak > ceiling ? ceiling / peak : 1;
  }
  // Release: after a reduction, come back up with a ~120 ms time constant.
  const release = 1 - Math.exp(-1 / (0.12 * sampleRate));
  let g = 1;
  for (let i = 0; i < n; i++) {
    g += (1 - g) * release;
    if (gain[i]! < g) g = gain[i]!;
    gain[i] = g;
  }
  // Attack: ramp down linearly over 3 ms before each reduction instead of jumping.
  const step = 1 / Math.max(1, Math.round(0.003 * sampleRate));
  for (let i = n - 2; i >= 0; i--) {
    const ahead = gain[i + 1]! + step;
    if (ahead < gain[i]!) gain[i] = ahead;
  }
  for (let i = 0; i < n; i++) {
    const a = left[i]! * gain[i]!;
    const b = right[i]! * gain[i]!;
    // Final guard against rounding and non-finite input.
    left[i] = Number.isFinite(a) ? Math.max(-ceiling, Math.min(ceiling, a)) : 0;
    right[i] = Number.isFinite(b) ? Math.max(-ceiling, Math.min(ceiling, b)) : 0;
  }
}
