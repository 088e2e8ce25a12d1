// Where the liquid foams: particles that were just thrown or stopped hard. A splash flings liquid up,
// a stream plunging into a pool stops in a few millimetres; both take accelerations far beyond the
// fall's own (g), which liquid merely pouring, running or resting never does. A particle's foam is how
// far its acceleration over the last frames went past FOAM_START_MS2, fading over FOAM_FRAMES as
// the bubbles it stands for rise and burst.
import type { LiquidTrace } from '../../contract/world-trace-types';

// m/s^2: about three g (a free fall and the pressure solve's jitter stay below it), and the excess
// over it that turns a particle fully white.
const FOAM_START_MS2 = 30;
const FOAM_FULL_MS2 = 60;
const FOAM_FRAMES = 6;

// Per particle listed at `frame`, its foam (0..1); null when nothing foams.
export function foamAt(liquid: LiquidTrace, frame: number, fps: number): Float32Array | null {
  const last = Math.min(frame, liquid.frames.length - 1);
  const count = Math.floor((liquid.frames[last]?.length ?? 0) / 3);
  if (count === 0 || last < 2) return null;
  const foam = new Float32Array(count);
  // mm per frame^2 -> m/s^2.
  const scale = (fps * fps) / 1000;
  let any = false;
  for (let age = 0; age < FOAM_FRAMES && last - age >= 2; age++) {
    const a = liquid.frames[last - age]!, b = liquid.frames[last - age - 1]!, c = liquid.frames[last - age - 2]!;
    // Only particles in the scene all three frames (a tap releases them by index).
    const n = Math.min(count, Math.floor(c.length / 3));
    const fade = 1 - age / FOAM_FRAMES;
    for (let i = 0; i < n; i++) {
      const ax = a[3 * i]! - 2 * b[3 * i]! + c[3 * i]!;
      const ay = a[3 * i + 1]! - 2 * b[3 * i + 1]! + c[3 * i + 1]!;
      const az = a[3 * i + 2]! - 2 * b[3 * i + 2]! + c[3 * i + 2]!;
      const acc = Math.sqrt(ax * ax + ay * ay + az * az) * scale;
      if (acc <= FOAM_START_MS2) continue;
      const f = Math.min(1, (acc - FOAM_START_MS2) / (FOAM_FULL_MS2 - FOAM_START_MS2)) * fade;
      if (f > foam[i]!) foam[i] = f;
      any = true;
    }
  }
  return any ? foam : null;
}
