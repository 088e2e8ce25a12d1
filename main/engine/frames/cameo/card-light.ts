// How the scene's light falls on a cameo. The footage's colours are taken as the person's own colours
// (what a matte surface of that colour reflects), lit by the same lights and the same Lambert rule as
// every other surface, so a cameo at sunset turns warm and dim like the sand beside them, and one in
// a gym at night takes the gym's light. A person is round, not flat: the light is averaged over the
// half of a vertical cylinder that faces the camera, so a key light from the side lights one flank
// instead of blacking out the whole card.
import type { LightRig } from '../rasterizer/lights';

// Directions around the cylinder (radians from the camera direction) and how much each is seen.
const ANGLES = [-1.2, -0.6, 0, 0.6, 1.2];
const WEIGHTS = ANGLES.map(Math.cos);
const WEIGHT_SUM = WEIGHTS.reduce((a, b) => a + b, 0);

function irradiance(rig: LightRig, nx: number, ny: number, nz: number, out: number[]): void {
  let r = rig.ambient[0], g = rig.ambient[1], b = rig.ambient[2];
  for (let h = 0; h < rig.hemiCount; h++) {
    const o = h * 9;
    const k = 0.5 * (nx * rig.hemi[o]! + ny * rig.hemi[o + 1]! + nz * rig.hemi[o + 2]!) + 0.5;
    r += rig.hemi[o + 6]! + (rig.hemi[o + 3]! - rig.hemi[o + 6]!) * k;
    g += rig.hemi[o + 7]! + (rig.hemi[o + 4]! - rig.hemi[o + 7]!) * k;
    b += rig.hemi[o + 8]! + (rig.hemi[o + 5]! - rig.hemi[o + 8]!) * k;
  }
  for (let d = 0; d < rig.dirCount; d++) {
    const o = d * 6;
    const k = nx * rig.dir[o]! + ny * rig.dir[o + 1]! + nz * rig.dir[o + 2]!;
    if (k <= 0) continue;
    r += rig.dir[o + 3]! * k; g += rig.dir[o + 4]! * k; b += rig.dir[o + 5]! * k;
  }
  out[0] = r; out[1] = g; out[2] = b;
}

// Linear RGB multipliers for the footage's (linear) colours, for a card whose camera-facing
// horizontal direction is (cx, cz).
export function cardLightGain(rig: LightRig, cx: number, cz: number): [number, number, number] {
  const sum = [0, 0, 0];
  const e = [0, 0, 0];
  ANGLES.forEach((a, i) => {
    const c = Math.cos(a), s = Math.sin(a);
    irradiance(rig, cx * c - cz * s, 0, cz * c + cx * s, e);
    for (let k = 0; k < 3; k++) sum[k]! += e[k]! * WEIGHTS[i]!;
  });
  return [sum[0]! / WEIGHT_SUM / Math.PI, sum[1]! / WEIGHT_SUM / Math.PI, sum[2]! / WEIGHT_SUM / Math.PI];
}

// The direction towards the strongest directional light (the key: sun, moon or ceiling rig), or null.
export function keyLightDirection(rig: LightRig): [number, number, number] | null {
  let best = -1;
  let at = -1;
  for (let d = 0; d < rig.dirCount; d++) {
    const o = d * 6;
    const power = rig.dir[o + 3]! + rig.dir[o + 4]! + rig.dir[o + 5]!;
    if (power > best) { best = power; at = o; }
  }
  return at < 0 ? null : [rig.dir[at]!, rig.dir[at + 1]!, rig.dir[at + 2]!];
}
