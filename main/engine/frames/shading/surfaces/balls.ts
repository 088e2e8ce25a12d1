// What is printed on a ball, in the ball's own frame so it turns with the spin: a basketball's
// pebbled leather and black seams, a football's black pentagons and white hexagons with stitched
// seams, a tennis ball's felt and white curve, a beach ball's coloured segments, a bowling ball's
// gloss and finger holes, or a contrasting band. Seams are distances on the unit sphere, so they stay
// sharp at any size and thin out gracefully when the ball is small on screen.
import * as THREE from 'three';
import { fbm3, smoothstep, valueNoise3 } from '../noise';
import { shadeAlbedo, type SurfacePattern, type SurfaceSample } from './types';

export type BallPrint = 'basketball' | 'soccer' | 'tennis' | 'beach' | 'bowling' | 'band';

// Seam darkness by angular distance from the seam (radians), for a seam of half-width w, at a pixel
// footprint of f radians.
function seam(dist: number, w: number, f: number): number {
  const soft = Math.max(f, w * 0.3);
  return 1 - smoothstep(w - soft * 0.5, w + soft * 0.5, dist);
}

const ICOSA = unique(new THREE.IcosahedronGeometry(1, 0));
const DODECA = unique(new THREE.DodecahedronGeometry(1, 0));

function unique(g: THREE.BufferGeometry): number[] {
  const p = g.getAttribute('position');
  const out: THREE.Vector3[] = [];
  for (let i = 0; i < p.count; i++) {
    const v = new THREE.Vector3().fromBufferAttribute(p, i).normalize();
    if (!out.some((d) => d.distanceTo(v) < 1e-3)) out.push(v);
  }
  return out.flatMap((v) => [v.x, v.y, v.z]);
}

// The tennis seam as a dense polyline on the unit sphere.
const TENNIS: number[] = [];
for (let k = 0; k < 96; k++) {
  const a = (k / 96) * Math.PI * 2;
  const v = new THREE.Vector3(Math.cos(a) + 0.45 * Math.cos(3 * a), Math.sin(a) - 0.45 * Math.sin(3 * a), 1.6 * Math.sin(2 * a)).normalize();
  TENNIS.push(v.x, v.y, v.z);
}

const BEACH = [0xe74c3c, 0xf1f1f1, 0x2e86de, 0xf1c40f, 0xf1f1f1, 0x27ae60].map((h) => new THREE.Color(h));

export function ballSurface(print: BallPrint, radiusM: number): SurfacePattern {
  const paint = PRINTS[print];
  return {
    name: `ball-${print}`,
    local: true,
    apply(s: SurfaceSample): void {
      const l = Math.sqrt(s.lx * s.lx + s.ly * s.ly + s.lz * s.lz) || 1;
      // Angular size of a pixel on the ball.
      paint(s, s.lx / l, s.ly / l, s.lz / l, s.footprint / radiusM);
    },
  };
}

type Paint = (s: SurfaceSample, x: number, y: number, z: number, f: number) => void;

const PRINTS: Record<BallPrint, Paint> = {
  basketball(s, x, y, z, f) {
    // Pebbling, then eight panels' seams: two great circles and two small circles round z.
    if (f < 0.02) shadeAlbedo(s, 0.9 + 0.2 * valueNoise3(x * 90, y * 90, z * 90, 5));
    const d = Math.min(Math.abs(Math.asin(Math.max(-1, Math.min(1, y)))), Math.abs(Math.asin(Math.max(-1, Math.min(1, x)))), Math.abs(Math.abs(z) - 0.68) * 1.4);
    const k = seam(d, 0.035, f);
    if (k > 0) blend(s, 0.02, 0.015, 0.012, k);
    s.roughness = 0.62;
  },
  soccer(s, x, y, z, f) {
    // Panels are the cells of the 32 face centres of a truncated icosahedron: 12 black pentagons
    // (round the icosahedron's vertices) and 20 white hexagons; seams run along the cell borders.
    let best = -2, second = -2, black = false;
    for (let i = 0; i < ICOSA.length; i += 3) {
      const dot = x * ICOSA[i]! + y * ICOSA[i + 1]! + z * ICOSA[i + 2]!;
      if (dot > best) { second = best; best = dot; black = true; } else if (dot > second) second = dot;
    }
    for (let i = 0; i < DODECA.length; i += 3) {
      const dot = (x * DODECA[i]! + y * DODECA[i + 1]! + z * DODECA[i + 2]!) * 0.985;
      if (dot > best) { second = best; best = dot; black = false; } else if (dot > second) second = dot;
    }
    if (black) set(s, 0.018, 0.018, 0.02); else set(s, 0.86, 0.86, 0.84);
    const k = seam(best - second, 0.012, f * 0.5);
    if (k > 0) blend(s, 0.2, 0.2, 0.2, k * 0.6);
    s.roughness = 0.45;
  },
  tennis(s, x, y, z, f) {
    let best = -2;
    for (let i = 0; i < TENNIS.length; i += 3) best = Math.max(best, x * TENNIS[i]! + y * TENNIS[i + 1]! + z * TENNIS[i + 2]!);
    if (f < 0.05) shadeAlbedo(s, 0.88 + 0.24 * fbm3(x * 30, y * 30, z * 30, 2, 6, f * 30));
    const k = seam(Math.acos(Math.min(1, best)), 0.05, f);
    if (k > 0) blend(s, 0.9, 0.9, 0.86, k);
    s.roughness = 1;
  },
  beach(s, x, y, z) {
    if (Math.abs(y) > 0.93) return;
    const c = BEACH[Math.floor(((Math.atan2(z, x) + Math.PI) / (Math.PI * 2)) * 6) % 6]!;
    set(s, c.r, c.g, c.b);
    s.roughness = 0.3;
  },
  bowling(s, x, y, z, f) {
    // A swirl in the resin and three finger holes near one pole.
    shadeAlbedo(s, 0.75 + 0.5 * fbm3(x * 3, y * 3, z * 3, 3, 7, f * 3));
    for (const [hx, hy, hz] of [[0.2, 0.97, 0], [-0.12, 0.97, 0.17], [-0.12, 0.97, -0.17]] as const) {
      const d = Math.acos(Math.min(1, (x * hx + y * hy + z * hz) / Math.hypot(hx, hy, hz)));
      const k = 1 - smoothstep(0.08, 0.08 + Math.max(f, 0.01), d);
      if (k > 0) { blend(s, 0.005, 0.005, 0.005, k); s.cavity *= 1 - 0.8 * k; }
    }
    s.roughness = 0.12;
  },
  band(s, _x, y, _z, f) {
    const k = 1 - smoothstep(0.17 - f, 0.17 + f, Math.abs(y));
    if (k > 0) shadeAlbedo(s, 1 - 0.65 * k);
  },
};

function set(s: SurfaceSample, r: number, g: number, b: number): void {
  s.r = r; s.g = g; s.b = b;
}

function blend(s: SurfaceSample, r: number, g: number, b: number, k: number): void {
  s.r += (r - s.r) * k; s.g += (g - s.g) * k; s.b += (b - s.b) * k;
}
