// Hair's sheen: light glancing off strands, not off a smooth shell. A strand is a thin cylinder, so
// its highlight is brightest where the half vector is square to the strand (Kajiya and Kay 1989):
// sin(strand, half)^n, a band that runs across the strands and slides along them as the head turns,
// instead of GGX's round spot. Two lobes, as in Marschner's measurements: light reflected off the
// cuticle (near white, tilted towards the root by the scales' slope) and light that passed through
// the fibre and back out (the hair's own colour, broader, tilted the other way). The pattern gives
// the strand's direction (tx, ty, tz, square to the normal) and the sheen's strength; the C++ twin
// is native/render/src/light-lanes.h hairSheen, the same arithmetic in the same order.

// The lobes' tilts along the normal (the sines of the cuticle's angles, about 5 and 15 degrees
// either way), their strengths, and their sharpness as sin^2 raised to a power of two.
export const HAIR_SHEEN = { rootTilt: -0.09, tipTilt: 0.26, reflect: 0.09, through: 0.5 } as const;
const ROOT_NORM = 1 / Math.sqrt(1 + HAIR_SHEEN.rootTilt * HAIR_SHEEN.rootTilt);
const TIP_NORM = 1 / Math.sqrt(1 + HAIR_SHEEN.tipTilt * HAIR_SHEEN.tipTilt);

// The sheen (per unit of irradiance) for strand direction t, normal n and half vector h (all unit),
// albedo r, g, b, strength k, into out[0..2].
export function hairSheen(tH: number, nH: number, r: number, g: number, b: number, k: number, out: Float64Array): void {
  // Tilting the strand by a along the normal: (t + a n) . h / |t + a n|, t square to n.
  const c1 = (tH + HAIR_SHEEN.rootTilt * nH) * ROOT_NORM;
  const c2 = (tH + HAIR_SHEEN.tipTilt * nH) * TIP_NORM;
  let s1 = 1 - c1 * c1, s2 = 1 - c2 * c2;
  s1 = s1 > 0 ? s1 : 0;
  s2 = s2 > 0 ? s2 : 0;
  // sin^128 and sin^32: a band a dozen degrees wide, and the coloured one about twice that.
  const a2 = s1 * s1, a4 = a2 * a2, a8 = a4 * a4, a16 = a8 * a8, a32 = a16 * a16, a64 = a32 * a32;
  const b2 = s2 * s2, b4 = b2 * b2, b8 = b4 * b4, b16 = b8 * b8;
  const white = k * HAIR_SHEEN.reflect * a64;
  const tint = k * HAIR_SHEEN.through * b16;
  out[0] = white + tint * r;
  out[1] = white + tint * g;
  out[2] = white + tint * b;
}
