// Haze for things drawn after the shading pass (a cameo's card): the same fade with distance towards
// the colour of the air in that direction that shade.ts gives every surface.
import type { SkyModel } from './sky';

const air = new Float64Array(3);

// Fades linear rgb (in place) seen at `distance` metres along unit direction (dx, dy, dz).
export function hazeWith(sky: SkyModel): (distance: number, dx: number, dy: number, dz: number, rgb: Float64Array) => void {
  const density = sky.hazeDensity, start = sky.hazeStart;
  return (distance, dx, dy, dz, rgb) => {
    const d = distance - start;
    if (!(density > 0) || d <= 0) return;
    const f = 1 - Math.exp(-d * density);
    sky.haze(dx, dy, dz, air);
    rgb[0] = rgb[0]! + (air[0]! - rgb[0]!) * f;
    rgb[1] = rgb[1]! + (air[1]! - rgb[1]!) * f;
    rgb[2] = rgb[2]! + (air[2]! - rgb[2]!) * f;
  };
}
