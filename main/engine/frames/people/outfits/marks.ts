// The marks the outfits draw on their cloth's front: seams and edges as thin lines, patches of
// another cloth (a shirt, a tie), buttons. Each soft over the pixel's footprint, so a seam thinner than
// a pixel fades to its share of it instead of flickering.
import type * as THREE from 'three';
import { smoothstep } from '../../shading/noise';
import type { SurfaceSample } from '../../shading/surfaces';

// How much of a pixel `d` metres from a line (either side) the line `halfWidth` wide covers.
export function lineCover(d: number, halfWidth: number, footprint: number): number {
  const soft = Math.max(footprint, 1e-4);
  return smoothstep(halfWidth + soft, halfWidth - soft, Math.abs(d)) * Math.min(1, (2 * halfWidth) / soft + 0.25);
}

// How much of a pixel at signed distance `d` (negative inside) a region covers.
export const inside = (d: number, footprint: number): number => smoothstep(Math.max(footprint, 1e-4), -Math.max(footprint, 1e-4), d);

// Blends the sample's colour towards `c` (times `shade`) by k.
export function paint(s: SurfaceSample, c: THREE.Color, k: number, shade = 1): void {
  if (k <= 0) return;
  s.r += (c.r * shade - s.r) * k; s.g += (c.g * shade - s.g) * k; s.b += (c.b * shade - s.b) * k;
}

export function darken(s: SurfaceSample, k: number): void {
  if (k === 0) return;
  s.r *= 1 - k; s.g *= 1 - k; s.b *= 1 - k;
}

// A round button centred (dx, dy) away (metres, in the front's across and up), `r` round: its colour,
// a domed face (the normal tilted out from its centre along the body's right and up) and a shadowed
// rim. right, up: the wearer's frame.
export function button(s: SurfaceSample, dx: number, dy: number, r: number, c: THREE.Color, right: THREE.Vector3, up: THREE.Vector3): void {
  // (sqrt, not Math.hypot: V8's hypot allocates on every call, ~60 bytes, and this runs for every
  // sample near a button row)
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d > r + Math.max(s.footprint, 1e-4)) return;
  const k = inside(d - r, s.footprint);
  paint(s, c, k);
  darken(s, 0.5 * lineCover(d - r, 0.12 * r, s.footprint));
  const tilt = 0.8 * k * Math.min(1, d / r);
  if (d > 1e-9) {
    const tx = (dx / d) * tilt, ty = (dy / d) * tilt;
    const nx = s.nx + tx * right.x + ty * up.x, ny = s.ny + tx * right.y + ty * up.y, nz = s.nz + tx * right.z + ty * up.z;
    const l = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
    s.nx = nx * l; s.ny = ny * l; s.nz = nz * l;
  }
  s.roughness += (0.3 - s.roughness) * k;
}
