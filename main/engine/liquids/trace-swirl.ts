// How fast a recorded liquid turns about a vertical axis between frames f-1 and f (rad/s): the mean
// angular speed, sum of r x v over sum of r^2, from the trace's particles (millimetres). The stir
// test and scripts/liquid-swirl.ts measure a stirred cup with it.
import type { LiquidTrace } from '../../contract/world-trace-types';

export function traceSwirl(liquid: LiquidTrace, axis: readonly [number, number, number], f: number, fps: number): number {
  const a = liquid.frames[f - 1]!, b = liquid.frames[f]!;
  let momentum = 0, inertia = 0;
  for (let i = 0; i < liquid.count; i++) {
    const dx = b[3 * i]! / 1000 - axis[0], dz = b[3 * i + 2]! / 1000 - axis[2];
    const vx = ((b[3 * i]! - a[3 * i]!) / 1000) * fps, vz = ((b[3 * i + 2]! - a[3 * i + 2]!) / 1000) * fps;
    momentum += dx * vz - dz * vx;
    inertia += dx * dx + dz * dz;
  }
  return momentum / inertia;
}
