// Layout helpers every action's cast shares: rounding, stacks, bystanders, props set aside, aiming.
//
// World conventions (shared with the simulator and the frames): y is up, the floor is y = 0, the
// main action runs towards +x (hoops face -x), bystanders stand at -z, behind the action as seen
// from the default side camera at +z.
import type { Entity, Vec3 } from '../../contract/scene-plan';
import { GRAVITY } from '../physics/constants';
import { RIM_HEIGHT } from '../simulate/fixtures';

export const round = (x: number): number => Math.round(x * 1e4) / 1e4;
// How far apart people doing something together stand side by side (m): shoulder to shoulder with a
// hand's room between, so walkers never walk into each other and wavers' arms do not cross.
export const ABREAST_M = 0.9;
export const v3 = (x: number, y: number, z: number): Vec3 => [round(x), round(y), round(z)];

// A stack on display is a pyramid (six boxes: 3-2-1), built across the x axis (rows along z).
export function pyramidPositions(count: number, half: readonly number[], centreX: number, baseY: number, centreZ: number): Vec3[] {
  const hy = half[1] ?? half[0] ?? 0.15;
  const hz = half[2] ?? half[0] ?? 0.15;
  let base = 1;
  while ((base * (base + 1)) / 2 < count) base++;
  const out: Vec3[] = [];
  for (let row = 0; row < base && out.length < count; row++) {
    const n = base - row;
    for (let k = 0; k < n && out.length < count; k++) {
      out.push(v3(centreX, baseY + hy + row * 2 * hy, centreZ + (k - (n - 1) / 2) * (2 * hz + 0.01)));
    }
  }
  return out;
}

// A stack something is going to hit is a tower two boxes wide, aimed at by the ball along its seam,
// so the impact knocks out both bottom boxes (a pyramid hit in its middle just loses one box and
// stands as an arch). Wider for many boxes; a lone top box sits centred.
export function towerPositions(count: number, half: readonly number[], centreX: number, baseY: number, centreZ: number): Vec3[] {
  const hy = half[1] ?? half[0] ?? 0.15;
  const hz = half[2] ?? half[0] ?? 0.15;
  const width = count <= 2 ? count : count <= 8 ? 2 : 4;
  const out: Vec3[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / width);
    const inRow = Math.min(width, count - row * width);
    const k = i % width;
    out.push(v3(centreX, baseY + hy + row * 2 * hy, centreZ + (k - (inRow - 1) / 2) * (2 * hz + 0.01)));
  }
  return out;
}

// Bystanders stand in a row behind the action.
export function placeBystanders(people: readonly Entity[], fromX: number): void {
  people.forEach((p, i) => {
    p.position = v3(fromX + i * 1.1, 0, -1.8 - (i % 2) * 0.4);
  });
}

export function placeAside(entities: readonly Entity[], x: number): void {
  let z = -3.2;
  for (const e of entities) {
    const h = e.size[1] ?? e.size[0] ?? 0.2;
    if (e.kind === 'ball') e.position = v3(x, e.size[0] ?? 0.1, z);
    else e.position = v3(x, e.kind === 'hoop' ? RIM_HEIGHT : h, z);
    z -= 1.6;
  }
}

// Launch velocity from `from` through `to` at a shallow arc (15 degrees), capped at `maxSpeed`.
export function aimVelocity(from: Vec3, to: Vec3, maxSpeed: number, factor: number): Vec3 {
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  const D = Math.hypot(dx, dz) || 1;
  const rise = to[1] - from[1];
  const angle = (15 * Math.PI) / 180;
  const denom = 2 * Math.cos(angle) ** 2 * (D * Math.tan(angle) - rise);
  const speed = Math.min((denom > 0 ? Math.sqrt((GRAVITY * D * D) / denom) : maxSpeed) * Math.max(factor, 0.8), maxSpeed);
  const h = speed * Math.cos(angle);
  return v3((dx / D) * h, speed * Math.sin(angle), (dz / D) * h);
}

