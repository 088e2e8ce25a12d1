// Long hair's fall: a curtain that hangs from the back and sides of the skull, behind the ears, down
// behind the neck and the shoulders to the shoulder blades. Its front edge tips back as it falls, so
// below the jaw it is always behind the neck and, lower, behind the upper back: seen from the front
// it shows as hair either side of the neck that goes on down behind the shoulders (its lower end
// hidden by them), never a rounded patch under the chin that reads as a beard.
import * as THREE from 'three';
import { Loft } from './loft';

// Stations down the fall, in head radii from the skull's centre: u up, f forward (of the ring's
// centre), half-width across and half-depth front to back. Its back stays outside the skull and the
// hair cap (about 1.1 back); its front edge runs behind the ears (tucked behind them) and behind the
// neck's axis at the jaw (-0.23), and behind the back of the neck (its radius is about 0.45) from
// where the neck meets the shoulders down.
export const LONG_HAIR: readonly { u: number; f: number; w: number; d: number }[] = [
  { u: 0.5, f: -0.35, w: 0.72, d: 0.55 },
  { u: 0, f: -0.5, w: 1.06, d: 0.64 },
  { u: -0.4, f: -0.55, w: 1.04, d: 0.55 },
  { u: -0.9, f: -0.65, w: 1.0, d: 0.42 },
  { u: -1.5, f: -0.85, w: 0.98, d: 0.3 },
  { u: -2.1, f: -1.1, w: 0.95, d: 0.24 },
  { u: -2.6, f: -1.15, w: 0.85, d: 0.16 },
  { u: -2.72, f: -1.15, w: 0.3, d: 0.05 },
];

// The fall's geometry in head units (x across, y up, z forward), built once and placed with the
// head's frame scaled by its radius.
export function longHairGeometry(): THREE.BufferGeometry {
  const loft = new Loft(LONG_HAIR.length, 24, () => WHITE);
  LONG_HAIR.forEach((s, i) => {
    Object.assign(loft.rings[i]!, { cx: 0, cy: s.u, cz: s.f, ax: 1, ay: 0, az: 0, ra: s.w, rb: s.d });
  });
  loft.commit();
  return loft.geometry;
}

const WHITE = new THREE.Color(1, 1, 1);
