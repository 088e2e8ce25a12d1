// The body's skin and clothes as lofts that follow the skeleton each frame: a trunk shaped by build
// (shoulders, waist, hips, bust, belly), arms and legs that bend smoothly at elbows and knees, and a
// skirt when one is worn. Clothing is vertex colour on the same surface (a sleeve ends partway down
// the upper arm, shorts partway down the thigh); armour and suits get their own material.
import * as THREE from 'three';
import { BODY_KINDS } from '../../body/body-kinds';
import type { PersonPose } from '../../body/skeleton';
import { brushedSurface, clothSurface, patternedMaterial, skinSurface } from '../shading/surfaces';
import { jerseyNumber, type NumberFrame } from './jersey-number';
import { placeArmpits, type ArmpitJoints } from './armpit-folds';
import { clothFoldsPattern, type LimbJoints } from './cloth-folds';
import { necklinePattern, type ShoulderPlace } from './neckline';
import { chainPoint, Loft, setRing as set, type Ring } from './loft';
import { OUTFITS, type OutfitCut } from './outfits';
import { Hood } from './outfits/hood';
import { outfitMarks, skirtMarksPattern, type WaistPlace } from './outfits/front-pattern';
import { placeSkirt, SKIRT_RINGS } from './skirt';
import { ARM, ARM_FROM, ARM_RINGS, ARM_TO, HEM, HEM_SHADE, hemFrom, LEG, LEG_RINGS, limbColor, limbRings, LOOSE, RIB_LOOSE, SEG, SLEEVES } from './limb-profile';
import { hangSleeveRing, slidAlong, sleeveSlide } from './sleeve-hang';
import { smoothTable } from './smooth-table';
import { ARMOUR_STEEL, type BodyFrame, type PersonLook } from './types';
export type { BodyFrame } from './types';


// The neck's rings as shares of the kind's neck half-width (body/body-kinds.ts, the one home of how
// wide a man's, a woman's or a child's neck is): the collar's ring where the trapezius meets it, the
// base's depth (as deep as wide), and under the skull a little narrower.
const NECK = { collarWidth: 1.32, baseDepth: 1, topWidth: 0.88, topDepth: 0.97 } as const;

export class BodyMesh {
  readonly meshes: THREE.Mesh[] = [];
  private readonly trunk: Loft;
  private readonly limbs: { loft: Loft; joints: ['hipL' | 'hipR' | 'shoulderL' | 'shoulderR', 'kneeL' | 'kneeR' | 'elbowL' | 'elbowR', 'footL' | 'footR' | 'handL' | 'handR']; table: [number, number][]; s: number[]; cloth: (s: number) => number; folds: LimbJoints | null; hip: LimbJoints | null; edge: number; hangs: boolean }[] = [];
  private readonly skirt: Loft | null;
  private readonly hood: Hood | null;
  private readonly cut: OutfitCut | null;
  // Where the waist is in the collar's frame, for an outfit's marks (a hoodie's pocket sits on it).
  private readonly waist: WaistPlace = { upM: 0 };
  private readonly a = new THREE.Vector3();
  private readonly b = new THREE.Vector3();
  private readonly c = new THREE.Vector3();
  private readonly p = new THREE.Vector3();
  private readonly q = new THREE.Vector3();
  private readonly numberFrame: NumberFrame = { origin: new THREE.Vector3(), right: new THREE.Vector3(1, 0, 0), up: new THREE.Vector3(0, 1, 0), fwd: new THREE.Vector3(0, 0, 1) };
  // The same frame at the collar ring's centre, where the neckline is cut (neckline.ts).
  private readonly neckFrame: NumberFrame = { origin: new THREE.Vector3(), right: new THREE.Vector3(1, 0, 0), up: new THREE.Vector3(0, 1, 0), fwd: new THREE.Vector3(0, 0, 1) };
  // The shoulder joints in that frame, where a sleeveless top's armholes are cut.
  private readonly shoulders: ShoulderPlace = { acrossM: 0, upM: 0 };
  // The arms' joints where a sleeved shirt gathers at the armpits (armpit-folds.ts).
  private readonly armpits: ArmpitJoints = { shoulderL: new THREE.Vector3(), elbowL: new THREE.Vector3(), shoulderR: new THREE.Vector3(), elbowR: new THREE.Vector3(), right: new THREE.Vector3(), up: new THREE.Vector3() };

  constructor(private readonly look: PersonLook, private readonly H: number) {
    const skin = look.skin;
    const top = look.top.color, bottom = look.bottom.color;
    const cut = look.outfit ? OUTFITS[look.outfit.kind].cut : null;
    this.cut = cut;
    const sleeve = SLEEVES[look.top.kind];
    // (a skirt's cloth over the tops of the thighs, where a squat's seat shows them past its hoop:
    // bare, they showed as a patch of skin behind the skirt; standing, the skirt hides them)
    const legCover = { shorts: 0.36, trousers: 1.1, skirt: 0.2, armor: 1.1, suit: 1.1 }[look.bottom.kind];
    const hard = look.suit !== 'cloth';
    const limbMaterial = hard
      ? patternedMaterial(look.suit === 'metal' ? brushedSurface(ARMOUR_STEEL.roughness) : null, { roughness: look.suit === 'metal' ? ARMOUR_STEEL.roughness : 0.7, metalness: look.suit === 'metal' ? 1 : 0 })
      : patternedMaterial(clothSurface(this.rough), { roughness: this.rough });
    // Armour and space suits cover the trunk too: a knight's cuirass is the same brushed steel as
    // his arms and legs (as cloth it read as a grey jumper over a white loincloth).
    // A shirt's number is printed over the trunk's cloth (jersey-number.ts); an outfit's marks
    // (lapels, a pocket, buttons) over it too, and a suit's collar is its shirt's.
    const number = look.top.number;
    const marks = outfitMarks(look, this.neckFrame, this.waist, H);
    const shirt = look.top.neck === 'none' ? clothSurface(0.85) : necklinePattern(clothSurface(this.rough), this.neckFrame, look.top.neck, H, skin, look.outfit?.kind === 'suit' ? look.outfit.shirt : top, sleeve < 0 ? this.shoulders : null, sleeve < 0 ? null : this.armpits, marks);
    const trunkCloth = number === null ? shirt : jerseyNumber(shirt, this.numberFrame, number, H, top);
    const trunkMaterial = hard ? limbMaterial : patternedMaterial(trunkCloth, { roughness: this.rough });
    // The trunk: hips in the bottom colour up to the waistband, the top above. Two rings 3 mm
    // apart at the waistband keep the edge crisp (one span from the hips to the middle of the belly
    // blended the shirt into the trousers).
    // (under a skirt, the skirt's colour: the seat of a squat shows past the skirt's own cloth,
    // which the shirt's colour drew as a bare band; an outfit's hem hides the belt, a
    // knitted one's ribbed band over it)
    const below = bottom;
    const hem = hard ? top : top.clone().multiplyScalar(HEM_SHADE);
    const belt = cut?.coversWaist ? (cut.cuff === 'rib' ? hem : top) : hard ? below : look.bottom.kind === 'trousers' ? BELT : below.clone().multiplyScalar(HEM_SHADE);
    const paint = { bottom: below, belt, hem: cut?.coversWaist && cut.cuff !== 'rib' ? top : hem, top };
    this.trunk = new Loft(TRUNK_RINGS, 32, (r) => (r < WAIST_FROM ? below : r < WAIST_FROM + WAIST_BANDS.length ? paint[WAIST_BANDS[r - WAIST_FROM]!.paint] : r >= NECK_RING ? skin : top));
    this.add(this.trunk, trunkMaterial, 'torso');
    // Trousers and shorts gather where the belt draws them in: soft pleats under it, fading over the hips.
    if (!hard && (look.bottom.kind === 'trousers' || look.bottom.kind === 'shorts')) BELT_GATHERS.forEach(([ring, depth]) => { this.trunk.rings[ring]!.folds = BELT_GATHER_COUNT; this.trunk.rings[ring]!.foldDepth = depth; });
    for (const side of ['L', 'R'] as const) this.addLimbs(side, sleeve, legCover, limbMaterial);
    const coat = cut?.toKnees === true;
    this.skirt = look.bottom.kind === 'skirt' || coat ? new Loft(SKIRT_RINGS, 48, () => (coat ? top : bottom)) : null;
    const skirtCloth = clothSurface(coat ? this.rough : 0.9);
    if (this.skirt) this.add(this.skirt, patternedMaterial(coat && marks ? skirtMarksPattern(skirtCloth, this.neckFrame, marks) : skirtCloth, { roughness: coat ? this.rough : 0.9, side: THREE.DoubleSide }), 'skirt');
    this.hood = cut?.hood ? new Hood(top) : null;
    if (this.hood) this.add(this.hood.loft, limbMaterial, 'hood');
  }

  // The cloth's roughness: the outfit's, or a plain shirt's.
  private get rough(): number { return this.cut?.roughness ?? 0.85; }

  // One side's leg and arm, with their clothes' edges, hems and folds.
  private addLimbs(side: 'L' | 'R', sleeve: number, legCover: number, limbMaterial: THREE.Material): void {
    const { look } = this, skin = look.skin, top = look.top.color, bottom = look.bottom.color;
    const hard = look.suit !== 'cloth';
    const legHem = hemFrom(legCover, 1.02, HEM.leg, hard);
    const legS = limbRings(LEG_RINGS, -0.06, 1.02, legCover, legHem);
    const leg = new Loft(legS.length, SEG, (r, around) => limbColor('leg', legS[r]!, around, legHem, legCover, bottom, skin));
    const legFolds = this.foldsOver(legCover, true);
    this.add(leg, legFolds ? legFolds.material : legCover > 0 || hard ? limbMaterial : skinMaterial(), `leg${side}`);
    // (the cloth is sewn in snug at the shoulder or hip and hangs looser towards its hem; a ribbed
    // cuff gathers round the wrist)
    const loose = (k: number, edge: number, from = Infinity) => (s: number): number => (!hard && s < edge ? (s >= from ? RIB_LOOSE : 1 + (k - 1) * Math.min(1, Math.max(0, s / 0.15))) : 1);
    this.limbs.push({ loft: leg, joints: [`hip${side}`, `knee${side}`, `foot${side}`], table: LEG, s: legS, cloth: loose(LOOSE.leg, legCover), folds: legFolds?.joints ?? null, hip: legFolds?.hip ?? null, edge: legCover, hangs: false });
    const cuff = this.cut?.cuff ?? 'hem';
    const armHem = hemFrom(sleeve, ARM_TO, sleeve > ARM_TO ? (cuff === 'shirt' ? HEM.shirtCuff : HEM.cuff) : HEM.sleeve, hard);
    const armS = limbRings(ARM_RINGS, ARM_FROM, ARM_TO, sleeve, armHem);
    const band = cuff === 'shirt' ? look.outfit?.shirt : undefined;
    const arm = new Loft(armS.length, SEG, (r, around) => limbColor('arm', armS[r]!, around, armHem, sleeve, top, skin, band));
    const armFolds = this.foldsOver(sleeve, false);
    this.add(arm, armFolds ? armFolds.material : sleeve > 0 || hard ? limbMaterial : skinMaterial(), `arm${side}`);
    this.limbs.push({ loft: arm, joints: [`shoulder${side}`, `elbow${side}`, `hand${side}`], table: ARM, s: armS, cloth: loose(LOOSE.sleeve, sleeve, cuff === 'rib' ? armHem : Infinity), folds: armFolds?.joints ?? null, hip: null, edge: sleeve, hangs: !hard && sleeve > 0 });
  }

  update(pose: PersonPose, f: BodyFrame): void {
    this.updateTrunk(pose, f);
    placeArmpits(this.armpits, pose, f);
    const { H, look, a, b, c, p } = this;
    const g = look.build.girth;
    for (const limb of this.limbs) {
      a.fromArray(pose[limb.joints[0]]); b.fromArray(pose[limb.joints[1]]); c.fromArray(pose[limb.joints[2]]);
      if (limb.folds) { limb.folds.a.copy(a); limb.folds.b.copy(b); limb.folds.c.copy(c); limb.folds.front.copy(f.fwd); }
      // The hip's bend: from up the trunk, through the hip, to the knee.
      if (limb.hip) { limb.hip.a.copy(a).addScaledVector(f.up, HIP_BEND_H * H); limb.hip.b.copy(a); limb.hip.c.copy(b); limb.hip.front.copy(f.fwd); }
      // A sleeve's rings up to its edge slide with it on a raised arm (sleeve-hang.ts).
      const slid = limb.hangs ? sleeveSlide(a, b, limb.edge, ARM_TO) : 1;
      for (let i = 0; i < limb.s.length; i++) {
        const at = limb.s[i]!, s = slidAlong(at, limb.edge, slid);
        if (s < 0) p.copy(a).addScaledVector(b.clone().sub(a).normalize(), s * (a.distanceTo(b) + b.distanceTo(c)));
        else chainPoint(a, b, c, Math.min(1, s), p);
        const inner = limb.table === LEG ? this.innerThigh(pose, a, s, p) : 0;
        const skinR = smoothTable(limb.table, s) * H * g;
        const r = limb.hangs && at < limb.edge && s > 0 ? hangSleeveRing(a, b, c, s, Math.min(limb.edge, ARM_TO) * slid, skinR, skinR * limb.cloth(at), slid, H, p) : skinR * limb.cloth(at);
        set(limb.loft.rings[i]!, p, f.fwd, r * 1.04, r * 0.96 + inner);
      }
      limb.loft.commit();
    }
    if (this.skirt) { placeSkirt(this.skirt.rings, this.trunk.rings[SKIRT_TOP_RING]!, this.trunk.rings[HIP_RING]!, pose, f, this.H, this.look.build); this.skirt.commit(); }
  }

  // The thighs fill out on their inner side towards the middle, so the legs meet under the crotch
  // and part below it in an arch (centred on the hip joints, 0.1 H apart, with the knees splayed,
  // they stood 1.9% of height apart there, and the trunk's end showed between them as a
  // flat-topped notch). The ring's centre moves in by half the fill and it widens by the other half,
  // so the outer side of the thigh keeps its line. Most at the crotch's height; none at the thigh's
  // top (whose front would then graze the trunk's and show through it in jagged patches).
  // hip: the leg's hip joint; s: along the leg; p: the ring's centre, moved in place. Returns the
  // extra half-width across.
  private innerThigh(pose: PersonPose, hip: THREE.Vector3, s: number, p: THREE.Vector3): number {
    if (s <= 0 || s >= CROTCH.thighBlend) return 0;
    const fill = Math.sin((Math.PI * s) / CROTCH.thighBlend) * CROTCH.thighInH * this.H;
    const inward = this.q.fromArray(pose.pelvis).sub(hip);
    inward.y = 0;
    const len = inward.length();
    if (len < 1e-6) return 0;
    p.addScaledVector(inward, fill / 2 / len);
    return fill / 2;
  }

  private updateTrunk(pose: PersonPose, f: BodyFrame): void {
    const { H, look, p } = this;
    const bd = look.build;
    const pelvis = this.a.fromArray(pose.pelvis), chest = this.b.fromArray(pose.chest), neck = this.c.fromArray(pose.neck);
    const nf = this.numberFrame;
    nf.origin.copy(chest); nf.right.copy(f.right); nf.up.copy(f.up); nf.fwd.copy(f.fwd);
    const shL = new THREE.Vector3().fromArray(pose.shoulderL), shR = new THREE.Vector3().fromArray(pose.shoulderR);
    const sh = shL.clone().add(shR).multiplyScalar(0.5);
    // The shoulders reach out over the arms' joints (as fractions of height before girth), so each
    // arm's top rounds off inside the trunk instead of standing beside it with a notch between.
    const g = bd.girth;
    // The hips' and neck's widths for a man's, a woman's or a child's frame (body/body-kinds.ts).
    const kind = BODY_KINDS[look.face];
    const hip = kind.hipHalfWidth * bd.hips, nk = kind.neckHalfWidth;
    const over = (k: number, pad: number): number => (k * shL.distanceTo(shR) * 0.5 / H + pad) / g;
    // (where, half-width, half-depth) from the crotch to the base of the neck.
    const stations: [THREE.Vector3, number, number][] = [
      // The crotch ends narrow, inside the tops of the thighs, so the legs meet in an arch (ending
      // 0.055 H wide below where they meet, the trunk's open end was a flat-topped notch between them).
      [pelvis.clone().addScaledVector(f.up, CROTCH.downH * H), CROTCH.halfWidthH * bd.hips, CROTCH.halfDepthH],
      [pelvis.clone().addScaledVector(f.up, -0.042 * H), 0.98 * hip, 0.056],
      [pelvis.clone(), hip, 0.058 * Math.max(1, bd.belly * 0.95)],
      // The waist: the trousers' belt (or waistband), then the shirt's hem hanging a little proud
      // over it (WAIST_BANDS).
      ...WAIST_BANDS.map(({ upH, lip }): [THREE.Vector3, number, number] => [pelvis.clone().lerp(chest, 0.16).addScaledVector(f.up, upH * H), 0.94 * hip * lip, 0.057 * Math.max(1, bd.belly * 0.95) * lip]),
      [pelvis.clone().lerp(chest, 0.45), (0.6 * 0.84 * hip + 0.4 * 0.074 * bd.shoulders) * Math.min(1.1, bd.belly), 0.054 * bd.belly],
      [chest.clone().addScaledVector(f.up, -0.035 * H), 0.08 * bd.shoulders, 0.056 * Math.max(bd.belly * 0.9, 1) + 0.008 * bd.bust],
      [chest.clone(), 0.087 * bd.shoulders, 0.058 + 0.014 * bd.bust],
      [chest.clone().lerp(sh, 0.55), 0.093 * bd.shoulders, 0.054 + 0.006 * bd.bust],
      // The shoulder rounds over the deltoid as a quarter circle about 0.03 H across, from the
      // arm's outer side (the deltoid's widest, below the joint) up to the trapezius, which slopes
      // about 20 degrees down from the collar (as fractions of height over the joints' spread:
      // ending flat at the joint's height with a tight corner 0.01 H round, the shoulder read as
      // a box's).
      [sh.clone().addScaledVector(f.up, -0.022 * H), over(1, 0.031 * bd.shoulders), 0.048],
      [sh.clone().addScaledVector(f.up, -0.008 * H), over(1, 0.025 * bd.shoulders), 0.047],
      [sh.clone().addScaledVector(f.up, 0.002 * H), over(1, 0.019 * bd.shoulders), 0.045],
      [sh.clone().addScaledVector(f.up, 0.01 * H), over(1, 0.006), 0.042],
      [sh.clone().addScaledVector(f.up, 0.02 * H), over(0.68, 0), 0.039],
      // The trapezius slopes up from the shoulders into the neck, which the collar's edge (a crisp
      // step from the top's colour to skin, like the waistband) rings a little above its base; the
      // neck then runs up into the skull (whose underside is about 0.035 H above the neck's base):
      // ending at 0.02 H it left a gap of daylight under the jaw, and the head floated.
      [neck.clone().addScaledVector(f.up, 0.016 * H), NECK.collarWidth * nk, NECK.baseDepth * nk],
      // The neck is a little deeper than wide (0.029 H round, it read as a stalk under the head in
      // profile).
      [neck.clone().addScaledVector(f.up, 0.02 * H), nk, NECK.baseDepth * nk],
      [neck.clone().addScaledVector(f.up, 0.05 * H), NECK.topWidth * nk, NECK.topDepth * nk],
    ];
    const head = this.q.fromArray(pose.head);
    stations.forEach(([at, hw, hd], i) => {
      // The chest pushes forward with a bust; a stoop rounds the upper back forward: a quarter of
      // its reach at the shoulders' rings, half at the collar and the neck's base (the same for
      // both: stepping forward between two rings a few millimetres apart folded the skin over
      // itself, and the background showed through under the chin).
      const stoop = i < SHOULDER_RING ? 0 : i < NECK_RING - 1 ? 0.25 : 0.5;
      p.copy(at).addScaledVector(f.fwd, (i >= BUST_RINGS[0] && i <= BUST_RINGS[1] ? 0.008 * bd.bust : 0) * H + bd.stoop * 0.05 * H * stoop);
      // The neck's top runs on towards the skull's centre, into its underside, wherever the head
      // is carried (straight up the back, it stood behind a stooped man's jaw and left daylight
      // between his chin and his chest).
      if (i === NECK_RING + 1) ringCentre(this.trunk.rings[NECK_RING]!, p).lerp(head, NECK_TOP);
      const k = i < NECK_RING - 1 ? g : 1;
      set(this.trunk.rings[i]!, p, f.right, hw * H * k, hd * H * k, i < SHOULDER_RING ? TRUNK_ROUNDNESS : 2);
    });
    this.trunk.commit();
    const cut = this.neckFrame;
    ringCentre(this.trunk.rings[NECK_RING - 1]!, cut.origin); cut.right.copy(f.right); cut.up.copy(f.up); cut.fwd.copy(f.fwd);
    this.shoulders.acrossM = shL.distanceTo(shR) / 2; this.shoulders.upM = sh.sub(cut.origin).dot(f.up);
    const w = this.trunk.rings[WAIST_FROM + 2]!;
    this.waist.upM = (w.cx - cut.origin.x) * f.up.x + (w.cy - cut.origin.y) * f.up.y + (w.cz - cut.origin.z) * f.up.z;
    this.hood?.update(this.trunk.rings[NECK_RING - 1]!, this.trunk.rings, f, H);
  }

  // A sleeve or trouser leg of cloth that covers the elbow or knee folds where it bends, with its
  // own material (the pattern reads its joints); a trouser leg is pressed with a crease, and folds
  // across the front of the hip too as the thigh lifts.
  private foldsOver(cover: number, leg: boolean): { joints: LimbJoints; hip: LimbJoints | null; material: THREE.Material } | null {
    if (this.look.suit !== 'cloth' || cover < FOLDS_FROM) return null;
    const joints = (): LimbJoints => ({ a: new THREE.Vector3(), b: new THREE.Vector3(), c: new THREE.Vector3(), front: new THREE.Vector3() });
    const knee = joints(), hip = leg ? joints() : null;
    const crease = leg && this.look.bottom.kind === 'trousers';
    return { joints: knee, hip, material: patternedMaterial(clothFoldsPattern(clothSurface(this.rough), knee, this.H, crease, hip ?? undefined), { roughness: this.rough }) };
  }

  private add(loft: Loft, material: THREE.Material, name: string): void {
    const mesh = new THREE.Mesh(loft.geometry, material);
    mesh.name = name;
    mesh.frustumCulled = false;
    this.meshes.push(mesh);
  }
}

// The crotch: the trunk's end below the pelvis, and how far the thighs fill out inward at its
// height (fractions of height), over the leg's first thighBlend (0 at the hip, 1 at the foot).
export const CROTCH = { downH: -0.062, halfWidthH: 0.03, halfDepthH: 0.03, thighInH: 0.016, thighBlend: 0.36 } as const;
// The waist's rings up from the first after the pelvis's (heights above the waist as fractions of
// height, how much wider than the bare waist, what colour): the belt's lower edge (a pair 0.0015 H
// apart for a crisp edge), its top, the shirt's hem (a turned fold, darker, 3.5% proud of the belt),
// and the shirt above it. A 1.8 m man's belt is 2.9 cm wide and the hem 1.8 cm.
const WAIST_FROM = 3;
const WAIST_BANDS: readonly { upH: number; lip: number; paint: 'bottom' | 'belt' | 'hem' | 'top' }[] = [
  { upH: -0.016, lip: 1, paint: 'bottom' }, { upH: -0.0145, lip: 1.012, paint: 'belt' }, { upH: 0, lip: 1.012, paint: 'belt' },
  { upH: 0.002, lip: 1.035, paint: 'hem' }, { upH: 0.012, lip: 1.035, paint: 'hem' }, { upH: 0.0135, lip: 1.03, paint: 'top' },
];
// How far up the trunk from the hip the hip's bend is measured from (a share of height).
const HIP_BEND_H = 0.15;
// How far down a limb its cloth must reach for the folds at its elbow or knee (halfway) to show.
const FOLDS_FROM = 0.62;
// A leather belt's dark brown (linear).
const BELT = new THREE.Color(0x2b2019);
// The trunk's ring where a skirt starts (the shirt's hem's first, just above the belt; its top
// ring sits on it, a little proud).
const SKIRT_TOP_RING = WAIST_FROM + 3;
// The trunk's ring at the pelvis (the hips' widest), where a skirt starts to flare.
const HIP_RING = 2;
// The belt's gathers: on the trunk's ring at the belt's lower edge and on the hips' below it (ring,
// how far the pleats swell out: a share of its radius), and how many round the waist.
const BELT_GATHERS: readonly [number, number][] = [[WAIST_FROM, 0.02], [HIP_RING, 0.008]];
const BELT_GATHER_COUNT = 10;
// The rings a bust pushes forward: below the chest, at it, and between it and the shoulders.
const BUST_RINGS = [WAIST_FROM + WAIST_BANDS.length + 1, WAIST_FROM + WAIST_BANDS.length + 3] as const;
const NECK_RING = 19;
const TRUNK_RINGS = NECK_RING + 2;
// How far from the neck's base ring towards the skull's centre its top ring is: inside the skull's
// underside (about a third of the way) whichever way the head tips.
const NECK_TOP = 0.4;
const ringCentre = (r: Ring, out: THREE.Vector3): THREE.Vector3 => out.set(r.cx, r.cy, r.cz);
// The trunk's widest ring at the shoulders.
const SHOULDER_RING = BUST_RINGS[1] + 1;
// The trunk's cross-section below the shoulders: a rounded rectangle more than an ellipse
// (superellipse exponent), so its sides are blunt, not a ridge.
const TRUNK_ROUNDNESS = 2.5;

function skinMaterial(): THREE.MeshStandardMaterial {
  return patternedMaterial(skinSurface(), { roughness: 0.55 });
}
