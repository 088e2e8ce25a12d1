// A person built from primitives (tapered torso, limb cylinders, joint spheres, head with hair, shoes)
// and posed every frame from the shared personPose function, so the limbs drawn are the limbs the
// simulator placed the ball in. The shirt takes the entity's colour; skin tone is picked from the id
// so a take always draws the same person.
import * as THREE from 'three';
import type { ActorTrack, Entity } from '../../../contract/world-trace-types';
import { BODY, type Joint, type PersonPose, type PersonPoseFn } from '../../body/skeleton';

export interface PersonView {
  group: THREE.Group;
  update(t: number): void;
  // Latest pose (after update), for shadows and camera framing.
  pose(): PersonPose;
}

const SKIN = [0xf1c7a5, 0xd9a07a, 0xb57a52, 0x8a5636, 0x5e3a24];
const HAIR = [0x2b1d14, 0x3b2a1e, 0x141210, 0x6b4a2b];

// Unit shapes, shared by every person: cylinders run from y = 0 to y = 1.
const CYL = new THREE.CylinderGeometry(1, 1, 1, 12, 1).translate(0, 0.5, 0);
const TORSO = new THREE.CylinderGeometry(1, 0.8, 1, 16, 1).translate(0, 0.5, 0);
const SPHERE = new THREE.SphereGeometry(1, 14, 10);
const CAP = new THREE.SphereGeometry(1, 14, 6, 0, Math.PI * 2, 0, Math.PI * 0.55);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

type V = THREE.Vector3;
const tmpX = new THREE.Vector3();
const tmpY = new THREE.Vector3();
const tmpZ = new THREE.Vector3();

// Places a unit shape with its local y axis along a->b, local x along `ref` (made perpendicular),
// radii rx (x) and rz (z). Writes the matrix directly: no Euler round trips per frame.
function placeSegment(m: THREE.Mesh, a: V, b: V, ref: V, rx: number, rz: number, from = 0, to = 1): void {
  tmpY.subVectors(b, a);
  const len = tmpY.length() || 1e-6;
  tmpY.divideScalar(len);
  tmpX.copy(ref).addScaledVector(tmpY, -ref.dot(tmpY));
  if (tmpX.lengthSq() < 1e-8) tmpX.set(1, 0, 0).addScaledVector(tmpY, -tmpY.x);
  tmpX.normalize();
  tmpZ.crossVectors(tmpX, tmpY);
  const l = len * (to - from);
  const ox = a.x + tmpY.x * len * from, oy = a.y + tmpY.y * len * from, oz = a.z + tmpY.z * len * from;
  m.matrix.set(
    tmpX.x * rx, tmpY.x * l, tmpZ.x * rz, ox,
    tmpX.y * rx, tmpY.y * l, tmpZ.y * rz, oy,
    tmpX.z * rx, tmpY.z * l, tmpZ.z * rz, oz,
    0, 0, 0, 1,
  );
  m.matrixWorldNeedsUpdate = true;
}

// An ellipsoid centred at c with radius rx along x, ry along y and rz along x cross y (computed
// here so the basis is always right-handed: a mirrored matrix would turn the faces inside out).
function placeEllipsoid(m: THREE.Mesh, c: V, x: V, y: V, rx: number, ry: number, rz: number): void {
  tmpZ.crossVectors(x, y).normalize();
  m.matrix.set(
    x.x * rx, y.x * ry, tmpZ.x * rz, c.x,
    x.y * rx, y.y * ry, tmpZ.y * rz, c.y,
    x.z * rx, y.z * ry, tmpZ.z * rz, c.z,
    0, 0, 0, 1,
  );
  m.matrixWorldNeedsUpdate = true;
}

export function buildPerson(entity: Entity, track: ActorTrack, poseFn: PersonPoseFn): PersonView {
  const H = entity.size[0] ?? 1.8;
  const group = new THREE.Group();
  group.name = `person:${entity.id}`;
  const h = hash(entity.id);
  const mat = (hex: number | THREE.Color): THREE.MeshLambertMaterial => new THREE.MeshLambertMaterial({ color: hex });
  const shirtColor = new THREE.Color(entity.color);
  const skin = mat(SKIN[h % SKIN.length]!);
  const shirt = mat(shirtColor);
  const shorts = mat(shirtColor.clone().multiplyScalar(0.72));
  const white = mat(0xf2f2f0);
  const sole = mat(0x2a2a2a);
  const hair = mat(HAIR[(h >>> 8) % HAIR.length]!);
  const eyes = mat(0x1a1410);

  const mk = (geo: THREE.BufferGeometry, m: THREE.Material, name: string): THREE.Mesh => {
    const mesh = new THREE.Mesh(geo, m);
    mesh.matrixAutoUpdate = false;
    // Posed every frame far from the unit shape's bounds; the person is always framed anyway.
    mesh.frustumCulled = false;
    mesh.name = name;
    group.add(mesh);
    return mesh;
  };
  const parts = {
    torso: mk(TORSO, shirt, 'torso'),
    yoke: mk(SPHERE, shirt, 'shoulders'),
    hips: mk(SPHERE, shorts, 'hips'),
    neck: mk(CYL, skin, 'neck'),
    head: mk(SPHERE, skin, 'head'),
    hair: mk(CAP, hair, 'hair'),
    nose: mk(SPHERE, skin, 'nose'),
    // The jaw and the mouth opening above it, both following the chin joint (speech opens them).
    jaw: mk(SPHERE, skin, 'jaw'),
    mouth: mk(SPHERE, eyes, 'mouth'),
    // Eyes: two dark dots are enough for a face to read as one (and to show where it looks).
    eyeL: mk(SPHERE, eyes, 'eyeL'),
    eyeR: mk(SPHERE, eyes, 'eyeR'),
  };
  const limb = (side: 'L' | 'R') => ({
    upperArm: mk(CYL, skin, `upperArm${side}`),
    sleeve: mk(CYL, shirt, `sleeve${side}`),
    shoulder: mk(SPHERE, shirt, `shoulder${side}`),
    elbow: mk(SPHERE, skin, `elbow${side}`),
    forearm: mk(CYL, skin, `forearm${side}`),
    hand: mk(SPHERE, skin, `hand${side}`),
    thigh: mk(CYL, skin, `thigh${side}`),
    shortsLeg: mk(CYL, shorts, `shorts${side}`),
    knee: mk(SPHERE, skin, `knee${side}`),
    shin: mk(CYL, skin, `shin${side}`),
    sock: mk(CYL, white, `sock${side}`),
    shoe: mk(SPHERE, white, `shoe${side}`),
    sole: mk(SPHERE, sole, `sole${side}`),
  });
  const sides = { L: limb('L'), R: limb('R') };

  const J = {} as Record<Joint, THREE.Vector3>;
  let last: PersonPose | null = null;
  const right = new THREE.Vector3();
  const up = new THREE.Vector3();
  const fwd = new THREE.Vector3();
  const flatFwd = new THREE.Vector3();
  const flatRight = new THREE.Vector3();
  const c = new THREE.Vector3();
  const headUp = new THREE.Vector3();
  const headFwd = new THREE.Vector3();
  const headRight = new THREE.Vector3();
  const yUp = new THREE.Vector3(0, 1, 0);

  const update = (t: number): void => {
    const pose = poseFn(track, H, t);
    last = pose;
    for (const k of Object.keys(pose) as Joint[]) {
      const p = pose[k];
      (J[k] ??= new THREE.Vector3()).set(p[0], p[1], p[2]);
    }
    right.subVectors(J.shoulderR, J.shoulderL).normalize();
    up.subVectors(J.neck, J.pelvis).normalize();
    fwd.crossVectors(up, right).normalize();
    right.crossVectors(fwd, up).normalize();
    // Shoes point where the body faces (a person turning round turns their feet too).
    flatFwd.set(fwd.x, 0, fwd.z);
    if (flatFwd.lengthSq() < 1e-6) flatFwd.set(Math.cos(track.facing), 0, -Math.sin(track.facing));
    flatFwd.normalize();
    flatRight.crossVectors(flatFwd, yUp).normalize();

    // Torso from just below the pelvis to the shoulder line, wider at the chest.
    c.addVectors(J.shoulderL, J.shoulderR).multiplyScalar(0.5);
    const hipBase = J.pelvis.clone().addScaledVector(up, -0.02 * H);
    placeSegment(parts.torso, hipBase, c, right, 0.088 * H, 0.056 * H);
    placeEllipsoid(parts.yoke, c, right, up, BODY.shoulderHalfWidth * H * 0.95, 0.035 * H, 0.05 * H);
    placeEllipsoid(parts.hips, J.pelvis.clone().addScaledVector(up, -0.015 * H), right, up, 0.085 * H, 0.06 * H, 0.058 * H);
    // Neck and head; the head's up follows neck -> head so nods and tilts show.
    placeSegment(parts.neck, J.neck, J.head, right, 0.026 * H, 0.026 * H, 0, 0.6);
    headUp.subVectors(J.head, J.neck).normalize();
    headFwd.copy(fwd).addScaledVector(headUp, -fwd.dot(headUp)).normalize();
    headRight.crossVectors(headFwd, headUp).normalize();
    const hr = BODY.headRadius * H;
    placeEllipsoid(parts.head, J.head, headRight, headUp, hr * 0.92, hr * 1.08, hr);
    placeEllipsoid(parts.hair, c.copy(J.head).addScaledVector(headUp, 0.12 * hr).addScaledVector(headFwd, -0.1 * hr), headRight, headUp, hr * 0.99, hr * 1.02, hr * 1.05);
    for (const [eye, sgn] of [[parts.eyeL, -1], [parts.eyeR, 1]] as const) {
      c.copy(J.head).addScaledVector(headFwd, hr * 0.86).addScaledVector(headUp, hr * 0.12).addScaledVector(headRight, sgn * hr * 0.36);
      placeEllipsoid(eye, c, headRight, headUp, hr * 0.11, hr * 0.14, hr * 0.11);
    }
    placeEllipsoid(parts.nose, c.copy(J.head).addScaledVector(headFwd, hr * 0.95).addScaledVector(headUp, -0.1 * hr), headRight, headUp, hr * 0.16, hr * 0.22, hr * 0.2);
    const open = Math.max(0, c.subVectors(J.head, J.chin).dot(headUp) - BODY.chinDown * hr);
    placeEllipsoid(parts.jaw, c.copy(J.chin).addScaledVector(headFwd, -0.3 * hr).addScaledVector(headUp, 0.3 * hr), headRight, headUp, hr * 0.6, hr * 0.38, hr * 0.5);
    placeEllipsoid(parts.mouth, c.copy(J.head).addScaledVector(headFwd, hr * 0.86).addScaledVector(headUp, -0.5 * hr - 0.5 * open), headRight, headUp, hr * 0.26, 0.03 * hr + 0.5 * open, hr * 0.08);

    for (const side of ['L', 'R'] as const) {
      const s = sides[side];
      const sh = J[`shoulder${side}`], el = J[`elbow${side}`], ha = J[`hand${side}`];
      const hip = J[`hip${side}`], kn = J[`knee${side}`], ft = J[`foot${side}`];
      placeSegment(s.upperArm, sh, el, fwd, 0.027 * H, 0.027 * H);
      placeSegment(s.sleeve, sh, el, fwd, 0.034 * H, 0.034 * H, 0, 0.35);
      placeEllipsoid(s.shoulder, sh, right, up, 0.036 * H, 0.036 * H, 0.036 * H);
      placeEllipsoid(s.elbow, el, right, up, 0.025 * H, 0.025 * H, 0.025 * H);
      placeSegment(s.forearm, el, ha, fwd, 0.022 * H, 0.022 * H);
      placeEllipsoid(s.hand, ha, right, up, 0.026 * H, 0.03 * H, 0.026 * H);
      placeSegment(s.thigh, hip, kn, fwd, 0.042 * H, 0.042 * H);
      placeSegment(s.shortsLeg, hip, kn, fwd, 0.05 * H, 0.05 * H, -0.05, 0.55);
      placeEllipsoid(s.knee, kn, right, up, 0.037 * H, 0.037 * H, 0.037 * H);
      placeSegment(s.shin, kn, ft, fwd, 0.032 * H, 0.032 * H);
      placeSegment(s.sock, kn, ft, fwd, 0.034 * H, 0.034 * H, 0.7, 1.02);
      // Shoes point where the body faces, resting on the ankle.
      c.copy(ft).addScaledVector(flatFwd, 0.035 * H).setY(Math.max(0.035 * H * 0.8, ft.y - 0.012 * H));
      placeEllipsoid(s.shoe, c, flatRight, yUp, 0.033 * H, 0.028 * H, 0.072 * H);
      c.y -= 0.012 * H;
      placeEllipsoid(s.sole, c, flatRight, yUp, 0.035 * H, 0.018 * H, 0.074 * H);
    }
  };
  update(0);
  return {
    group,
    update,
    pose: () => last ?? poseFn(track, H, 0),
  };
}
