// A shirt's neckline, cut into the trunk's cloth as a pattern laid across the wearer's own frame
// (which the body moves every frame, as the jersey's number): a crew neck's shallow U, a V, a
// tank top's wide scoop, or a shirt's collar (an open V with a band that stands up round the back
// of the neck). Above the edge the skin shows; along it a ribbed band or the collar's lighter cloth,
// with a shadow under the collar's edge. The loft's rings are level, so without it the shirt ended
// at the neck in a straight cut. A sleeveless top (a tank top, a jersey) has its armholes cut the
// same way: the shoulder's cap is skin, so the bare arm's surface meets skin where it comes out of
// the trunk (the shirt's cloth cut by it showed their crossing, a jagged line along the loft's
// facets). The C++ twin is native/render/src/surfaces/people-cloth.cc `neckline`.
import type * as THREE from 'three';
import { skinSurface, type SurfacePattern, type SurfaceSample } from '../shading/surfaces';
import { smoothstep } from '../shading/noise';
import { ARMPIT_PARAMS, armpitFoldsAt, armpitParams, type ArmpitJoints } from './armpit-folds';
import type { NumberFrame } from './jersey-number';
import type { Neckline } from './types';

// Each cut as fractions of the wearer's height: how far its front dips below the collar ring's
// centre, its half-width there (about the collar ring's), whether it comes to a point (a V) or is
// round, the band along its edge, and how far a collar stands up above the ring round the back.
// A crew neck dips 3-4 cm in front; a V about 11 cm; a scoop 9 cm and wide.
export const NECKLINES: Record<Exclude<Neckline, 'none'>, { depthH: number; halfWidthH: number; vee: boolean; bandH: number; standH: number }> = {
  crew: { depthH: 0.02, halfWidthH: 0.05, vee: false, bandH: 0.006, standH: 0 },
  v: { depthH: 0.06, halfWidthH: 0.046, vee: true, bandH: 0.005, standH: 0 },
  // (0.07 H wide, the scoop left no strap between it and the armhole)
  scoop: { depthH: 0.05, halfWidthH: 0.055, vee: false, bandH: 0.004, standH: 0 },
  collar: { depthH: 0.045, halfWidthH: 0.044, vee: true, bandH: 0.014, standH: 0.012 },
  // Buttoned to the throat under a tie: the collar's points meet just below it.
  tied: { depthH: 0.012, halfWidthH: 0.044, vee: true, bandH: 0.012, standH: 0.012 },
};
// A sleeveless top's armhole round each shoulder joint, as fractions of height: an ellipse in the
// wearer's frame (across and up), its centre out from the joint and below it, its half-width in and
// half-height down to the armpit (a 1.3 m child's strap is about 4 cm wide between the scoop and it).
export const ARMHOLE = { outH: 0.018, downH: 0.01, halfWidthH: 0.034, halfHeightH: 0.075, bandH: 0.004 } as const;
// Where the cut runs from the front's dip to the back's, either side of the neck: over this share
// of the cut's half-width forward and back of the collar ring's centre (a step there, the edge came
// down the side of the neck as a notch).
const SIDE_BLEND = 0.3;
// Where the shoulder joints are this frame, in the collar frame: the joint's distance across from
// the middle and its height from the collar ring's centre (metres; body-mesh.ts sets them).
export interface ShoulderPlace { acrossM: number; upM: number }

// An outfit's marks (outfits/front-pattern.ts): drawn at (across, up, forward) in the collar's frame,
// and the names and numbers of their C++ twins (native/render/src/surfaces/outfit-front.cc).
export interface FrontMarks {
  // The patterns' names over the trunk's neckline and over a coat's skirt: each has its twin.
  front: string;
  skirt: string;
  at(s: SurfaceSample, across: number, up: number, forward: number): void;
  // What the twins read after the cloth's (and on the trunk, the neckline's) numbers, this frame.
  nativeParams(): number[];
}

// The rib's wavenumber along the band (radians a metre: ribs 3 mm apart).
const RIB_K = 2100;

// The neckline over the shirt's cloth. frame: the collar ring's centre and the wearer's right, up
// and forward, updated by the body each frame; skin and top: their linear colours.
// shoulders: where the armholes are cut, for a sleeveless top; null for one with sleeves.
// armpits: the arms' joints where a sleeved shirt gathers at a raised arm's armpit (armpit-folds.ts),
// null for a sleeveless one (its armholes are there).
// front: an outfit's marks on its front (outfits/), drawn on the cloth before the neck is cut from
// it, at (across, up, forward) in the collar's frame; such a neckline is its outfit's twin's
// (`suit-front`...), which reads how many numbers the neckline's are, the neckline's, then the marks'.
export function necklinePattern(cloth: SurfacePattern, frame: NumberFrame, neck: Exclude<Neckline, 'none'>, heightM: number, skin: THREE.Color, top: THREE.Color, shoulders: ShoulderPlace | null, armpits: ArmpitJoints | null, front?: FrontMarks): SurfacePattern {
  const cut = NECKLINES[neck];
  const skinPattern = skinSurface();
  const shape = [cut.depthH * heightM, cut.halfWidthH * heightM, cut.vee ? 1 : 0, cut.bandH * heightM, cut.standH * heightM];
  // The armhole: its centre across and up (set each frame), half-width, half-height, band (m).
  const hole = [0, 0, shoulders ? ARMHOLE.halfWidthH * heightM : 0, ARMHOLE.halfHeightH * heightM, ARMHOLE.bandH * heightM];
  // What necklineAt writes for each sample (refilled: the shading's hot path allocates nothing).
  const cut3: NecklineCover = { skin: 0, band: 0, shadow: 0 };
  // The folds' numbers, none raised without armpits.
  const folds = new Float64Array(ARMPIT_PARAMS);
  const placeFolds = (): Float64Array => (armpits ? armpitParams(armpits, heightM, folds) : folds);
  const placeHole = (): void => {
    if (!shoulders) return;
    hole[0] = shoulders.acrossM + ARMHOLE.outH * heightM; hole[1] = shoulders.upM - ARMHOLE.downH * heightM;
  };
  return {
    name: front ? front.front : 'neckline',
    local: false,
    nativeParams: (t) => {
      const { origin: o, right: r, up: u, fwd: f } = frame;
      placeHole();
      const own = [...(cloth.nativeParams?.(t) ?? [0.85]), o.x, o.y, o.z, r.x, r.y, r.z, u.x, u.y, u.z, f.x, f.y, f.z, ...shape, skin.r, skin.g, skin.b, top.r, top.g, top.b, ...hole, ...placeFolds()];
      return front ? [own.length, ...own, ...front.nativeParams()] : own;
    },
    apply(s: SurfaceSample): void {
      cloth.apply(s);
      const { origin: o, right: r, up: u, fwd: f } = frame;
      const px = s.x - o.x, py = s.y - o.y, pz = s.z - o.z;
      const across = px * r.x + py * r.y + pz * r.z, up = px * u.x + py * u.y + pz * u.z, forward = px * f.x + py * f.y + pz * f.z;
      front?.at(s, across, up, forward);
      placeHole();
      const k = necklineAt(shape, across, up, forward, s.footprint, hole, cut3);
      if (k.skin > 0) {
        // The neck's skin (its vertex colour is skin above the collar ring, the shirt's below it).
        const r0 = s.r, g0 = s.g, b0 = s.b;
        s.r = skin.r; s.g = skin.g; s.b = skin.b;
        const rough = s.roughness;
        skinPattern.apply(s);
        s.r = r0 + (s.r - r0) * k.skin; s.g = g0 + (s.g - g0) * k.skin; s.b = b0 + (s.b - b0) * k.skin;
        s.roughness = rough + (s.roughness - rough) * k.skin;
      }
      if (k.band > 0) {
        // The band: the shirt's cloth (a collar standing above the ring is over skin-coloured
        // vertices), ribbed on a crew neck, lighter on a collar, dark in the collar's shadow.
        const rib = shape[4]! > 0 ? 1.06 : 0.9 + 0.06 * Math.sin(across * RIB_K) * smoothstep(0.004, 0.001, s.footprint);
        s.r += (top.r * rib - s.r) * k.band; s.g += (top.g * rib - s.g) * k.band; s.b += (top.b * rib - s.b) * k.band;
      }
      if (k.shadow > 0) { s.r *= 1 - 0.45 * k.shadow; s.g *= 1 - 0.45 * k.shadow; s.b *= 1 - 0.45 * k.shadow; }
      if (armpits) armpitFoldsAt(s, placeFolds(), 1 - k.skin);
    },
  };
}

// How much of the pixel at (across, up, forward) from the collar ring's centre (metres, in the
// wearer's frame) is skin, the band along the cut, and the collar's shadow below it, each 0..1, soft
// over the pixel's footprint. shape: depth, half-width, vee, band, stand (m); hole: the armhole's
// centre across and up, half-width (0: none), half-height and band (m).
// out: where to write them (a new one when not given).
export interface NecklineCover { skin: number; band: number; shadow: number }
export function necklineAt(shape: readonly number[], across: number, up: number, forward: number, footprint: number, hole: readonly number[], out: NecklineCover = { skin: 0, band: 0, shadow: 0 }): NecklineCover {
  const [depth, halfWidth, vee, band, stand] = shape as [number, number, number, number, number];
  const x = Math.min(1, Math.abs(across) / halfWidth);
  const front = smoothstep(-SIDE_BLEND * halfWidth, SIDE_BLEND * halfWidth, forward);
  const dip = front * depth * (vee > 0 ? 1 - x : Math.sqrt(1 - x * x));
  // The edge: the cut in front, the collar ring round the back; a collar stands above it.
  const edge = -dip + stand;
  const soft = Math.max(footprint, 1e-4);
  let skin = smoothstep(edge - soft, edge + soft, up);
  let bandIn = smoothstep(edge - band - soft, edge - band + soft, up) * (1 - skin);
  const shadow = stand > 0 ? Math.max(0, 1 - Math.abs(up - (edge - band - soft)) / (2 * soft + 0.002)) * (1 - bandIn) : 0;
  const [hx, hy, hw, hh, hb] = hole as [number, number, number, number, number];
  if (hw > 0) {
    // Distance outside the armhole's ellipse, roughly in metres (negative inside).
    const out = (Math.hypot((Math.abs(across) - hx) / hw, (up - hy) / hh) - 1) * Math.min(hw, hh);
    const inHole = smoothstep(soft, -soft, out), onBand = smoothstep(hb + soft, hb - soft, out) * (1 - inHole);
    bandIn = Math.max(bandIn * (1 - inHole), onBand * (1 - skin));
    skin = Math.max(skin, inHole);
  }
  out.skin = skin; out.band = bandIn; out.shadow = shadow;
  return out;
}
