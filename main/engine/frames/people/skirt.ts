// A skirt, or a coat's skirt below its waist (outfits/raincoat.ts): it hugs the trunk from the
// waistband over the hips (a little proud of it, so no ledge opens at the waist to show its inside)
// and flares from there to a hem just below the knees, each ring wide and deep enough to hold both
// thighs where they are (a stride swings them out front and back). When the thighs come up towards
// level (a squat, a crouch) the cloth no longer hangs from the hips as a bell: it lies over the
// thighs, sags between them, and its hem falls from the knees (skirt-drape.ts).
import * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';
import { LEG } from './limb-profile';
import { setRing, type Ring } from './loft';
import { drapedRing, fallenHem, thighsLevel } from './skirt-drape';
import { smoothTable } from './smooth-table';
import type { BodyFrame, Build } from './types';

// The skirt's rings: the waistband's, the hips', five down to the hem. Over level thighs all but the
// last lie along the thighs to the knees and the last (the hem) has fallen from them.
export const SKIRT_RINGS = 8;
// A skirt's folds round its hem, and how far they swell out there (a share of its radius).
const SKIRT_FOLDS = { count: 7, depth: 0.09 } as const;
// Over level thighs, the hips' ring moves back behind the seat (a share of the hips' depth), so the
// cloth covers the seat; at the hips it opened a hoop showing the thighs' backs bare beside it.
// Only so far, and not down: further back (0.6) and down (0.8 of the depth) its ring's lower back
// stood out behind the seat as a pointed tail, 0.12 H below the pelvis, seen from the side.
const SEAT_BACK = 0.3;

const a = new THREE.Vector3(), b = new THREE.Vector3(), c = new THREE.Vector3(), p = new THREE.Vector3();
const thigh = new THREE.Vector3(), hip = new THREE.Vector3(), knee = new THREE.Vector3(), q = new THREE.Vector3();
const thighL = new THREE.Vector3(), thighR = new THREE.Vector3(), along = new THREE.Vector3(), hipsAt = new THREE.Vector3();
const thighs = [thighL, thighR] as const;

interface Span { hem: THREE.Vector3; knees: THREE.Vector3; baseW: number; baseD: number; hemW: number; hemD: number }

// A standing ring k of the way from the hips to the hem: its centre (into `p`) and half-width and
// half-depth, wide and deep enough to hold both thighs there (their axis points go into `thighs`).
function hangingRing(s: Span, k: number, pose: PersonPose, f: BodyFrame, H: number, build: Build): { w: number; d: number; r: number } {
  p.copy(hipsAt).lerp(s.hem, k);
  let w = s.baseW + (s.hemW - s.baseW) * k, d = s.baseD + (s.hemD - s.baseD) * k;
  // The thigh's radius there, with room round it.
  const r = smoothTable(LEG, 0.5 * k) * H * build.girth + 0.006 * H;
  for (const side of ['L', 'R'] as const) {
    thigh.copy(hip.fromArray(pose[`hip${side}`])).lerp(knee.fromArray(pose[`knee${side}`]), Math.min(1, k * 1.05));
    (side === 'L' ? thighL : thighR).copy(thigh);
    thigh.sub(p);
    // An ellipse through the thigh's outer points.
    w = Math.max(w, 1.2 * (Math.abs(thigh.dot(f.right)) + r));
    d = Math.max(d, 1.2 * (Math.abs(thigh.dot(f.fwd)) + r));
  }
  return { w, d, r };
}

// rings: the skirt's; top: the trunk's ring it starts on; hips: the trunk's at the hips' widest.
export function placeSkirt(rings: Ring[], top: Ring, hips: Ring, pose: PersonPose, f: BodyFrame, H: number, build: Build): void {
  const knees = b.fromArray(pose.kneeL).add(c.fromArray(pose.kneeR)).multiplyScalar(0.5);
  hipsAt.set(hips.cx, hips.cy, hips.cz);
  const span: Span = { hem: a.copy(hipsAt).lerp(knees, 1.05), knees, baseW: hips.ra + 0.006 * H, baseD: hips.rb + 0.006 * H, hemW: 0.15 * H * build.hips, hemD: 0.122 * H };
  const level = thighsLevel(pose);
  const R = rings.length;
  // The way from the hips to the hem.
  along.copy(span.hem).sub(hipsAt);
  setRing(rings[0]!, p.set(top.cx, top.cy, top.cz), f.right, top.ra + 0.003 * H, top.rb + 0.003 * H);
  let lastW = 0;
  for (let i = 1; i < R; i++) {
    const k = (i - 1) / (R - 2);
    let { w, d } = hangingRing(span, k, pose, f, H, build);
    if (level > 0) {
      // Level thighs: the rings lie over them instead (all but the hem, spread out to the knees),
      // blended in from the hips, whose own ring goes back behind the seat; the hem falls from the
      // knees.
      const kt = Math.min(1, (i - 1) / (R - 3));
      if (i === 1) {
        p.addScaledVector(along, -SEAT_BACK * span.baseD * level / (along.length() || 1));
      } else {
        const drape = i === R - 1 ? fallenHem(knees, f, lastW, H) : drapedAlong(span, kt, pose, f, H, build);
        if (i < R - 1) lastW = drape.w;
        const blend = level * Math.min(1, kt / 0.3);
        p.lerp(q.copy(drape.centre), blend);
        w += (drape.w - w) * blend;
        d += (drape.d - d) * blend;
      }
    }
    setRing(rings[i]!, p, f.right, w, d);
    // Folds that deepen from the hips to the hem, so it hangs as cloth, not a cone.
    rings[i]!.folds = SKIRT_FOLDS.count; rings[i]!.foldDepth = SKIRT_FOLDS.depth * k;
  }
}

// The ring kt of the way from the hips to the knees over level thighs. `p` is kept.
function drapedAlong(s: Span, kt: number, pose: PersonPose, f: BodyFrame, H: number, build: Build): { centre: THREE.Vector3; w: number; d: number } {
  const keep = c.copy(p);
  const { r } = hangingRing(s, kt, pose, f, H, build);
  const drape = drapedRing(p, along, f.right, thighs, r, kt, H);
  p.copy(keep);
  return drape;
}
