// A wave's crest as it is drawn: not one straight ridge the length of the beach (from the sand that
// read as a grey wall across the sea) but a crest that peaks and dips along the shore, and breaks
// first where the wave model says (its alongM) and then peels along the crest both ways, section by
// section, so white water and still-green face stand side by side on the same wave.
import * as THREE from 'three';
import { fbm2, smoothstep } from '../../frames/shading/noise';
import type { SurfaceSample } from '../../frames/shading/surfaces';
import type { Wave } from './waves';

// Long enough along the shore to reach past the frame's edges; one vertex column a metre along it.
export const CREST_LENGTH_M = 260;
// How fast the break runs along the crest from where it starts (m/s: a spilling wave on a gently
// sloping beach peels at a few metres a second), and how much earlier or later a section breaks
// than the peel alone says (s, by noise along the crest), and how long a section takes to whiten.
const PEEL_M_PER_S = 6;
const BREAK_SCATTER_SEC = 1.4;
const WHITEN_SEC = 0.5;
// The crest's height along the shore: peaks every 15-30 m (the long noise), lumps of a few metres.
const RISE_MIN = 0.35;

// The crest's height at x metres along it, as a share of the wave's (in [RISE_MIN, 1]).
export function crestRise(x: number, seed: number): number {
  return RISE_MIN + (1 - RISE_MIN) * smoothstep(0.3, 0.7, fbm2(x * 0.06, seed * 3.1, 3, 97));
}

// A diamond cross-section (a box turned 45 degrees, its top edge at y = 0.5 where the crest is at
// its full height), half of it above the water, its top edge lowered along the crest by crestRise.
export function crestGeometry(seed: number): THREE.BufferGeometry {
  const geo = new THREE.BoxGeometry(CREST_LENGTH_M, Math.SQRT1_2, Math.SQRT1_2, CREST_LENGTH_M, 1, 1).rotateX(Math.PI / 4);
  const pos = geo.getAttribute('position') as THREE.BufferAttribute;
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i);
    if (y > 0) pos.setY(i, y * crestRise(pos.getX(i), seed));
  }
  geo.computeVertexNormals();
  return geo;
}

// When the section of the crest x metres from where the wave breaks first goes white (s).
function breaksAt(w: Wave, x: number, seed: number): number {
  return w.breakSec + Math.abs(x) / PEEL_M_PER_S + BREAK_SCATTER_SEC * (fbm2(x * 0.09, seed * 1.7, 2, 98) - 0.5);
}

// How broken the crest is x metres along it at time t: 0 unbroken, 1 white. `leadSec` earlier: a
// swell's top whitens that long before its section breaks.
export function brokenShare(w: Wave, seed: number, x: number, t: number, leadSec = 0): number {
  const at = breaksAt(w, x, seed) - leadSec;
  return smoothstep(at, at + WHITEN_SEC, t);
}

// The same at the sample (object x along the crest) at the sample's time.
export function brokenAt(w: Wave, seed: number, leadSec = 0): (s: SurfaceSample) => number {
  return (s) => brokenShare(w, seed, s.lx, s.t, leadSec);
}

// A breaking wave's cross-section, section by section along its crest (object z, the diamond's
// half-width at 0.5): as broad as a swell where its section has not broken yet, `boreWidthM` where it
// has. Only a broken section is a steep front of white water; the rest is still a swell's gentle
// face. (Steepened end to end the moment its first section broke, the whole crest's unbroken face
// faced the eye at 25-35 degrees and, with a low sun behind it, mirrored only a few percent of the
// violet sky overhead: a navy band, under the horizon from a camera near the sand, that read as far
// hills.) `base` holds the geometry's first positions.
export function shapeBreaking(geo: THREE.BufferGeometry, base: Float32Array, w: Wave, seed: number, t: number, swellWidthM: number, boreWidthM: number): void {
  const pos = geo.getAttribute('position') as THREE.BufferAttribute;
  for (let i = 0; i < pos.count; i++) {
    const x = base[i * 3]!;
    const b = brokenShare(w, seed, x, t);
    pos.setZ(i, base[i * 3 + 2]! * (swellWidthM + (boreWidthM - swellWidthM) * b));
  }
  pos.needsUpdate = true;
  geo.computeVertexNormals();
}

// The sample's height on the crest as a share of the crest's own height there (1 at its top edge).
export function heightOnCrest(s: SurfaceSample, seed: number): number {
  return s.ly / (0.5 * crestRise(s.lx, seed));
}
