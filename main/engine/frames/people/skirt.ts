// A skirt, or a coat's skirt below its waist (outfits/raincoat.ts): it hugs the trunk from the
// waistband over the hips (a little proud of it, so no ledge opens at the waist to show its inside)
// and flares from there to a hem just below the knees, each ring wide and deep enough to hold both
// thighs where they are (a stride swings them out front and back). When the thighs come up towards
// level (a squat, a crouch) the cloth no longer hangs from the hips as a bell: it lies over the
// thighs and its spare hem sags below them between the knees (skirt-drape.ts).
import * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';
import { LEG } from './limb-profile';
import { setRing, type Ring } from './loft';
import { drapedRing, thighsLevel } from './skirt-drape';
import { smoothTable } from './smooth-table';
import type { BodyFrame, Build } from './types';

// A skirt's folds round its hem, and how far they swell out there (a share of its radius).
const SKIRT_FOLDS = { count: 7, depth: 0.09 } as const;
// Over level thighs, the hips' ring moves back behind the seat (a share of the hips' depth), so the
// cloth covers the seat; at the hips it opened a hoop showing the thighs' backs bare beside it.
const SEAT_BACK = 0.6;
// ...and down (a share of the hips' depth): the cloth hangs down behind the seat, as a skirt or a
// coat's tail does, rather than standing out level from the waist.
const SEAT_DROP = 0.8;

const a = new THREE.Vector3(), b = new THREE.Vector3(), c = new THREE.Vector3(), p = new THREE.Vector3();
const thigh = new THREE.Vector3(), hip = new THREE.Vector3(), knee = new THREE.Vector3();
const thighL = new THREE.Vector3(), thighR = new THREE.Vector3(), along = new THREE.Vector3(), hipsAt = new THREE.Vector3();
const thighs = [thighL, thighR] as const;

// rings: the skirt's; top: the trunk's ring it starts on; hips: the trunk's at the hips' widest.
export function placeSkirt(rings: Ring[], top: Ring, hips: Ring, pose: PersonPose, f: BodyFrame, H: number, build: Build): void {
  const knees = b.fromArray(pose.kneeL).add(c.fromArray(pose.kneeR)).multiplyScalar(0.5);
  hipsAt.set(hips.cx, hips.cy, hips.cz);
  const hem = a.copy(hipsAt).lerp(knees, 1.05);
  const baseW = hips.ra + 0.006 * H, baseD = hips.rb + 0.006 * H;
  const hemW = 0.15 * H * build.hips, hemD = 0.122 * H;
  const level = thighsLevel(pose);
  // The way from the hips to the hem.
  along.copy(hem).sub(hipsAt);
  for (let i = 0; i < rings.length; i++) {
    if (i === 0) {
      setRing(rings[i]!, p.set(top.cx, top.cy, top.cz), f.right, top.ra + 0.003 * H, top.rb + 0.003 * H);
      continue;
    }
    const k = (i - 1) / (rings.length - 2);
    p.copy(hipsAt).lerp(hem, k);
    let w = baseW + (hemW - baseW) * k, d = baseD + (hemD - baseD) * k;
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
    // Level thighs: the ring lies over them instead, blended in from the hips, whose own ring goes
    // back behind the seat.
    const blend = level * Math.min(1, k / 0.3);
    if (k === 0 && level > 0) {
      p.addScaledVector(along, -SEAT_BACK * baseD * level / (along.length() || 1));
      p.y -= SEAT_DROP * baseD * level;
    } else if (blend > 0) {
      const drape = drapedRing(p, along, f.right, thighs, r, k, H);
      p.lerp(drape.centre, blend);
      w += (drape.w - w) * blend;
      d += (drape.d - d) * blend;
    }
    setRing(rings[i]!, p, f.right, w, d);
    // Folds that deepen from the hips to the hem, so it hangs as cloth, not a cone.
    rings[i]!.folds = SKIRT_FOLDS.count; rings[i]!.foldDepth = SKIRT_FOLDS.depth * k;
  }
}
