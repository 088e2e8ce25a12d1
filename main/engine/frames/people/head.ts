// A head: a skull with the face modelled into it (nose, brow, cheeks, lips and jaw by the kind of
// face: skull.ts), eyes set into it (whites, irises and lids: eyes.ts), eyebrows and lips laid on it
// (face-features.ts), shaped ears (ear.ts), and a mouth that opens with the jaw's opening (speech
// drops the pose's chin), hair grown from the skull to a hairline (hair-cap.ts) with the look's
// style and what the style adds (a ponytail, a bun, braids: hair-pieces.ts), a fringe (fringe.ts), a
// beard, and headwear (a knight's helm, a space helmet's gold visor, a chef's hat).
import * as THREE from 'three';
import { BODY } from '../../body/skeleton';
import { CURL_CELL } from '../shading/curl-lattice';
import { brushedSurface, hairSurface, patternedMaterial, skinSurface } from '../shading/surfaces';
import { BEARD_PROUD, beardGeometry, MOUSTACHE } from './beard';
import { EAR_AT, earGeometry } from './ear';
import { EYE_PROUD, eyeShapes, irisColor, lidRaise, type EyeShapes } from './eyes';
import { FEATURE_PROUD, faceFeatures, lipColor, LOWER_LIP_DROP_RAD, type FaceFeatures } from './face-features';
import { fringeGeometry } from './fringe';
import { CAP_STYLES, hairCapGeometry } from './hair-cap';
import { HAIR_PIECES, type HairPiece } from './hair-pieces';
import { CHEF_HAT, pressUnderChefHat } from './hat-press';
import { lowerLipOut, MouthOpening } from './mouth';
import { swingAbout } from './hair-swing';
import { FALL_PIVOT_U, fallsLong, longHairGeometry } from './long-hair';
import { placeEllipsoid, placeSegment, posedMesh } from './place';
import { SKULL_RADII } from './skull';
import { ARMOUR_STEEL, type PersonLook } from './types';

// What each kind of face builds once: the skull and what lies on it, the beard cut from it, the eyes.
const FACES = new Map<string, { features: FaceFeatures; beard: THREE.BufferGeometry; eyes: { L: EyeShapes; R: EyeShapes } }>();
function faceOf(kind: PersonLook['face']): { features: FaceFeatures; beard: THREE.BufferGeometry; eyes: { L: EyeShapes; R: EyeShapes } } {
  let f = FACES.get(kind);
  if (!f) {
    const features = faceFeatures(kind);
    FACES.set(kind, (f = { features, beard: beardGeometry(features.skull), eyes: { L: eyeShapes(kind, 1), R: eyeShapes(kind, -1) } }));
  }
  return f;
}
// A fringe is the same for every face of a kind: built once.
const FRINGES = new Map<PersonLook['face'], THREE.BufferGeometry>();
function fringeOf(kind: PersonLook['face']): THREE.BufferGeometry {
  let g = FRINGES.get(kind);
  if (!g) FRINGES.set(kind, (g = fringeGeometry(kind)));
  return g;
}
const SPHERE = new THREE.SphereGeometry(1, 14, 10);
const EARS = { L: earGeometry(1), R: earGeometry(-1) };
const CYL = new THREE.CylinderGeometry(1, 1, 1, 12, 1).translate(0, 0.5, 0);
// A gorget: a steel collar narrowing from the shoulders up into the helm.
const GORGET = new THREE.CylinderGeometry(0.72, 1, 1, 16, 1).translate(0, 0.5, 0);

type Parts = Record<string, THREE.Mesh>;
// Long hair's fall is built in head units (long-hair.ts), not the skull's unit space.
const HEAD_UNITS = { rx: 1, ry: 1, rz: 1 } as const;
// Hair that shines less than straight hair's band: curls scatter the light (a glint on each curl),
// and a buzz cut's stubble has no length to shine along (a band on it read as a bald stripe).
const SHEEN_BY_STYLE: Partial<Record<PersonLook['hair']['style'], number>> = { curly: 0.35, 'long-curly': 0.35, buzz: 0.2 };

// The drawn head's radius (m): the skeleton's, scaled by the look's build (a child's is bigger for
// its height). The hair's front locks ride on the same head.
export const drawnHeadRadius = (look: PersonLook, H: number): number => BODY.headRadius * H * look.build.head;

export class Head {
  private readonly parts: Parts = {};
  private readonly hr: number;
  // The dark between the lips, reshaped as the jaw opens (this head's own: it changes per frame).
  private readonly mouth: MouthOpening;
  private readonly c = new THREE.Vector3();
  private readonly d = new THREE.Vector3();
  private readonly left = new THREE.Vector3();
  // The head's frame for this frame: skull centre, up, forward.
  private readonly head = new THREE.Vector3();
  private readonly up = new THREE.Vector3();
  private readonly fwd = new THREE.Vector3();
  // How far the hair that hangs free (the fall, a ponytail) swings from the head (hair-swing.ts),
  // set by the owner before each update; none by default.
  readonly swing = new THREE.Vector3();
  private readonly pivot = new THREE.Vector3();
  private readonly sLeft = new THREE.Vector3();
  private readonly sUp = new THREE.Vector3();
  // A ponytail, a bun, braids (hair-pieces.ts).
  private piece: HairPiece | null = null;

  constructor(group: THREE.Group, private readonly look: PersonLook, H: number) {
    this.hr = drawnHeadRadius(look, H);
    const std = (color: THREE.Color | number, roughness: number, metalness = 0): THREE.MeshStandardMaterial => patternedMaterial(null, { color, roughness, metalness });
    const skin = patternedMaterial(skinSurface(), { color: look.skin, roughness: 0.55 });
    // The skull and lids carry the face's colouring (skull.ts skinTint); ears carry none.
    skin.vertexColors = true;
    const parting = HAIR_PIECES[look.hair.style]?.parting ?? look.hair.parting ?? 0.25;
    const layout = { flow: 'crown', parting, sheen: SHEEN_BY_STYLE[look.hair.style] ?? 1, curls: CAP_STYLES[look.hair.style === 'bald' ? 'buzz' : look.hair.style].curls > 0 ? CURL_CELL : undefined, gather: HAIR_PIECES[look.hair.style]?.gather?.(look) } as const;
    const hair = patternedMaterial(hairSurface(this.hr, layout), { color: look.hair.color, roughness: 0.7 });
    // Brows are hair too short to catch a sheen: plain, a shade darker than the head's.
    const brow = patternedMaterial(null, { color: look.hair.color.clone().multiplyScalar(0.8), roughness: 0.8 });
    const add = (name: string, geo: THREE.BufferGeometry, m: THREE.Material): void => {
      this.parts[name] = posedMesh(group, geo, m, name);
    };
    const face = faceOf(look.face);
    const f = face.features;
    this.mouth = new MouthOpening(look.face);
    add('head', f.skull, skin);
    // Long hair falls over the ears.
    if (!fallsLong(look.hair.style) || look.headwear !== 'none') {
      add('earL', EARS.L, skin);
      add('earR', EARS.R, skin);
    }
    add('mouth', this.mouth.geometry, std(0x3a1416, 0.6));
    const lips = patternedMaterial(skinSurface(), { color: lipColor(look.skin), roughness: 0.45 });
    lips.vertexColors = true;
    const nostrils = std(look.skin.clone().multiplyScalar(0.22), 0.9);
    add('upperLip', f.upperLip, lips);
    add('lowerLip', f.lowerLip, lips);
    const white = new THREE.MeshStandardMaterial({ color: 0xf0ebe4, vertexColors: true, roughness: 0.25 });
    const iris = new THREE.MeshStandardMaterial({ color: irisColor(look.skin, (look.hair.color.r * 7.31 + look.skin.g * 13.7) % 1), vertexColors: true, roughness: 0.2 });
    // A glint, lit or not: in a dim room the eye still catches what light there is.
    const glint = new THREE.MeshStandardMaterial({ color: 0xffffff, roughness: 0.1, emissive: 0xffffff, emissiveIntensity: 0.55 });
    const lash = std(look.hair.color.clone().lerp(new THREE.Color(0x0b0806), 0.75), 0.6);
    for (const s of ['L', 'R'] as const) {
      const eye = face.eyes[s];
      add(`eyeWhite${s}`, eye.white, white);
      add(`iris${s}`, eye.iris, iris);
      add(`catchlight${s}`, eye.catchlight, glint);
      add(`lid${s}`, eye.lid, skin);
      add(`lash${s}`, eye.lash, lash);
      add(`brow${s}`, f[`brow${s}`], brow);
      add(`nostril${s}`, f[`nostril${s}`], nostrils);
    }
    const style = look.hair.style;
    if (look.headwear !== 'helmet' && look.headwear !== 'space-helmet') {
      // A bald head is bare (a cap squashed inside the skull for a fringe poked its rim out of the
      // crown as a dark stripe).
      // (only the cap is clipped short: a beard and a fringe sharing its layout are not)
      if (style !== 'bald') {
        const cap = hairCapGeometry(look.face, style, look.hair.color, look.skin, look.hair.fringe ? null : parting);
        if (look.headwear === 'chef-hat') pressUnderChefHat(cap);
        add('hair', cap, patternedMaterial(hairSurface(this.hr, { ...layout, clip: CAP_STYLES[style].clip }), { roughness: 0.7 }));
      }
      if (look.hair.fringe && style !== 'bald') add('fringe', fringeOf(look.face), hair);
      if (fallsLong(style)) {
        const fall = longHairGeometry(look.face, style, look.hair.cut, parting);
        if (look.headwear === 'chef-hat') pressUnderChefHat(fall, HEAD_UNITS);
        add('hairBack', fall, hair);
      }
      this.piece = HAIR_PIECES[style]?.make(group, look, this.hr) ?? null;
    }
    if (look.hair.beard) {
      // A beard's hair is short: the head's curls wound round on it read as printed rings.
      const beard = layout.curls ? patternedMaterial(hairSurface(this.hr, { ...layout, curls: undefined }), { color: look.hair.color, roughness: 0.7 }) : hair;
      add('beard', face.beard, beard);
      add('moustache', SPHERE, beard);
    }
    if (look.headwear === 'helmet') {
      const steel = patternedMaterial(brushedSurface(ARMOUR_STEEL.roughness), { color: ARMOUR_STEEL.color, roughness: ARMOUR_STEEL.roughness, metalness: ARMOUR_STEEL.metalness });
      add('helmet', SPHERE, steel);
      add('gorget', GORGET, steel);
      add('visor', SPHERE, std(0x0c0c0e, 0.5));
    } else if (look.headwear === 'space-helmet') {
      add('helmet', SPHERE, std(0xf0f0ec, 0.5));
      add('visor', SPHERE, std(0xd4a84a, 0.08, 1));
    } else if (look.headwear === 'chef-hat') {
      add('hatBand', CYL, std(0xf7f7f4, 0.9));
      add('hatPuff', SPHERE, std(0xf7f7f4, 0.9));
    }
  }

  // head: skull centre; up and fwd: the head's unit axes (fwd perpendicular to up); mouthOpen and
  // eyesShut from 0 to 1.
  update(head: THREE.Vector3, up: THREE.Vector3, fwd: THREE.Vector3, mouthOpen: number, eyesShut = 0): void {
    this.head.copy(head); this.up.copy(up); this.fwd.copy(fwd);
    const { parts: P, hr, left } = this;
    // left = up x fwd, so (left, up, fwd) is right-handed and the skull's +z (its face) looks forward.
    left.crossVectors(up, fwd).normalize();
    const at = (f: number, u: number, l: number): THREE.Vector3 => this.at(f, u).addScaledVector(left, l * hr);
    const put = (name: string, f: number, u: number, l: number, rx: number, ry: number, rz: number): void => {
      const m = P[name];
      if (m) placeEllipsoid(m, at(f, u, l), left, up, rx * hr, ry * hr, rz * hr);
    };
    put('head', 0, 0, 0, SKULL_RADII.rx, SKULL_RADII.ry, SKULL_RADII.rz);
    for (const [name, side] of [['earL', 1], ['earR', -1]] as const) {
      const m = P[name];
      if (m) placeEllipsoid(m, at(EAR_AT.f, EAR_AT.u, side * EAR_AT.out), left, up, hr, hr, hr);
    }
    // The mouth: a dark slit between the lips that opens with speech, the lower lip turning down
    // to its lower edge.
    const open = Math.max(0, Math.min(1, mouthOpen));
    this.mouth.update(open);
    this.shell('mouth', up, FEATURE_PROUD.mouth);
    this.updateEyes(eyesShut);
    this.shell('upperLip', up, FEATURE_PROUD.lip);
    const turn = LOWER_LIP_DROP_RAD * open;
    this.shell('lowerLip', this.d.copy(up).multiplyScalar(Math.cos(turn)).addScaledVector(fwd, Math.sin(turn)), FEATURE_PROUD.lip + lowerLipOut(this.look.face, turn));
    for (const s of ['L', 'R']) {
      this.shell(`brow${s}`, up, FEATURE_PROUD.brow);
      this.shell(`nostril${s}`, up, FEATURE_PROUD.nostril);
    }
    this.updateHair();
    this.updateHeadwear();
  }

  // The eyes' shells lie on the skull, a little proud of it (eyes.ts); the lid turns up off the eye
  // as it opens (about the skull's across axis).
  private updateEyes(eyesShut: number): void {
    const { up, fwd } = this;
    const lift = lidRaise(eyesShut);
    const lidUp = this.d.copy(up).multiplyScalar(Math.cos(lift)).addScaledVector(fwd, -Math.sin(lift));
    for (const s of ['L', 'R']) {
      this.shell(`eyeWhite${s}`, up, EYE_PROUD.white);
      this.shell(`iris${s}`, up, EYE_PROUD.iris);
      this.shell(`catchlight${s}`, up, EYE_PROUD.catchlight);
      this.shell(`lid${s}`, lidUp, EYE_PROUD.lid);
      this.shell(`lash${s}`, lidUp, EYE_PROUD.lash);
    }
  }

  // Something cut from the skull's surface, placed on it a fraction `proud` out of it, turned so its
  // up is y (a lid or a lip turns about the skull's across axis).
  private shell(name: string, y: THREE.Vector3, proud: number): void {
    const m = this.parts[name];
    if (!m) return;
    const k = (1 + proud) * this.hr;
    placeEllipsoid(m, this.head, this.left, y, SKULL_RADII.rx * k, SKULL_RADII.ry * k, SKULL_RADII.rz * k);
  }

  // A point f head-radii forward and u up from the skull centre (into this.c).
  private at(f: number, u: number): THREE.Vector3 {
    return this.c.copy(this.head).addScaledVector(this.fwd, f * this.hr).addScaledVector(this.up, u * this.hr);
  }

  private updateHair(): void {
    const { hr, left, up } = this;
    const put = (name: string, f: number, u: number, rx: number, ry: number, rz: number): void => {
      const m = this.parts[name];
      if (m) placeEllipsoid(m, this.at(f, u), left, up, rx * hr, ry * hr, rz * hr);
    };
    // The cap is grown from the skull's surface (hair-cap.ts): placed as the skull is.
    this.shell('hair', up, 0);
    this.shell('fringe', up, 0);
    const { pivot, sLeft, sUp, swing } = this;
    const back = this.parts.hairBack;
    if (back) {
      // The fall swings from where it leaves the head.
      pivot.copy(this.at(0, FALL_PIVOT_U));
      const c = this.at(0, 0);
      swingAbout(swing, pivot, c, sLeft.copy(left), sUp.copy(up));
      placeEllipsoid(back, c, sLeft, sUp, hr, hr, hr);
    }
    put('beard', 0, 0, SKULL_RADII.rx * BEARD_PROUD.rx, SKULL_RADII.ry * BEARD_PROUD.ry, SKULL_RADII.rz * BEARD_PROUD.rz);
    put('moustache', MOUSTACHE.f, MOUSTACHE.u, MOUSTACHE.rx, MOUSTACHE.ry, MOUSTACHE.rz);
    this.piece?.update(this.head, left, up, swing);
  }

  private updateHeadwear(): void {
    const { parts: P, hr, left, up, fwd } = this;
    const at = (f: number, u: number): THREE.Vector3 => this.at(f, u);
    if (this.look.headwear === 'helmet') {
      // A great helm comes down over the jaw to the gorget, which sits on the shoulders (the neck's
      // base is BODY.neckToHead, about 1.6 head radii, below the skull's centre): no gap at the neck.
      placeEllipsoid(P.helmet!, at(0, -0.1), left, up, 1.12 * hr, 1.32 * hr, 1.22 * hr);
      this.d.copy(at(-0.05, -1.85));
      placeSegment(P.gorget!, this.d, at(-0.05, -1.05), left, 0.95 * hr, 0.85 * hr);
      placeEllipsoid(P.visor!, at(1.05, 0.12), left, up, 0.7 * hr, 0.07 * hr, 0.2 * hr);
    } else if (this.look.headwear === 'space-helmet') {
      placeEllipsoid(P.helmet!, at(-0.05, -0.05), left, up, 1.6 * hr, 1.6 * hr, 1.6 * hr);
      placeEllipsoid(P.visor!, at(0.45, 0), left, up, 1.25 * hr, 1.05 * hr, 1.2 * hr);
    } else if (this.look.headwear === 'chef-hat') {
      const hat = CHEF_HAT;
      this.d.copy(at(hat.f, hat.brimU));
      placeSegment(P.hatBand!, this.d, at(hat.f, hat.topU), fwd, hat.radius * hr, hat.radius * hr);
      placeEllipsoid(P.hatPuff!, at(hat.f, hat.puffU), left, up, hat.puff.rx * hr, hat.puff.ry * hr, hat.puff.rx * hr);
    }
  }
}
