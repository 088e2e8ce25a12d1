// A hood lying down on the back: a roll of cloth round the back and sides of the neck (its front
// inside the neck, so the throat stays bare) that falls down between the shoulder blades to a point.
// Never up over the head: the hair and the head's own shapes stay as they are. Its rings follow the
// trunk's (body-mesh.ts) every frame.
import * as THREE from 'three';
import { Loft, setRing, type Ring } from '../loft';
import type { BodyFrame } from '../types';

// Each ring, top to bottom: its height above the collar ring's centre (a share of height); how far
// behind the trunk's back its centre sits (a share of its own depth: the cloth rests on the back,
// its front half sunk into it); its half-width and half-depth. The first two, round the neck, are
// shares of the collar ring's own half-width and depth, centred that share of its depth behind its
// centre; the rest shares of height. A 1.8 m man's hood lies 26 cm down his back, 25 cm wide.
export const HOOD = {
  neck: [[0.008, 0.55, 0.2, 0.2], [0.006, 0.35, 1.12, 0.95], [-0.01, 0.6, 1.25, 0.85]],
  back: [[-0.04, 0.45, 0.07, 0.022], [-0.08, 0.45, 0.065, 0.02], [-0.12, 0.4, 0.04, 0.014], [-0.145, 0.3, 0.008, 0.004]],
} as const;

const RINGS = HOOD.neck.length + HOOD.back.length;

export class Hood {
  readonly loft: Loft;
  private readonly p = new THREE.Vector3();

  constructor(color: THREE.Color) {
    this.loft = new Loft(RINGS, 20, () => color);
  }

  // collar: the trunk's collar ring; trunk: its rings from the waist up (the back read from them).
  update(collar: Ring, trunk: readonly Ring[], f: BodyFrame, H: number): void {
    const { p } = this;
    const rings = this.loft.rings;
    HOOD.neck.forEach(([dy, back, w, d], i) => {
      p.set(collar.cx, collar.cy, collar.cz).addScaledVector(f.up, dy * H).addScaledVector(f.fwd, -back * collar.rb);
      setRing(rings[i]!, p, f.right, w * collar.ra, d * collar.rb);
    });
    HOOD.back.forEach(([dy, back, w, d], i) => {
      const hd = d * H;
      backAt(trunk, collar, f, dy * H, p).addScaledVector(f.fwd, -back * hd);
      setRing(rings[HOOD.neck.length + i]!, p, f.right, w * H, hd);
    });
    this.loft.commit();
  }
}

// The trunk's back (its centre less its depth along the forward) at `dy` metres above the collar
// ring's centre, between the rings either side of that height.
function backAt(trunk: readonly Ring[], collar: Ring, f: BodyFrame, dy: number, out: THREE.Vector3): THREE.Vector3 {
  const height = (r: Ring): number => (r.cx - collar.cx) * f.up.x + (r.cy - collar.cy) * f.up.y + (r.cz - collar.cz) * f.up.z;
  let lo = trunk[0]!, hi = trunk[trunk.length - 1]!;
  for (let i = 1; i < trunk.length; i++) {
    if (height(trunk[i]!) >= dy) { lo = trunk[i - 1]!; hi = trunk[i]!; break; }
  }
  const h0 = height(lo), h1 = height(hi), t = h1 > h0 ? Math.min(1, Math.max(0, (dy - h0) / (h1 - h0))) : 0;
  const depth = lo.rb + (hi.rb - lo.rb) * t;
  return out.set(lo.cx + (hi.cx - lo.cx) * t, lo.cy + (hi.cy - lo.cy) * t, lo.cz + (hi.cz - lo.cz) * t).addScaledVector(f.fwd, -depth);
}
