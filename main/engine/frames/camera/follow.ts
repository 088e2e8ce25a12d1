// The operator's hands: a critically damped spring (the fastest response with no overshoot) run
// forwards over a planned path, aimed a little ahead in time so it does not trail its subject. The
// whole path is known before the first frame is drawn, so "ahead" is simply later samples, and any
// frame of the result can be drawn on its own.

// Smooths one channel. `timeSec` is the spring's time constant; the target is read `leadSec` ahead.
export function criticallyDamped(values: readonly number[], fps: number, timeSec: number, leadSec = timeSec): number[] {
  const n = values.length;
  if (n === 0) return [];
  const omega = 2 / Math.max(1e-3, timeSec);
  const dt = 1 / fps;
  const lead = Math.round(leadSec * fps);
  // Start at rest on the path, as if the shot had been running before the clip began.
  let x = values[Math.min(n - 1, lead)]!;
  let v = 0;
  const out = new Array<number>(n);
  // Sub-steps keep the integration stable for short time constants at low frame rates.
  const steps = Math.max(1, Math.ceil((omega * dt) / 0.2));
  const h = dt / steps;
  for (let f = 0; f < n; f++) {
    const goal = values[Math.min(n - 1, f + lead)]!;
    for (let s = 0; s < steps; s++) {
      const a = omega * omega * (goal - x) - 2 * omega * v;
      v += a * h;
      x += v * h;
    }
    out[f] = x;
  }
  return out;
}

// Smooths a list of 3D points channel by channel.
export function followPoints(points: readonly { x: number; y: number; z: number }[], fps: number, timeSec: number, leadSec = timeSec): { x: number; y: number; z: number }[] {
  const xs = criticallyDamped(points.map((p) => p.x), fps, timeSec, leadSec);
  const ys = criticallyDamped(points.map((p) => p.y), fps, timeSec, leadSec);
  const zs = criticallyDamped(points.map((p) => p.z), fps, timeSec, leadSec);
  return xs.map((x, i) => ({ x, y: ys[i]!, z: zs[i]! }));
}

// A running maximum over a window of frames on either side, so a widening framing starts before it
// is needed and ends after.
export function windowMax(values: readonly number[], radius: number): number[] {
  return values.map((_, i) => {
    let m = -Infinity;
    for (let k = Math.max(0, i - radius); k <= Math.min(values.length - 1, i + radius); k++) m = Math.max(m, values[k]!);
    return m;
  });
}
