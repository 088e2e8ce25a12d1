// The limbs' shapes along their chains and where their clothes end: girth profiles for the legs and
// arms, how loose a sleeve or trouser leg hangs, and the rings that keep a cloth's edge and its hem
// crisp (body-mesh.ts lofts them).
import * as THREE from 'three';
import type { TopKind } from './types';
// Radius profiles along a chain (s from 0 at the root joint to 1 at the end), as fractions of height.
export const LEG: [number, number][] = [[-0.06, 0.03], [-0.03, 0.048], [0, 0.054], [0.2, 0.047], [0.45, 0.034], [0.52, 0.032], [0.62, 0.035], [0.8, 0.027], [0.96, 0.02], [1.02, 0.019]];
// The arm: its top end a small dome that rounds off inside the shoulder (not a flat cap standing out
// of it like an epaulette), the upper arm swelling to the deltoid a third of the way down it (where
// the shoulder's curve meets it: a full-width arm at the joint stood out of the curve as a square
// corner) and tapering to the elbow, the forearm swelling just below the elbow and narrowing to the
// wrist (an even tube read as a pipe).
export const ARM_FROM = -0.02;
// Where the arm's sleeve ends at the longest and the hand takes over (a share of the arm's length).
export const ARM_TO = 0.93;
export const ARM: [number, number][] = [
  [ARM_FROM, 0.006], [-0.013, 0.014], [-0.006, 0.02], [0, 0.024], [0.03, 0.028], [0.08, 0.031], [0.13, 0.032], [0.3, 0.026],
  [0.45, 0.0215], [0.51, 0.0205], [0.58, 0.024], [0.68, 0.0235], [0.85, 0.0172], [0.93, 0.0155], [1, 0.015],
];
// How much looser than the limb a sleeve or a trouser leg is: the cloth stands off the skin and its
// hem is a step down onto it.
export const LOOSE = { sleeve: 1.16, leg: 1.08 } as const;
export const LEG_RINGS = 18, ARM_RINGS = 22, SEG = 16;
// How far each top's sleeves reach down the arm (a share of it; none on a sleeveless top, past the
// hand's start for long sleeves).
export const SLEEVES: Record<TopKind, number> = { tshirt: 0.3, jersey: -1, tank: -1, longsleeve: 0.97, coat: 0.97, armor: 1.1, suit: 1.1, jacket: 0.97, hoodie: 0.97, raincoat: 0.97 };
// How much looser than the wrist a ribbed cuff is (gathered to it).
export const RIB_LOOSE = 1.03;


// Where a limb's rings sit along it (s as in the profiles): n evenly from `from` to `to`, plus a
// pair a hair apart at a sleeve's or trouser leg's edge, so the cloth ends crisply (between two even
// rings, 2% of height apart, it faded into the skin as a purple band), and another where its hem's
// band starts. Between the edge's pair, a ring on the skin in the shade of the cloth's inside (its
// lip): the cloth's ring stands off the limb (more below a hanging sleeve), and the step from it to
// the skin is the opening, which read as a flat collar of cloth without it.
export function limbRings(n: number, from: number, to: number, edge: number, hem: number): number[] {
  const s = Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
  for (const at of [edge, hem]) if (at > from && at < to) s.push(at - CUFF / 2, at + CUFF / 2);
  if (edge > from && edge < to) s.push(edge);
  return s.sort((a, b) => a - b);
}
// Whether a ring at s is the lip inside a cloth's edge (limbRings puts one there), and the lip's
// shade of the cloth's colour.
export const isLip = (s: number, edge: number): boolean => Math.abs(s - edge) < CUFF / 4;
export const LIP_SHADE = 0.3;
// Where a sleeve's or trouser leg's hem (or a long sleeve's cuff at the wrist) starts: its band's
// width back from the edge, or from the limb's end when the cloth runs past it; none on armour.
// The band is a turned-back fold, a shade darker than the cloth (without it a sleeve ended as if
// cut with scissors).
export function hemFrom(edge: number, to: number, width: number, hard: boolean): number {
  return hard ? Infinity : Math.min(edge, to) - width;
}
// Hem and cuff widths along the chain (a 1.8 m man: a sleeve's 2 cm hem, a 3 cm cuff, shorts' 2.6 cm).
// A shirt's cuff past a jacket's sleeve: 1.2 cm.
export const HEM = { sleeve: 0.035, cuff: 0.05, shirtCuff: 0.022, leg: 0.03 } as const;
export const HEM_SHADE = 0.8;
const CUFF = 0.005;

// The skin's colour along a bare limb as multipliers of its own, as the face has (skull.ts
// skinTint; one flat hue read as a painted doll's): redder over the back of the elbow and the front
// of the knee, where the skin is creased and thin; warmer towards the wrist and hand; paler and
// cooler on the inside of the forearm. s along the chain; around the ring from its front (0) to
// its back (0.5).
export function limbSkinTint(limb: 'arm' | 'leg', s: number, around: number, out: THREE.Color): THREE.Color {
  const back = (1 - Math.cos(2 * Math.PI * around)) / 2;
  const bump = (x: number, at: number, w: number): number => Math.exp(-(((x - at) / w) ** 2));
  if (limb === 'leg') {
    const knee = bump(s, 0.5, 0.05) * (1 - back);
    return out.setRGB(1 + 0.05 * knee, 1 - 0.05 * knee, 1 - 0.05 * knee);
  }
  const elbow = bump(s, 0.5, 0.05) * back, wrist = Math.min(1, Math.max(0, (s - 0.7) / 0.23));
  const inner = (1 - back) * bump(s, 0.72, 0.12);
  return out.setRGB(1 + 0.07 * elbow + 0.04 * wrist - 0.03 * inner, 1 - 0.06 * elbow - 0.01 * wrist + 0.01 * inner, 1 - 0.06 * elbow - 0.03 * wrist + 0.04 * inner);
}
// A limb's vertex colour at s along it: its cloth up to the hem's band, the band a shade darker, the
// cloth's dark inside at its edge's lip, then the bare limb's skin. band: the band's own colour (a
// shirt's cuff showing past a jacket's sleeve), or the cloth's shade.
export function limbColor(limb: 'arm' | 'leg', s: number, around: number, hem: number, edge: number, cloth: THREE.Color, skin: THREE.Color, band?: THREE.Color): THREE.Color {
  if (s < hem) return cloth;
  if (isLip(s, edge)) return (band ?? cloth).clone().multiplyScalar(LIP_SHADE);
  return s < edge ? (band ?? cloth.clone().multiplyScalar(HEM_SHADE)) : limbSkinTint(limb, s, around, new THREE.Color()).multiply(skin);
}
