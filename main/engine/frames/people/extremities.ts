// Hands (a palm, jointed fingers and a thumb: frames/hands/hand-mesh.ts, relaxed, palms towards the
// thighs) and shoes (upper and sole: shoe.ts), placed from the wrist and ankle joints each frame.
import * as THREE from 'three';
import { BODY, type PersonPose } from '../../body/skeleton';
import { HAND_OWNER_HEIGHT_M } from '../../hands/hand-shape';
import { HandMesh, RELAXED_CURL } from '../hands/hand-mesh';
import { patternedMaterial, skinSurface } from '../shading/surfaces';
import { ARM_TO, limbSkinTint } from './limb-profile';
import { placeEllipsoid, posedMesh } from './place';
import { shoeGeometry } from './shoe';
import { ARMOUR_STEEL, type PersonLook } from './types';

const SHOE = shoeGeometry();
// A shoe's size as fractions of height: half-width, height at the collar, half-length; and the sole's
// thickness. The ankle sits SHOE_SIZE.ankleBack of the half-length behind the shoe's middle.
export const SHOE_SIZE = { halfWidthH: 0.029, heightH: 0.062, halfLengthH: 0.074, soleH: 0.014, ankleBack: 0.47 } as const;

export class Extremities {
  private readonly m: Record<string, THREE.Mesh> = {};
  private readonly hands: Record<'L' | 'R', HandMesh>;
  private readonly along = new THREE.Vector3();
  private readonly side = new THREE.Vector3();
  private readonly c = new THREE.Vector3();
  private readonly elbow = new THREE.Vector3();
  private readonly back = new THREE.Vector3();
  private readonly flatFwd = new THREE.Vector3();
  private readonly flatRight = new THREE.Vector3();
  private readonly yUp = new THREE.Vector3(0, 1, 0);
  private readonly shoeUp = new THREE.Vector3();
  private readonly shoeFwd = new THREE.Vector3();
  private readonly shoeLeft = new THREE.Vector3();

  constructor(group: THREE.Group, private readonly look: PersonLook, private readonly H: number) {
    const hard = look.suit !== 'cloth';
    const hand = hard
      ? new THREE.MeshStandardMaterial({ color: look.suit === 'metal' ? ARMOUR_STEEL.color : 0xe0e0dc, roughness: look.suit === 'metal' ? ARMOUR_STEEL.roughness : 0.7, metalness: look.suit === 'metal' ? 1 : 0 })
      // (as warm as the wrist's end of the forearm, limb-profile.ts, so the two meet without a seam)
      : patternedMaterial(skinSurface(), { color: limbSkinTint('arm', ARM_TO, 0.25, new THREE.Color()).multiply(look.skin), roughness: 0.55 });
    const shoe = new THREE.MeshStandardMaterial({ color: look.shoes, roughness: look.suit === 'metal' ? ARMOUR_STEEL.roughness : 0.6, metalness: look.suit === 'metal' ? 1 : 0 });
    const sole = new THREE.MeshStandardMaterial({ color: 0x2a2a2a, roughness: 0.9 });
    // A child's hand is smaller; a heavier build's a little broader.
    const handScale = (H / HAND_OWNER_HEIGHT_M) * Math.sqrt(look.build.girth);
    const handOf = (s: string): HandMesh => new HandMesh((geometry, name) => posedMesh(group, geometry, hand, `${name}${s}`), handScale);
    this.hands = { L: handOf('L'), R: handOf('R') };
    for (const s of ['L', 'R']) {
      this.m[`shoe${s}`] = posedMesh(group, SHOE, shoe, `shoe${s}`);
      this.m[`sole${s}`] = posedMesh(group, SHOE, sole, `sole${s}`);
    }
  }

  // The hand on one side is drawn by something else (their own hand at work, frames/hands/).
  hideHand(side: 'L' | 'R'): void {
    for (const part of this.hands[side].parts) part.visible = false;
  }

  update(pose: PersonPose, fwd: THREE.Vector3, facing: number): void {
    const { along, side, c } = this;
    this.flatFwd.set(fwd.x, 0, fwd.z);
    if (this.flatFwd.lengthSq() < 1e-6) this.flatFwd.set(Math.cos(facing), 0, -Math.sin(facing));
    this.flatFwd.normalize();
    this.flatRight.crossVectors(this.flatFwd, this.yUp).normalize();
    for (const s of ['L', 'R'] as const) {
      const hand = c.fromArray(pose[`hand${s}`]);
      along.copy(hand).sub(this.elbow.fromArray(pose[`elbow${s}`])).normalize();
      // The thumb forward (the body's front, square to the forearm), the back of the hand out to
      // the side: a left hand's frame is right-handed, a right hand's its mirror image.
      side.copy(fwd).addScaledVector(along, -fwd.dot(along));
      if (side.lengthSq() < 1e-6) side.set(1, 0, 0);
      side.normalize();
      this.back.crossVectors(side, along).multiplyScalar(s === 'L' ? 1 : -1).normalize();
      this.hands[s].update(hand, along, this.back, side, RELAXED_CURL, null);
      this.placeShoe(s, new THREE.Vector3().fromArray(pose[`foot${s}`]), pose.pelvis);
    }
  }

  // Shoes point where the body faces, resting on the ankle. A raised ankle behind the hips is a heel
  // coming up (the shoe pitches toes down, rolling over its toes); in front, a heel striking (toes
  // up); flat on the ground, flat.
  private placeShoe(s: 'L' | 'R', foot: THREE.Vector3, pelvis: readonly number[]): void {
    const { m, H, c } = this;
    const k = this.look.build.girth;
    const rise = Math.max(0, foot.y - BODY.ankleHeight * H);
    const ahead = THREE.MathUtils.clamp((foot.x - (pelvis[0] ?? 0)) * this.flatFwd.x + (foot.z - (pelvis[2] ?? 0)) * this.flatFwd.z, -0.1 * H, 0.1 * H) / (0.1 * H);
    const pitch = ahead * Math.asin(Math.min(0.9, rise / (0.11 * H)));
    this.shoeUp.copy(this.yUp).applyAxisAngle(this.flatRight, pitch);
    this.shoeFwd.crossVectors(this.shoeUp, this.flatRight).normalize();
    // The shoe's frame: across towards its left, so that (left, up) makes its z the toe's way.
    this.shoeLeft.copy(this.flatRight).negate();
    const L = SHOE_SIZE.halfLengthH * H;
    // The underside under the shoe's middle: ahead of the ankle, at the ankle's height below it.
    c.copy(foot).addScaledVector(this.shoeFwd, SHOE_SIZE.ankleBack * L).addScaledVector(this.shoeUp, -BODY.ankleHeight * H);
    // Never through the floor (a toe pitched down pivots on the ground).
    c.y = Math.max(0, c.y);
    // The sole: the same outline a little larger, squashed flat; the upper sits on it, so a band of
    // sole shows round the foot's bottom edge.
    placeEllipsoid(m[`sole${s}`]!, c, this.shoeLeft, this.shoeUp, (SHOE_SIZE.halfWidthH + 0.002) * H * k, SHOE_SIZE.soleH * H, L + 0.003 * H);
    c.addScaledVector(this.shoeUp, 0.5 * SHOE_SIZE.soleH * H);
    placeEllipsoid(m[`shoe${s}`]!, c, this.shoeLeft, this.shoeUp, SHOE_SIZE.halfWidthH * H * k, (SHOE_SIZE.heightH - 0.5 * SHOE_SIZE.soleH) * H, L);
  }
}
